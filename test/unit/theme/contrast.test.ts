import { DEFAULT_THEME, luminance, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from '../../../renderer/src/app/theme';

// Every colour the theme draws text or a control in, for every palette colour (not only those the screens use
// today, which test/e2e/accessibility.test.ts checks with axe-core): WCAG 2.2 AA, 4.5:1 for text, 3:1 for
// the parts of controls.
const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
const variables = cssVariablesResolver(resolved);

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** A variable's colour, following var(--mantine-color-…) to the palette. */
function colour(value: string): string {
  const reference = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value);
  if (!reference) return value;
  const [, name, shade] = reference;
  return resolved.colors[name!]![Number(shade)]!;
}

const WHITE = '#ffffff';
const { gray, dark } = resolved.colors;
const names = Object.keys(resolved.colors);

describe('theme contrast (WCAG 2.2 AA)', () => {
  it('dimmed text reads at 4.5:1 on the body and papers in both schemes', () => {
    for (const background of [WHITE, gray[0], gray[1]]) expect(contrast(gray[6], background)).toBeGreaterThanOrEqual(4.5);
    for (const background of [dark[5], dark[6], dark[7]]) expect(contrast(dark[2], background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(names)('%s: filled (white text), text and light-color read at 4.5:1 in the light scheme', (name) => {
    const palette = resolved.colors[name]!;
    const light = variables.light;
    expect(contrast(WHITE, colour(light[`--mantine-color-${name}-filled`]!))).toBeGreaterThanOrEqual(4.5);
    for (const background of [WHITE, gray[0], gray[1]]) {
      expect(contrast(colour(light[`--mantine-color-${name}-text`]!), background)).toBeGreaterThanOrEqual(4.5);
    }
    for (const background of [palette[1], palette[2]]) {
      expect(contrast(colour(light[`--mantine-color-${name}-light-color`]!), background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(names)('%s: filled (white text) and text read at 4.5:1 in the dark scheme', (name) => {
    const darkScheme = variables.dark;
    expect(contrast(WHITE, colour(darkScheme[`--mantine-color-${name}-filled`]!))).toBeGreaterThanOrEqual(4.5);
    for (const background of [dark[5], dark[6], dark[7]]) {
      expect(contrast(colour(darkScheme[`--mantine-color-${name}-text`]!), background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the border of a field, checkbox or radio and a switch turned off read at 3:1', () => {
    for (const background of [WHITE, gray[0]]) expect(contrast(variables.light['--roster-control-border']!, background)).toBeGreaterThanOrEqual(3);
    for (const background of [dark[6], dark[7], WHITE])
      expect(contrast(variables.dark['--roster-control-border']!, background)).toBeGreaterThanOrEqual(3);
  });
});
