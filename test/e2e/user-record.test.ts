import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorAt, t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and changes reach main over HTTP). */
const WAIT = 10_000;

// The fields the whole user record added to the editor: notes, phones, and applications granted with their options.
describe('the whole user record in the editor', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, stillShot } = ui;
  let page: Page;

  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const expectErrorAt = (input: Locator, message: string | null) => expect.poll(() => errorAt(input), { timeout: WAIT }).toBe(message);

  async function openEditorOf(username: string): Promise<Locator> {
    await usersTable().getByRole('gridcell', { name: username, exact: true }).click();
    const form = page.getByRole('form', { name: t('editor.formEdit', { username }), exact: true });
    await form.waitFor({ state: 'visible' });
    return form;
  }

  const usernames = () =>
    usersTable()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => (row as HTMLTableRowElement).cells[1]?.textContent?.trim() ?? ''));

  async function expectListed(text: string, expected: string[]): Promise<void> {
    await searchBox().fill(text);
    await searchBox().press('Enter');
    await searchBox().blur();
    await expect.poll(usernames, { timeout: WAIT }).toEqual(expected);
  }

  beforeAll(async () => {
    ({ page } = await ui.open());
    await page.setViewportSize({ width: 1440, height: 900 });
    await ui.openDemoSite();
    await usersTable().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('1. notes, phones and application options are entered, refused at the field when wrong, saved and found', async () => {
    await closeNotifications();
    const hans = await openEditorOf('hans.meier');
    await hans.getByLabel(t('field.notes'), { exact: true }).fill('Works from the Basel office.\nOn call every second week.');

    await hans.getByRole('button', { name: t('editor.phones.add'), exact: true }).click();
    const phone = hans.getByRole('group', { name: t('editor.phones.phoneN', { number: 1 }), exact: true });
    const device = phone.getByLabel(t('editor.phones.device'), { exact: true });
    await device.fill('SEP 001');
    await expectErrorAt(device, t('rule.device.name'));
    await device.fill('SEP001EBE90DFAD');
    await expectErrorAt(device, null);
    await phone.getByLabel(t('editor.phones.model'), { exact: true }).fill('Cisco 8845');

    await hans.getByLabel(t('application.conferenceManager'), { exact: true }).check();
    const options = hans.getByRole('group', { name: t('applications.optionsOf', { application: t('application.conferenceManager') }), exact: true });
    await options.getByLabel(t('application.conferenceManager.manageAllRooms'), { exact: true }).check();

    await stillShot('editor-notes-phones-1440');
    await page.setViewportSize({ width: 1280, height: 800 });
    await stillShot('editor-notes-phones-1280');
    await page.setViewportSize({ width: 1440, height: 900 });

    await hans.getByRole('button', { name: t('editor.save'), exact: true }).click();
    await usersTable().waitFor({ state: 'visible' });
    await expectListed('device:SEP001EBE*', ['hans.meier']);
    await expectListed('notes:basel', ['hans.meier']);
    await expectListed('"second week"', ['hans.meier']);

    const again = await openEditorOf('hans.meier');
    expect(await again.getByLabel(t('field.notes'), { exact: true }).inputValue()).toBe('Works from the Basel office.\nOn call every second week.');
    expect(await again.getByLabel(t('editor.phones.device'), { exact: true }).inputValue()).toBe('SEP001EBE90DFAD');
    expect(await again.getByLabel(t('application.conferenceManager.manageAllRooms'), { exact: true }).isChecked()).toBe(true);
    expect(await again.getByLabel(t('application.conferenceManager.createRooms'), { exact: true }).isChecked()).toBe(false);
    await nav('nav.users').click();
  });
});
