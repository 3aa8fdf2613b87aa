import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import { POLICY_PARAMS } from '@shared/rules/secret-policy';
import type { RunningApp } from '../support/app-server';
import { shot } from '../support/screenshots';
import { errorAt, t, useConsole } from './support/console-session';

const WAIT = 10_000;

describe('security: secure PINs and passwords, expiry, non-compliance and account actions', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications } = ui;
  let app: RunningApp;
  let page: Page;

  const securityForm = () => page.getByRole('form', { name: t('security.form'), exact: true });
  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const editForm = (username: string) => page.getByRole('form', { name: t('editor.formEdit', { username }), exact: true });
  const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });

  const expectErrorAt = (input: Locator, message: string | null) => expect.poll(() => errorAt(input), { timeout: WAIT }).toBe(message);

  const notified = (text: string) => page.locator('.mantine-Notification-root').getByText(text, { exact: true }).waitFor({ timeout: WAIT });

  async function usernamesListed(): Promise<string[]> {
    if ((await usersTable().count()) === 0) return [];
    return (
      usersTable()
        .locator('tbody tr')
        // The first cell is the selection checkbox; the username comes next.
        .evaluateAll((rows) => rows.map((row) => (row as HTMLTableRowElement).cells[1]?.textContent?.trim() ?? ''))
    );
  }

  async function openUser(username: string): Promise<Locator> {
    await nav('nav.users').click();
    await usersTable().getByRole('gridcell', { name: username, exact: true }).click();
    const form = editForm(username);
    await form.waitFor({ state: 'visible', timeout: WAIT });
    return form;
  }

  async function saveUser(form: Locator, username: string): Promise<void> {
    await form.getByRole('button', { name: t('editor.save'), exact: true }).click();
    await notified(t('editor.saved', { username }));
    await usersTable().waitFor({ state: 'visible', timeout: WAIT });
    await closeNotifications();
  }

  async function openSecurity(): Promise<Locator> {
    await nav('settings.section.security').click();
    await securityForm().waitFor({ state: 'visible', timeout: WAIT });
    return securityForm();
  }

  async function saveSecurity(form: Locator): Promise<void> {
    await form.getByRole('button', { name: t('security.save'), exact: true }).click();
    await notified(t('security.saved'));
    await closeNotifications();
  }

  const stateFilter = () => page.getByRole('combobox', { name: t('users.stateFilter'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  /** Picks a state in the users list's State chip: its is: term is added to the search text. */
  async function pickState(state: 'passwordExpired' | 'pinExpired'): Promise<void> {
    await stateFilter().click();
    await page.getByRole('option', { name: t(`users.state.${state}`), exact: true }).click();
    const term = state === 'passwordExpired' ? 'is:passwordexpired' : 'is:pinexpired';
    await expect.poll(async () => (await searchBox().inputValue()).split(' '), { timeout: WAIT }).toContain(term);
  }
  async function clearSearch(): Promise<void> {
    await page.getByRole('button', { name: t('users.searchClear'), exact: true }).click();
    await expect.poll(() => searchBox().inputValue(), { timeout: WAIT }).toBe('');
  }

  /** Changes the demo site's file as the platform would (a user locked out after failed logins). */
  function lockInFile(username: string): void {
    const file = readdirSync(app.sitesDir).find((name) => name.endsWith('.roster'));
    const db = new Database(join(app.sitesDir, file!));
    db.pragma('busy_timeout = 5000');
    db.prepare("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z', failed_attempts = 5 WHERE username = ?").run(username);
    db.close();
  }

  beforeAll(async () => {
    ({ app, page } = await ui.open());
  });

  it('1. the Security screen shows every setting; "expire all" waits for expiry days', async () => {
    await ui.openDemoSite({ timeout: 15_000 });
    await usersTable().waitFor({ state: 'visible', timeout: WAIT });
    // A password that breaks the rules, set before any rule is on (listed later when the rule is turned on).
    const fred = await openUser('fred.bloggs');
    await field(fred, t('field.password')).fill('password');
    await field(fred, t('field.passwordConfirm')).fill('password');
    await saveUser(fred, 'fred.bloggs');

    const form = await openSecurity();
    for (const label of ['security.rememberCredentials', 'security.securePasswords', 'security.securePins'] as const) {
      expect(await field(form, t(label)).isChecked()).toBe(false);
    }
    for (const label of [
      'security.lockoutAttempts',
      'security.lockoutMinutes',
      'security.passwordExpiryDays',
      'security.pinExpiryDays',
      'security.ssoUrl',
    ] as const) {
      await field(form, t(label)).waitFor();
    }
    expect(await field(form, t('security.lockoutAttempts')).inputValue()).toBe('5');
    expect(await form.getByRole('button', { name: t('security.expireAllPasswords'), exact: true }).isDisabled()).toBe(true);
    expect(await form.getByRole('button', { name: t('security.expireAllPins'), exact: true }).isDisabled()).toBe(true);
    await form.getByText(t('security.compliance.off'), { exact: true }).waitFor();
    await shot(page, 'security-settings');

    await field(form, t('security.ssoUrl')).fill('http://sso.example.com');
    await expectErrorAt(field(form, t('security.ssoUrl')), t('rule.url.https'));
    await shot(page, 'sso-http-refused');
    await field(form, t('security.ssoUrl')).fill('');
  });

  it('2. with secure PINs on, PIN 1234 is refused at the field as typed; a secure PIN is saved', async () => {
    const form = await openSecurity();
    await field(form, t('security.securePins')).click({ force: true });
    await saveSecurity(form);
    await form.getByText(t('security.compliance.none'), { exact: true }).waitFor();

    const hans = await openUser('hans.meier');
    const pin = field(hans, t('field.pin'));
    await pin.fill('1234');
    await expectErrorAt(pin, t('policy.pin.run', { ...POLICY_PARAMS }));
    await shot(page, 'pin-1234-refused-at-field');
    await hans.getByRole('button', { name: t('editor.save'), exact: true }).click();
    await expectErrorAt(pin, t('policy.pin.run', { ...POLICY_PARAMS }));
    await hans.waitFor({ state: 'visible' });
    await pin.fill('3885');
    await expectErrorAt(pin, t('policy.pin.sameNeighbour', { ...POLICY_PARAMS }));
    await pin.fill('7391');
    await field(hans, t('field.pinConfirm')).fill('7391');
    await expectErrorAt(pin, null);
    await saveUser(hans, 'hans.meier');
    await closeNotifications();
  });

  it('3. turning secure passwords on lists who no longer complies, and why', async () => {
    const form = await openSecurity();
    await field(form, t('security.securePasswords')).click({ force: true });
    await field(form, t('security.passwordExpiryDays')).fill('30');
    await saveSecurity(form);
    const table = page.getByRole('table', { name: t('security.compliance.table'), exact: true });
    await table.waitFor({ timeout: WAIT });
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from((tr as HTMLTableRowElement).cells).map((c) => c.textContent?.trim())));
    expect(rows).toEqual([['fred.bloggs', t('security.secret.password'), t('policy.password.upper', { ...POLICY_PARAMS })]]);
    expect(await form.getByRole('button', { name: t('security.expireAllPasswords'), exact: true }).isDisabled()).toBe(false);
    await shot(page, 'non-compliance-after-secure-passwords');
  });

  it('4. "expire all passwords" stamps them; the list filters expired passwords', async () => {
    const form = await openSecurity();
    await form.getByRole('button', { name: t('security.expireAllPasswords'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('security.expireAllPasswords.title'), exact: true });
    await dialog.waitFor();
    await shot(page, 'expire-all-confirm');
    await dialog.getByRole('button', { name: t('security.expireAllPasswords'), exact: true }).click();
    await notified(t('security.expireAllPasswords.done', { count: 1 }));
    await closeNotifications();

    await nav('nav.users').click();
    await usersTable().waitFor();
    await pickState('passwordExpired');
    await expect.poll(usernamesListed, { timeout: WAIT }).toEqual(['fred.bloggs']);
    await shot(page, 'users-filtered-password-expired');
    await clearSearch();
    await pickState('pinExpired');
    await page.getByText(t('users.noMatch.title'), { exact: true }).waitFor();
    await clearSearch();
    await expect.poll(usernamesListed, { timeout: WAIT }).toHaveLength(6);
  });

  it('5. per user: unlock, reset failed attempts and expire the PIN now', async () => {
    lockInFile('hans.meier');
    await page.reload({ waitUntil: 'load' });
    const hans = await openUser('hans.meier');
    const value = (label: MessageKey) => hans.locator('dt', { hasText: t(label) }).locator('xpath=following-sibling::dd[1]');
    expect(await value('field.failedAttempts').textContent()).toBe('5');
    expect(await value('field.pinExpired').textContent()).toBe(t('common.no'));
    await shot(page, 'hans-locked');

    await hans.getByRole('button', { name: t('account.unlock'), exact: true }).click();
    await notified(t('account.unlocked', { username: 'hans.meier' }));
    await expect.poll(() => value('field.lockedUntil').textContent()).toBe(t('field.notLocked'));
    expect(await value('field.failedAttempts').textContent()).toBe('0');
    expect(await hans.getByRole('button', { name: t('account.resetAttempts'), exact: true }).isDisabled()).toBe(true);

    await hans.getByRole('button', { name: t('account.expirePin'), exact: true }).click();
    await notified(t('account.pinExpired', { username: 'hans.meier' }));
    await expect.poll(() => value('field.pinExpired').textContent()).toBe(t('common.yes'));
    expect(await hans.getByRole('button', { name: t('account.expirePassword'), exact: true }).isDisabled()).toBe(true);
    await shot(page, 'hans-unlocked-pin-expired');
    await closeNotifications();

    await hans.getByRole('button', { name: t('editor.cancel'), exact: true }).click();
    await usersTable().waitFor();
    await pickState('pinExpired');
    await expect.poll(usernamesListed, { timeout: WAIT }).toEqual(['hans.meier']);
    await shot(page, 'users-filtered-pin-expired');
  });
});
