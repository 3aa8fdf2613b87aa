import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-server';
import type { ChromiumSession } from '../support/chromium';
import { shot } from '../support/screenshots';
import { useConsole } from './support/console-session';

// The least that must hold whatever the screens become: the built app starts in browser mode, its page loads
// in Chromium under the Content-Security-Policy without violations, CSP console errors or uncaught errors, and
// says "Roster". Other console errors are printed, not failed on.
describe('smoke: browser mode in Chromium', () => {
  // Playwright's own default timeout: the first load of the page may be slow.
  const ui = useConsole({ timeout: 30_000 });
  let app: RunningApp;
  let chromium: ChromiumSession;
  let page: Page;
  let pageErrors: string[];
  const cspViolations: string[] = [];
  const cspConsoleErrors: string[] = [];
  const otherConsoleErrors: string[] = [];

  beforeAll(async () => {
    ({ app, chromium, page, pageErrors } = await ui.open());
    // Collected from the page itself as well as from the console: the console text varies by version.
    await page.exposeFunction('__rosterCspViolation', (text: string) => cspViolations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const report = (window as unknown as { __rosterCspViolation(text: string): void }).__rosterCspViolation;
        report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (/Content[ -]Security[ -]Policy/i.test(text)) cspConsoleErrors.push(text);
      else otherConsoleErrors.push(text);
    });
    // Console messages about failed loads name no URL; these do.
    page.on('response', (response) => {
      if (response.status() >= 400) otherConsoleErrors.push(`HTTP ${response.status()} for ${response.url().replace(/token=[^&]+/, 'token=…')}`);
    });
  });

  it('serves the page on 127.0.0.1 with a one-time token', () => {
    const url = new URL(app.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.searchParams.get('token')).toBeTruthy();
  });

  it('loads the console and shows Roster without CSP violations or errors', async () => {
    const response = await page.goto(app.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('Roster');
    try {
      await page.getByText('Roster').first().waitFor({ state: 'visible', timeout: 15_000 });
    } catch (error) {
      await shot(page, 'no-roster-text');
      throw error;
    }
    await shot(page, 'welcome');

    for (const text of otherConsoleErrors) console.warn(`console error in the page: ${text}`);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(cspConsoleErrors, 'Content-Security-Policy console errors').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  it('stops cleanly on SIGTERM', async () => {
    await chromium.close();
    expect(await app.stop()).toBe(0);
  });
});
