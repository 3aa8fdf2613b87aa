import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SITE_USERS } from '@shared/domain/site';
import type { RunningApp } from '../support/app-server';
import { PEOPLE_MAPPING, writePeople } from '../integration/importing/people-files';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state. */
const WAIT = 15_000;
/** Filling a site of 100,000 users and importing 10,000 rows twice took up to three minutes on 2 busy shared cores. */
const LONG_WAIT = 400_000;
/** Rows of each import: enough that its undo runs in the worker for seconds, long enough to press Cancel. */
const ROWS = 10_000;
const grouped = (count: number) => count.toLocaleString('en');

// Issue 19: each long operation shows its progress in the one progress window, whose Cancel is focused and
// whose Escape does nothing; a cancel leaves everything as it was and the page says so. The large demo,
// an import's undo and an export of every user, through the real screens.
describe('progress with Cancel on the long operations', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, stillShot } = ui;
  let app: RunningApp;
  let page: Page;

  const progressWindow = (title: string) => page.getByRole('dialog', { name: title, exact: true });
  const cancelIn = (window: Locator) => window.getByRole('button', { name: t('common.cancel'), exact: true });
  const notification = (text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  const invoke = (channel: string, input: unknown) =>
    page.evaluate(
      ([name, body]) => {
        type Bridge = { invoke(channel: string, input: unknown): Promise<{ ok: boolean; error?: unknown }> };
        return (window as unknown as { roster: Bridge }).roster.invoke(name as string, body);
      },
      [channel, input] as const,
    );

  /** The window stays through Escape, with its Cancel button focused (Enter or Space would press it). */
  async function escapeKeepsIt(window: Locator): Promise<void> {
    expect(await cancelIn(window).evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await window.isVisible()).toBe(true);
  }

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it(
    '1. the large demo shows its progress; cancelled, no demo site is left and the page says so',
    async () => {
      await page.goto(app.url, { waitUntil: 'load' });
      await page.getByRole('button', { name: t('welcome.largeDemo', { count: grouped(MAX_SITE_USERS) }), exact: true }).click();
      const filling = progressWindow(t('welcome.largeDemo.progress'));
      // Pictured and cancelled at once: filling 100,000 users takes only seconds.
      await filling.waitFor();
      await stillShot('large-demo-progress');
      await escapeKeepsIt(filling);
      await cancelIn(filling).click();
      await notification(t('welcome.largeDemo.cancelled')).waitFor();
      await filling.waitFor({ state: 'hidden' });
      // Still the welcome screen, and no site file anywhere: the demo was not created.
      await page.getByRole('button', { name: t('welcome.demo'), exact: true }).waitFor();
      expect(readdirSync(app.sitesDir).filter((name) => name.includes('.roster'))).toEqual([]);
      await stillShot('large-demo-cancelled');
      await closeNotifications();
    },
    LONG_WAIT,
  );

  it(
    '2. a site of 100,000 users with two imports of 10,000 rows (the second overwrites the first)',
    async () => {
      expect((await invoke('site.create', { path: join(app.sitesDir, 'jobs.roster'), name: 'Jobs', demo: true, demoSize: MAX_SITE_USERS })).ok).toBe(
        true,
      );
      for (const [file, firstNumber, action] of [
        ['people-a.csv', 500_000, 'skip'],
        ['people-b.csv', 700_000, 'overwrite'],
      ] as const) {
        const path = join(app.sitesDir, file);
        writePeople(path, ROWS, { firstNumber });
        const run = await invoke('import.run', {
          reading: { path },
          mapping: [...PEOPLE_MAPPING.slice(0, 8)],
          duplicates: { match: ['username'], action },
        });
        expect(run.ok).toBe(true);
      }
      await page.getByText(t('users.total', { count: grouped(MAX_SITE_USERS + ROWS) }), { exact: true }).waitFor({ timeout: LONG_WAIT });
      await closeNotifications();
    },
    LONG_WAIT,
  );

  it(
    '3. the undo of an import shows its progress; cancelled, the import stays in place',
    async () => {
      await nav('nav.imports').click();
      const undo = page.getByRole('button', { name: t('imports.undo.label', { label: 'people-b.csv' }), exact: true });
      await undo.click();
      const asking = page.getByRole('dialog', { name: t('imports.undo.title', { label: 'people-b.csv' }), exact: true });
      await asking.getByRole('button', { name: t('imports.undo.confirm'), exact: true }).click();
      const undoing = progressWindow(t('imports.undo.progress'));
      await undoing.waitFor();
      await undoing.getByText('people-b.csv', { exact: true }).waitFor();
      await stillShot('import-undo-progress');
      await escapeKeepsIt(undoing);
      await cancelIn(undoing).click();
      await notification(t('import.undo.cancelled')).waitFor();
      await undoing.waitFor({ state: 'hidden' });
      // Not undone: still the latest import, still offered for undo.
      await undo.waitFor();
      await stillShot('import-undo-cancelled');
      await closeNotifications();
    },
    LONG_WAIT,
  );

  it(
    '4. an export of every user shows its progress; cancelled, no file is written',
    async () => {
      await nav('nav.users').click();
      await page.getByRole('button', { name: t('users.export'), exact: true }).click();
      const exporting = page.getByRole('dialog', { name: t('export.title.all'), exact: true });
      await exporting.waitFor();
      const target = join(app.sitesDir, 'every-user.csv');
      await exporting.getByRole('textbox', { name: t('export.path') }).fill(target);
      await exporting.getByRole('button', { name: t('export.run'), exact: true }).click();
      const writing = progressWindow(t('export.progress'));
      await writing.waitFor();
      await stillShot('export-progress');
      await cancelIn(writing).click();
      await notification(t('export.cancelled')).waitFor();
      await writing.waitFor({ state: 'hidden' });
      expect(readdirSync(app.sitesDir).filter((name) => name.startsWith('every-user'))).toEqual([]);
      expect(existsSync(target)).toBe(false);
      // The export dialog is still there, to try again or close.
      await exporting.waitFor();
      await stillShot('export-cancelled');
    },
    LONG_WAIT,
  );
});
