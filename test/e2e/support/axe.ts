import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// axe-core, the maintained accessibility engine, run in the page by the e2e tests: the whole-console sweep
// (accessibility.test.ts) and the screens that need a server of their own (LDAP, CUCM, a site without its key).

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the console promises (axe-core's own tags). */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser build, put into the page as it is (the page's CSP does not apply to the test's scripts). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** How many nodes of one rule the report lists before it says "and N more". */
const NODES_SHOWN = 6;

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; why: string }[];
}

/** One readable block per rule: which rule, how bad, which elements and why. */
export function describeViolations(where: string, violations: Violation[]): string {
  const lines = [`${violations.length} accessibility rule(s) violated on ${where}:`];
  for (const violation of violations) {
    lines.push('', `✗ ${violation.rule} (${violation.impact}): ${violation.help}`, `  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, NODES_SHOWN)) {
      lines.push(`  • ${node.target}`, `    ${node.html.length > 160 ? `${node.html.slice(0, 157)}…` : node.html}`);
      for (const line of node.why.split('\n')) lines.push(`    ${line.trim()}`);
    }
    if (violation.nodes.length > NODES_SHOWN) lines.push(`  … and ${violation.nodes.length - NODES_SHOWN} more element(s)`);
  }
  return lines.join('\n');
}

/** Runs axe-core on the whole document as it is now. */
export async function auditPage(page: Page): Promise<Violation[]> {
  await page.evaluate(async () => {
    // Fades and slides finished (also those only starting with the next frame): axe measures colours as
    // they end up, not half-way.
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let round = 0; round < 10; round++) {
      await frame();
      const finite = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      if (finite.length === 0) return;
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    }
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl.replace(/\?.*$/, ''),
    nodes: violation.nodes.map((node) => ({
      target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '),
      html: node.html.replace(/\s+/g, ' '),
      why: node.failureSummary ?? '',
    })),
  }));
}

/** No violation on the page as it is now; else the test fails with every rule, element and reason. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await auditPage(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}
