import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and changes reach main over HTTP). */
const WAIT = 10_000;

describe('locking accounts on purpose, and the PIN typed twice', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, dialogsClosed, stillShot } = ui;
  let page: Page;

  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });
  const notification = (text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  const expectErrorAt = (input: Locator, message: string | null) => expect.poll(() => errorAt(input), { timeout: WAIT }).toBe(message);

  async function usernamesListed(): Promise<string[]> {
    if ((await usersTable().count()) === 0) return [];
    // The first cell is the selection checkbox; the username comes next.
    return usersTable()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLTableRowElement).cells[1]?.textContent?.trim() ?? ''));
  }

  async function search(text: string): Promise<void> {
    await searchBox().fill(text);
    await searchBox().press('Enter');
    // The suggestions close with the focus, so the list shows whole.
    await searchBox().blur();
  }

  async function openEditorOf(username: string): Promise<Locator> {
    await usersTable().getByRole('gridcell', { name: username, exact: true }).click();
    const form = page.getByRole('form', { name: t('editor.formEdit', { username }), exact: true });
    await form.waitFor({ state: 'visible' });
    return form;
  }

  async function backToUsers(): Promise<void> {
    await nav('nav.users').click();
    await usersTable().waitFor({ state: 'visible' });
  }

  /** The sentence the editor's account state shows for a lock in force. */
  const lockState = (form: Locator) => form.getByText(/^Locked (until|after) /);

  beforeAll(async () => {
    ({ page } = await ui.open());
    await ui.openDemoSite();
    await usersTable().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('1. locks a user from the editor until a time, with the reason; refusals are shown at their fields', async () => {
    await closeNotifications();
    const hans = await openEditorOf('hans.meier');
    expect(await lockState(hans).count()).toBe(0);
    await hans.getByRole('button', { name: t('account.lock'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('lock.dialog.title', { username: 'hans.meier' }), exact: true });
    await dialog.getByRole('radio', { name: t('lock.dialog.untilUnlocked'), exact: true }).waitFor();
    await stillShot('lock-dialog-opened');
    expect(await dialog.getByRole('radio', { name: t('lock.dialog.untilUnlocked'), exact: true }).isChecked()).toBe(true);

    await dialog.getByRole('radio', { name: t('lock.dialog.untilTime'), exact: true }).check();
    const date = dialog.getByLabel(t('lock.dialog.date'), { exact: true });
    const time = dialog.getByLabel(t('lock.dialog.time'), { exact: true });
    const reason = dialog.getByLabel(t('lock.dialog.reason'), { exact: true });
    await date.fill('2020-01-01');
    await expectErrorAt(date, t('rule.lock.until.past'));
    await dialog.getByRole('button', { name: t('lock.dialog.submit'), exact: true }).click();
    await expectErrorAt(reason, t('rule.lock.reason.required'));
    await stillShot('lock-dialog-refused-at-fields');

    const nextYear = new Date().getFullYear() + 1;
    await date.fill(`${nextYear}-03-02`);
    await time.fill('17:30');
    await reason.fill('On leave until March');
    await expectErrorAt(date, null);
    await expectErrorAt(reason, null);
    await stillShot('lock-dialog-until-a-time');
    await dialog.getByRole('button', { name: t('lock.dialog.submit'), exact: true }).click();
    await notification(t('account.locked', { username: 'hans.meier' })).waitFor();
    await dialogsClosed();
    await closeNotifications();

    await expect
      .poll(() => lockState(hans).textContent(), { timeout: WAIT })
      .toMatch(new RegExp(`^Locked until .*${nextYear}.* — On leave until March$`));
    expect(await hans.getByRole('button', { name: t('account.unlock'), exact: true }).isEnabled()).toBe(true);
    await lockState(hans).scrollIntoViewIfNeeded();
    await stillShot('editor-locked-until-a-time', { scroll: false });
    await backToUsers();
  });

  it('2. search is:locked finds the locked user', async () => {
    await search('is:locked');
    await expect.poll(usernamesListed, { timeout: WAIT }).toEqual(['hans.meier']);
    await stillShot('search-is-locked');
  });

  it('3. bulk-locks two users until unlocked; is:locked finds them; the undo unlocks them again', async () => {
    await search('');
    await expect.poll(usernamesListed, { timeout: WAIT }).toHaveLength(6);
    for (const username of ['gildong.hong', 'hanako.sato']) {
      await page.getByRole('checkbox', { name: t('users.select', { username }), exact: true }).check();
    }
    await bar()
      .getByRole('button', { name: t('bulk.action.account'), exact: true })
      .click();
    await page.getByRole('menuitem', { name: t('bulk.action.lock'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('lock.dialog.titleBulk', { count: 2 }), exact: true });
    await dialog.waitFor();
    await dialog.getByLabel(t('lock.dialog.reason'), { exact: true }).fill('Night shift audit');
    await stillShot('bulk-lock-dialog');
    await dialog.getByRole('button', { name: t('lock.dialog.submit'), exact: true }).click();

    const change = t('bulk.describe.lock', { until: t('bulk.untilUnlocked'), reason: 'Night shift audit' });
    const done = notification(t('bulk.done', { change, users: t('bulk.users', { count: 2 }) }));
    await done.waitFor();
    await stillShot('bulk-locked-with-undo');

    await search('is:locked');
    await expect.poll(usernamesListed, { timeout: WAIT }).toEqual(['gildong.hong', 'hanako.sato', 'hans.meier']);
    // The notification's Undo, while it stands.
    await done.getByRole('button', { name: t('bulk.undo.label', { change }), exact: true }).click();
    await notification(t('bulk.undo.done', { count: 2, change })).waitFor();
    await closeNotifications();
    await expect.poll(usernamesListed, { timeout: WAIT }).toEqual(['hans.meier']);
    await search('');
    await bar()
      .getByRole('button', { name: t('userList.clearSelection'), exact: true })
      .click()
      .catch(() => undefined);
  });

  it('4. a user locked until unlocked says so in the editor', async () => {
    await expect.poll(usernamesListed, { timeout: WAIT }).toHaveLength(6);
    await page.getByRole('checkbox', { name: t('users.select', { username: 'hanako.sato' }), exact: true }).check();
    await bar()
      .getByRole('button', { name: t('bulk.action.account'), exact: true })
      .click();
    await page.getByRole('menuitem', { name: t('bulk.action.lock'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('lock.dialog.titleBulk', { count: 1 }), exact: true });
    await dialog.getByLabel(t('lock.dialog.reason'), { exact: true }).fill('Left the company');
    await dialog.getByRole('button', { name: t('lock.dialog.submit'), exact: true }).click();
    await notification(t('bulk.undo')).first().waitFor();
    await closeNotifications();
    await bar()
      .getByRole('button', { name: t('userList.clearSelection'), exact: true })
      .click();

    const hanako = await openEditorOf('hanako.sato');
    await expect
      .poll(() => lockState(hanako).textContent(), { timeout: WAIT })
      .toBe(t('account.lockState.indefinite', { reason: 'Left the company' }));
    await lockState(hanako).scrollIntoViewIfNeeded();
    await stillShot('editor-locked-until-unlocked', { scroll: false });
    await backToUsers();
  });

  it('5. the PIN is typed twice: a confirmation that differs is refused at the field', async () => {
    const fred = await openEditorOf('fred.bloggs');
    const pin = fred.getByLabel(t('field.pin'), { exact: true });
    const confirmation = fred.getByLabel(t('field.pinConfirm'), { exact: true });
    await pin.fill('7391');
    await confirmation.fill('7392');
    await expectErrorAt(confirmation, t('rule.pin.confirmation'));
    await confirmation.scrollIntoViewIfNeeded();
    await stillShot('pin-confirmation-differs', { scroll: false });
    await fred.getByRole('button', { name: t('editor.save'), exact: true }).click();
    await expectErrorAt(confirmation, t('rule.pin.confirmation'));
    await confirmation.fill('7391');
    await expectErrorAt(confirmation, null);
    await fred.getByRole('button', { name: t('editor.save'), exact: true }).click();
    await notification(t('editor.saved', { username: 'fred.bloggs' })).waitFor();
    await usersTable().waitFor({ state: 'visible' });
  });
});
