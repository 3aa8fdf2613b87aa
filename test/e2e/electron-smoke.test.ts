import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectron } from '../../scripts/electron-runtime.mjs';
import { shot } from '../support/screenshots';
import { t } from './support/console-page';

// The real desktop app, driven by Playwright's Electron support: its window, its app:// page behind the
// sandbox and the preload, and a contract call through the IPC bridge (the sender check lets our page in).
// Where no Electron runtime can be had (this project's CI cannot download it) the test says so and skips.

const root = fileURLToPath(new URL('../..', import.meta.url));
const runtime = findElectron(root);
if (!runtime.binary) console.warn(`[electron smoke] skipped: ${runtime.reason}`);

describe('the Electron app', () => {
  it.skipIf(!runtime.binary)('opens its window on the welcome screen and answers the contract through the preload', async () => {
    const home = mkdtempSync(join(tmpdir(), 'roster-electron-'));
    const app = await electron.launch({
      executablePath: runtime.binary!,
      args: [root],
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ELECTRON_RUN_AS_NODE: '' },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { name: t('welcome.title'), exact: true }).waitFor({ timeout: 30_000 });
      expect(page.url()).toBe('app://roster/index.html');
      const info = await page.evaluate(() =>
        (window as unknown as { roster: { invoke(c: string, i: unknown): Promise<unknown> } }).roster.invoke('app.info', {}),
      );
      expect(info).toMatchObject({ ok: true, value: { mode: 'electron' } });
      // Node stays out of the page.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      await shot(page, 'electron-welcome');
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
