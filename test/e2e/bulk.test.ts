import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { callistoHeader } from '@shared/import/header-names';
import { shot } from '../support/screenshots';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and changes reach main over HTTP). */
const WAIT = 10_000;

describe('bulk actions with undo on the demo site', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, dialogsClosed, pickOption, stillShot } = ui;
  let page: Page;

  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });
  const barButton = (label: string) => bar().getByRole('button', { name: label, exact: true });
  const dialog = (title: string) => page.getByRole('dialog', { name: title, exact: true });
  const notification = (text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });

  async function select(usernames: string[]): Promise<void> {
    for (const username of usernames) await page.getByRole('checkbox', { name: t('users.select', { username }), exact: true }).check();
    await bar()
      .getByText(t('bulk.bar.selected', { count: usernames.length }), { exact: true })
      .waitFor();
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

  beforeAll(async () => {
    ({ page } = await ui.open());
    await ui.openDemoSite();
    await usersTable().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('1. selecting users shows the bulk bar with their count', async () => {
    expect(await bar().count()).toBe(0);
    await select(['ashok.kumar', 'fred.bloggs', 'hans.meier']);
    await closeNotifications();
    await stillShot('bar-with-three-selected');
  });

  it('2. grants "Allow SMS sending" to the selected users; their editors show it', async () => {
    await barButton(t('bulk.action.privilege')).click();
    const chooser = dialog(t('bulk.privilege.title', { count: 3 }));
    await chooser.waitFor();
    await pickOption(chooser.getByRole('combobox', { name: t('bulk.privilege.label'), exact: true }), t('priv.sms'));
    await chooser.getByText(t('bulk.privilege.smsNote'), { exact: true }).waitFor();
    await shot(page, 'privilege-chooser');
    await chooser.getByRole('button', { name: t('bulk.privilege.set'), exact: true }).click();
    const granted = t('bulk.done', { change: t('bulk.describe.setPrivilege', { privilege: t('priv.sms') }), users: t('bulk.users', { count: 3 }) });
    await notification(granted).waitFor();
    await notification(granted)
      .getByRole('button', { name: t('bulk.undo.label', { change: t('bulk.describe.setPrivilege', { privilege: t('priv.sms') }) }) })
      .waitFor();
    await shot(page, 'granted-with-undo');
    await closeNotifications();

    for (const username of ['ashok.kumar', 'hans.meier']) {
      const form = await openEditorOf(username);
      await expect.poll(() => form.getByLabel(t('priv.sms'), { exact: true }).isChecked(), { timeout: WAIT }).toBe(true);
      if (username === 'hans.meier') await stillShot('editor-sms-granted');
      await backToUsers();
    }
    // Not selected, not changed.
    const form = await openEditorOf('elisabeth.mueller');
    expect(await form.getByLabel(t('priv.sms'), { exact: true }).isChecked()).toBe(false);
    await backToUsers();
  });

  it('3. undoes the change from Recent bulk changes; the editors no longer show it', async () => {
    await select(['hanako.sato']);
    await barButton(t('bulk.action.recent')).click();
    const recent = dialog(t('bulk.recent.title'));
    await recent.waitFor();
    const change = t('bulk.describe.setPrivilege', { privilege: t('priv.sms') });
    const entry = recent.getByRole('row').filter({ hasText: change });
    await entry.getByRole('cell', { name: '3', exact: true }).waitFor();
    await stillShot('recent-changes');
    // The row's only button: its accessible name also says which change and when.
    await entry.getByRole('button', { name: t('bulk.undo'), exact: false }).click();
    await notification(t('bulk.undo.done', { count: 3, change })).waitFor();
    await entry.getByText(/^Undone /).waitFor();
    expect(await entry.getByRole('button').count()).toBe(0);
    await stillShot('recent-changes-undone');
    await page.keyboard.press('Escape');
    await dialogsClosed();
    await closeNotifications();

    for (const username of ['ashok.kumar', 'fred.bloggs', 'hans.meier']) {
      const form = await openEditorOf(username);
      await expect.poll(() => form.getByLabel(t('priv.sms'), { exact: true }).isChecked(), { timeout: WAIT }).toBe(false);
      await backToUsers();
    }
  });

  it('4. adds users to a group; the group filter then lists them', async () => {
    await select(['gildong.hong', 'hanako.sato']);
    await barButton(t('bulk.action.addToGroup')).click();
    const chooser = dialog(t('bulk.group.addTitle', { count: 2 }));
    await chooser.waitFor();
    await pickOption(chooser.getByRole('combobox', { name: t('bulk.group.label'), exact: true }), 'Support team');
    await chooser.getByRole('button', { name: t('bulk.group.add'), exact: true }).click();
    await notification(
      t('bulk.done', { change: t('bulk.describe.addToGroup', { group: 'Support team' }), users: t('bulk.users', { count: 2 }) }),
    ).waitFor();
    await closeNotifications();
    await barButton(t('userList.clearSelection')).click();
    await bar().waitFor({ state: 'detached' });

    await pickOption(page.getByRole('combobox', { name: t('users.groupFilter'), exact: true }), 'Support team');
    await expect.poll(() => searchBox().inputValue(), { timeout: WAIT }).toBe('group:"Support team"');
    await expect
      .poll(
        async () => {
          const cells = await usersTable()
            .getByRole('gridcell', { name: /^[a-z]+\.[a-z]+$/ })
            .allTextContents();
          return [...new Set(cells)].sort();
        },
        { timeout: WAIT },
      )
      .toEqual(['gildong.hong', 'hanako.sato', 'hans.meier']);
    await stillShot('group-filter-after-bulk-add');
    // Choosing the same group again does not add its term twice; clearing the search lifts the filter.
    await pickOption(page.getByRole('combobox', { name: t('users.groupFilter'), exact: true }), 'Support team');
    await expect.poll(() => searchBox().inputValue(), { timeout: WAIT }).toBe('group:"Support team"');
    await page.getByRole('button', { name: t('users.searchClear'), exact: true }).click();
    await expect.poll(() => searchBox().inputValue(), { timeout: WAIT }).toBe('');
    await expect
      .poll(
        async () =>
          (
            await usersTable()
              .getByRole('gridcell', { name: /^[a-z]+\.[a-z]+$/ })
              .allTextContents()
          ).length,
        { timeout: WAIT },
      )
      .toBeGreaterThan(3);
  });

  it('5. exports the selection through the export dialog to a CSV file, without credentials', async () => {
    await page.getByRole('checkbox', { name: t('users.select', { username: 'elisabeth.mueller' }), exact: true }).waitFor();
    await select(['elisabeth.mueller', 'ashok.kumar']);
    await barButton(t('bulk.action.export')).click();
    const exporting = dialog(t('export.title.selection', { count: 2 }));
    await exporting.waitFor();
    // Browser mode writes where the path field says; it suggests the sites folder and today's date.
    const path = await exporting.getByLabel(t('export.path'), { exact: true }).inputValue();
    expect(path).toMatch(/users-\d{4}-\d{2}-\d{2}\.csv$/);
    await exporting.getByRole('button', { name: t('export.run'), exact: true }).click();
    await notification(t('export.done', { count: 2, path })).waitFor();
    const [header, ...rows] = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const names = header!.split(',');
    const cells = (row: string) => Object.fromEntries(names.map((name, index) => [name, row.split(',')[index]]));
    // The Callisto layout names its columns as the Callisto user form does.
    const shown = (['username', 'lastName', 'department', 'email', 'language', 'mobile', 'number'] as const).map((field) => callistoHeader(field));
    expect(rows.map((row) => shown.map((name) => cells(row)[name]))).toEqual([
      ['ashok.kumar', 'Kumar', 'Management', 'ashok.kumar@company.domain', '1', '+41790000000', '1005'],
      ['elisabeth.mueller', 'Müller', 'HR', 'elisabeth.mueller@company.domain', '2', '+41790000000', '1009'],
    ]);
    expect(names).not.toContain(callistoHeader('password'));
    expect(names).not.toContain(callistoHeader('pin'));
    await stillShot('exported');
  });
});
