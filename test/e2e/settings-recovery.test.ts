import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-server';
import { t, useConsole } from './support/console-session';

// A site whose settings were damaged while it was closed (one value an older Roster allowed, one section not
// JSON at all) opens with a banner saying which settings lost what, why, and how to keep what is shown.

const WAIT = { timeout: 10_000 };

describe('settings that cannot be read as saved (browser mode)', () => {
  const ui = useConsole({ timeout: WAIT.timeout });
  let app: RunningApp;
  let page: Page;

  beforeAll(async () => {
    ({ app, page } = await ui.open());
  });

  /** Changes the closed site file as a disk fault, a hand edit or an earlier version would have left it. */
  function damage(path: string): void {
    const db = new Database(path);
    const store = db.prepare('INSERT INTO settings (section, json) VALUES (?, ?) ON CONFLICT (section) DO UPDATE SET json = excluded.json');
    store.run(
      'security',
      JSON.stringify({
        rememberCredentials: false,
        lockoutAttempts: 500,
        lockoutMinutes: 15,
        securePasswords: true,
        passwordExpiryDays: 90,
        securePins: false,
        pinExpiryDays: null,
        ssoUrl: '',
      }),
    );
    // The table's json_valid check keeps Roster from writing this; a damaged disk does not ask.
    db.pragma('ignore_check_constraints = ON');
    store.run('contactPhotos', '{"enabled":true,"host":"dc1.exa');
    db.close();
  }

  it('names the damaged sections and the values reset when the site opens', async () => {
    await ui.openDemoSite();
    await page.getByLabel(t('header.siteLabel', { site: t('welcome.demo.siteName') }), { exact: true }).waitFor(WAIT);
    await ui.button(t('menu.file')).click();
    await page.getByRole('menuitem', { name: t('menu.closeSite'), exact: true }).click();
    const recent = page.getByRole('list', { name: t('welcome.recent'), exact: true });
    const reopen = ui.button(t('welcome.recent.open', { name: t('welcome.demo.siteName') }), recent);
    await reopen.waitFor(WAIT);

    const [file] = readdirSync(app.sitesDir).filter((name) => name.endsWith('.roster'));
    damage(join(app.sitesDir, file!));
    await reopen.click();

    const banner = page.getByRole('alert').filter({ hasText: t('banner.settingsProblems.title') });
    await banner.waitFor(WAIT);
    const text = await banner.innerText();
    expect(text).toContain(
      t('banner.settingsProblems.reset', { section: t('settings.section.security'), fields: `“${t('security.lockoutAttempts')}”`, count: 1 }),
    );
    expect(text).toContain(
      t('banner.settingsProblems.unreadable', {
        section: t('banner.settingsProblems.place', { section: t('settings.section.contactPhotos'), screen: t('nav.ldap') }),
      }),
    );
    await ui.closeNotifications();
    await ui.stillShot('settings-problems-banner');

    // The screen shows what Roster works with: the values kept, the one reset at its default.
    await ui.nav('settings.section.security').click();
    await expect.poll(() => page.getByLabel(t('security.passwordExpiryDays'), { exact: true }).inputValue()).toBe('90');
    expect(await page.getByLabel(t('security.lockoutAttempts'), { exact: true }).inputValue()).toBe('5');
  });

  it('drops a section from the banner as soon as it is saved, and keeps the others', async () => {
    const banner = page.getByRole('alert').filter({ hasText: t('banner.settingsProblems.title') });
    await ui.button(t('security.save')).click();
    await page.getByText(t('security.saved'), { exact: true }).first().waitFor(WAIT);
    await expect.poll(() => banner.innerText()).not.toContain(t('settings.section.security'));
    expect(await banner.innerText()).toContain(t('settings.section.contactPhotos'));
    await ui.closeNotifications();
    await ui.stillShot('settings-problems-after-save');
  });
});
