import { DEFAULT_THEME, colorsTuple, createTheme, luminance, rem } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple, MantineTheme, MantineThemeOverride } from '@mantine/core';
import { t } from '../i18n';
import './theme.css';

// ---- Contrast (WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text and the parts of controls) -------------------
// Mantine's default palette reads too faint in places: dimmed text (gray-6 on white 3.3:1, dark-2 on the dark
// body 4.0:1), white on the filled primary (indigo-6, 4.3:1), the light variant's text on its hovered
// background (indigo-9 on indigo-2, 4.1:1; yellow-9 on yellow-1, 2.7:1). Rather than patching screens, the
// theme derives every colour a text or control is drawn in from the palette, stepped darker (light scheme) or
// lighter (dark scheme) until it reads on the backgrounds it is drawn on. test/e2e/accessibility.test.ts checks
// the result on every screen in both schemes.

const TEXT = 4.5;
const WHITE = '#ffffff';

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** `color` (#rrggbb) moved towards black or white by `amount` (0..1). */
function mix(color: string, towards: 'black' | 'white', amount: number): string {
  const target = towards === 'black' ? 0 : 255;
  const channels = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  return `#${channels
    .map((value) =>
      Math.round(value + (target - value) * amount)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The first of `shades` that reads at `ratio` on every background; else the last one, stepped further towards
 * black or white until it does.
 */
function readable(shades: string[], backgrounds: string[], ratio: number, towards: 'black' | 'white'): string {
  const reads = (color: string) => backgrounds.every((background) => contrast(color, background) >= ratio);
  const found = shades.find(reads);
  if (found) return found;
  const last = shades[shades.length - 1] ?? (towards === 'black' ? '#000000' : WHITE);
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(last, towards, step * 0.05);
    if (reads(candidate)) return candidate;
  }
  return towards === 'black' ? '#000000' : WHITE;
}

const range = (palette: MantineColorsTuple, from: number, to: number): string[] =>
  from <= to ? palette.slice(from, to + 1) : palette.slice(to, from + 1).reverse();

const { gray, dark } = DEFAULT_THEME.colors;

/**
 * Dimmed text (descriptions, hints, counts, the sidebar's headings) is gray-6 in the light scheme and dark-2 in
 * the dark one, also where Mantine's own styles name the shade (a notification's message): those two shades
 * are made readable on the backgrounds dimmed text is found on (the body, papers and inputs, hovered rows).
 */
const withShade = (palette: MantineColorsTuple, index: number, color: string) =>
  colorsTuple(palette.map((shade, i) => (i === index ? color : shade)));
const grayShades = withShade(gray, 6, readable(range(gray, 6, 7), [WHITE, gray[0], gray[1]], TEXT, 'black'));
const darkShades = withShade(dark, 2, readable(range(dark, 2, 1), [dark[5], dark[6], dark[7]], TEXT, 'white'));

/**
 * The border of a field, checkbox or radio and the track of a switch turned off (theme.css): 3:1 on the body
 * and on papers and inputs, the white thumb of a switch included.
 */
const CONTROL_BORDER = {
  light: readable(range(gray, 5, 9), [WHITE, gray[0]], 3, 'black'),
  dark: readable(range(dark, 4, 0), [dark[6], dark[7], WHITE], 3, 'white'),
};

/**
 * Every palette colour's variant colours, per scheme: filled (white text on it), text and outline (on the body
 * and papers), light-color (on its light background, hovered too).
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved: MantineTheme) => {
  const light: Record<string, string> = {
    '--roster-control-border': CONTROL_BORDER.light,
    '--mantine-color-placeholder': 'var(--mantine-color-dimmed)',
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  };
  const darkScheme: Record<string, string> = {
    '--roster-control-border': CONTROL_BORDER.dark,
    '--mantine-color-placeholder': 'var(--mantine-color-dimmed)',
    '--mantine-color-error': 'var(--mantine-color-red-text)',
  };
  const body = { light: [WHITE, resolved.colors.gray[0], resolved.colors.gray[1]], dark: range(resolved.colors.dark, 7, 5) };
  for (const [name, palette] of Object.entries(resolved.colors)) {
    if (!Array.isArray(palette) || palette.length < 10) continue;
    const filledLight = readable(range(palette, 7, 9), [WHITE], TEXT, 'black');
    const textLight = readable(range(palette, 7, 9), body.light, TEXT, 'black');
    Object.assign(light, {
      [`--mantine-color-${name}-filled`]: filledLight,
      [`--mantine-color-${name}-filled-hover`]: mix(filledLight, 'black', 0.12),
      [`--mantine-color-${name}-text`]: textLight,
      [`--mantine-color-${name}-outline`]: textLight,
      [`--mantine-color-${name}-light-color`]: readable(range(palette, 9, 9), [palette[1]!, palette[2]!], TEXT, 'black'),
    });
    const filledDark = readable(range(palette, 8, 9), [WHITE], TEXT, 'black');
    const textDark = readable(range(palette, 4, 0), body.dark, TEXT, 'white');
    Object.assign(darkScheme, {
      [`--mantine-color-${name}-filled`]: filledDark,
      [`--mantine-color-${name}-filled-hover`]: mix(filledDark, 'black', 0.12),
      [`--mantine-color-${name}-text`]: textDark,
      [`--mantine-color-${name}-outline`]: textDark,
      // On Mantine's dark light variant: the colour's 9 darkened by a half (hovered: by 0.3).
      [`--mantine-color-${name}-light-color`]: readable(range(palette, 0, 0), [mix(palette[9]!, 'black', 0.3)], TEXT, 'white'),
    });
  }
  return { variables: {}, light, dark: darkScheme };
};

const OPTIONS_SCROLL = { defaultProps: { withScrollArea: false }, styles: { options: { maxHeight: rem(220), overflowY: 'auto' as const } } };

/** One restrained theme for both schemes: a calm primary colour, compact controls for dense admin forms. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // The primary shade white text reads on (indigo-6 would be 4.3:1); the variables above follow the same rule.
  primaryShade: { light: 7, dark: 8 },
  colors: { gray: grayShades, dark: darkShades },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Switch: { defaultProps: { size: 'sm' } },
    // Mantine's focus placeholder (a presentational element with a tabindex) is no menu item: a menu may hold
    // only those (ARIA). Opened by keyboard, the first item takes the focus instead.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // A long list of options scrolls as the listbox itself (the combobox's arrow keys drive it), not inside a
    // ScrollArea whose unnamed scrolling box no key reaches (axe: scrollable-region-focusable).
    Select: OPTIONS_SCROLL,
    MultiSelect: OPTIONS_SCROLL,
    Autocomplete: OPTIONS_SCROLL,
    TagsInput: OPTIONS_SCROLL,
    // Hints (shortcuts such as Ctrl+S) show on keyboard focus as well as on hover (WCAG 2.1.1, 1.4.13).
    Tooltip: { defaultProps: { openDelay: 400, withArrow: true, events: { hover: true, focus: true, touch: false } } },
    // The show-password button is reached by Tab like any other control (Mantine leaves it out by default).
    PasswordInput: { defaultProps: { visibilityToggleFocusable: true } },
  },
});

/** Every close button says what it does (Mantine's is an unnamed ×), in the interface language: App merges it over the theme. */
export function closeButtonNames(): MantineThemeOverride {
  return {
    components: {
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': t('dialog.close') } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('notify.close') } } },
    },
  };
}
