import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Full-page screenshots of every e2e step, for a person to look through: test-results/screenshots/. */
const screenshotsDir = fileURLToPath(new URL('../../test-results/screenshots', import.meta.url));

const counters = new Map<string, number>();

function specName(): string {
  const testPath = expect.getState().testPath ?? 'spec';
  return basename(testPath)
    .replace(/\.test\.ts$/, '')
    .replace(/[^\w.-]+/g, '-');
}

function safe(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'step'
  );
}

/** Saves `<spec>-<nn>-<name>.png`, numbered in the order taken within the spec file; returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const spec = specName();
  mkdirSync(screenshotsDir, { recursive: true });
  if (!counters.has(spec)) {
    // First shot of this spec in this run: drop the previous run's pictures of it so numbers never mix.
    const previous = new RegExp(`^${spec.replace(/[.]/g, '\\.')}-\\d{2,}-.*\\.png$`);
    for (const file of readdirSync(screenshotsDir)) {
      if (previous.test(file)) rmSync(join(screenshotsDir, file), { force: true });
    }
  }
  const n = (counters.get(spec) ?? 0) + 1;
  counters.set(spec, n);
  const file = join(screenshotsDir, `${spec}-${String(n).padStart(2, '0')}-${safe(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
