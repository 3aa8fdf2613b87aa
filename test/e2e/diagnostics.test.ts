import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-server';
import { t, useConsole } from './support/console-session';

// Help > Diagnostics for support: the text a support ticket needs, copied to the clipboard, and where the log
// file is. The log is written by the browser-mode server into ROSTER_LOG_DIR (the test's own folder).
describe('diagnostics for support (browser mode)', () => {
  const ui = useConsole({
    timeout: 10_000,
    prepareContext: (context, app) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin }),
  });
  const { button, openedDialog, stillShot } = ui;
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    await ui.openDemoSite();
    await page.getByRole('navigation', { name: t('nav.label') }).waitFor();
  });

  it('shows the log file and the diagnostics, and copies them to the clipboard', async () => {
    await button(t('menu.help')).click();
    await page.getByRole('menuitem', { name: t('menu.diagnostics') }).click();
    const dialog = await openedDialog('diagnostics.title');
    const logFile = join(app.configDir, 'logs', 'roster.log');
    await expect.poll(() => dialog.getByText(logFile, { exact: true }).count()).toBe(1);
    const text = await dialog.getByRole('textbox', { name: t('diagnostics.text') }).inputValue();
    expect(text).toContain(`Log file: ${logFile}`);
    // The demo site's open, as the server logged it, is among the last lines.
    expect(text).toContain('site.create.end');
    // Browser mode cannot open a file manager on the server's disk: no "Show log file" there.
    expect(await button(t('diagnostics.showLog'), dialog).count()).toBe(0);
    await stillShot('diagnostics');

    await button(t('diagnostics.copy'), dialog).click();
    await page.getByText(t('diagnostics.copied')).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    expect(readFileSync(logFile, 'utf8')).toContain('site.create.end');
  });
});
