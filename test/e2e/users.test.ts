import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIP_RANGE } from '@shared/rules/user-field-rules';
import type { RunningApp } from '../support/app-server';
import { shot } from '../support/screenshots';
import { errorAt, t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and checks reach main over HTTP). */
const WAIT = 10_000;

const SEED = [
  { username: 'ashok.kumar', lastName: 'Kumar', department: 'Management', vip: 5, phone: '1005' },
  { username: 'elisabeth.mueller', lastName: 'Müller', department: 'HR', vip: 2, phone: '1009' },
  { username: 'fred.bloggs', lastName: 'Bloggs', department: 'Management', vip: 5, phone: '1011' },
  { username: 'gildong.hong', lastName: 'Hong', department: 'R&D', vip: 0, phone: '1076' },
  { username: 'hanako.sato', lastName: 'Sato', department: 'Design', vip: 2, phone: '1099' },
  { username: 'hans.meier', lastName: 'Meier', department: 'Support', vip: 0, phone: '1054' },
];
const SEED_USERNAMES = SEED.map((user) => user.username);

interface ListedRow {
  username: string;
  lastName: string;
  firstName: string;
  department: string;
  /** The spoken VIP status ("5 of 5 stars"), '' when the user has none. */
  vip: string;
  number: string;
  phone: string;
}

describe('users: list, search, editor, delete and restore in the demo site', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, openedDialog, dialogsClosed, closeNotifications } = ui;
  let app: RunningApp;
  let page: Page;
  let pageErrors: string[];

  // ---- locators and small waits, named after what the administrator sees ----
  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const deletedTable = () => page.getByRole('grid', { name: t('deleted.title'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true });
  const newForm = () => page.getByRole('form', { name: t('editor.formNew'), exact: true });
  const editForm = (username: string) => page.getByRole('form', { name: t('editor.formEdit', { username }), exact: true });
  const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });

  /** The rows of a list, each cell read under its column's header (the columns shown may change). */
  async function rowsOf(table: Locator): Promise<ListedRow[]> {
    if ((await table.count()) === 0) return [];
    const headers = {
      username: t('users.col.username'),
      lastName: t('users.col.lastName'),
      firstName: t('users.col.firstName'),
      department: t('users.col.department'),
      vip: t('users.col.vip'),
      number: t('users.col.number'),
      phone: t('users.col.phone'),
    };
    return table.evaluate((element, names) => {
      const grid = element as HTMLTableElement;
      const titles = Array.from(grid.tHead?.rows[0]?.cells ?? []).map((cell) => cell.textContent?.trim() ?? '');
      const at = (name: string) => titles.findIndex((title) => title.startsWith(name));
      return Array.from(grid.tBodies[0]?.rows ?? []).map((row) => {
        const text = (name: string) => (at(name) === -1 ? '' : (row.cells[at(name)]?.textContent?.trim() ?? ''));
        return {
          username: text(names.username),
          lastName: text(names.lastName),
          firstName: text(names.firstName),
          department: text(names.department),
          vip: at(names.vip) === -1 ? '' : (row.cells[at(names.vip)]?.querySelector('[role="img"]')?.getAttribute('aria-label') ?? ''),
          number: text(names.number),
          phone: text(names.phone),
        };
      });
    }, headers);
  }
  const usernamesIn = async (table: Locator) => (await rowsOf(table)).map((row) => row.username);

  /** Waits until the users list shows exactly these usernames (in this order when ordered). */
  async function expectUsers(expected: string[], ordered = false): Promise<void> {
    await expect
      .poll(
        async () => {
          const names = await usernamesIn(usersTable());
          return ordered ? names : [...names].sort();
        },
        { timeout: WAIT },
      )
      .toEqual(ordered ? expected : [...expected].sort());
  }

  async function expectErrorAt(input: Locator, message: string | null): Promise<void> {
    await expect.poll(() => errorAt(input), { timeout: WAIT }).toBe(message);
    if (message !== null) {
      await expect.poll(() => input.getAttribute('aria-invalid'), { timeout: WAIT }).toBe('true');
      await page.getByText(message, { exact: true }).first().waitFor({ state: 'visible', timeout: WAIT });
    }
  }

  async function search(text: string): Promise<void> {
    await searchBox().fill(text);
  }

  async function backToUsersList(): Promise<void> {
    await usersTable().waitFor({ state: 'visible', timeout: WAIT });
    await page.getByRole('heading', { level: 2, name: t('users.title'), exact: true }).waitFor({ timeout: WAIT });
  }

  async function openUser(username: string): Promise<Locator> {
    await usersTable().getByRole('gridcell', { name: username, exact: true }).click();
    const form = editForm(username);
    await form.waitFor({ state: 'visible', timeout: WAIT });
    return form;
  }

  beforeAll(async () => {
    ({ app, page, pageErrors } = await ui.open());
  });

  it('1. first start shows the welcome screen; the demo site lists its six users', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    await page.getByRole('heading', { name: t('welcome.title'), exact: true }).waitFor({ timeout: 15_000 });
    await page.getByText(t('header.noSite'), { exact: true }).waitFor();
    await shot(page, 'welcome');

    await page.getByRole('button', { name: t('welcome.demo'), exact: true }).click();
    await backToUsersList();
    await expectUsers(SEED_USERNAMES, true);

    const rows = await rowsOf(usersTable());
    expect(rows.map(({ username, lastName, department, vip, phone }) => ({ username, lastName, department, vip, phone }))).toEqual(
      SEED.map(({ vip, ...user }) => ({ ...user, vip: vip > 0 ? t('users.vipStars', { count: vip, max: VIP_RANGE.max }) : '' })),
    );
    const ashok = usersTable()
      .getByRole('row')
      .filter({ has: page.getByRole('gridcell', { name: 'ashok.kumar', exact: true }) });
    for (const text of ['Kumar', 'Management']) {
      await ashok.getByRole('gridcell', { name: text, exact: true }).waitFor();
    }
    // The demo's extensions are the seed's phone numbers; the Number column is not shown by default.
    expect(await ashok.getByRole('gridcell', { name: '1005', exact: true }).count()).toBe(1);
    await ashok.getByRole('img', { name: t('users.vipStars', { count: 5, max: VIP_RANGE.max }), exact: true }).waitFor();
    await page.getByText(t('users.total', { count: 6 }), { exact: true }).waitFor();

    // The header names the open site, and so does the window title.
    await page.getByLabel(t('header.siteLabel', { site: t('welcome.demo.siteName') }), { exact: true }).waitFor();
    expect(await page.title()).toBe(t('app.windowTitle', { site: t('welcome.demo.siteName') }));
    await closeNotifications();
    await shot(page, 'demo-site-users');
  });

  it('2. sorts by last name, ascending then descending', async () => {
    const header = usersTable().getByRole('columnheader', { name: t('users.col.lastName'), exact: true });
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort'), { timeout: WAIT }).toBe('ascending');
    await expectUsers(['fred.bloggs', 'gildong.hong', 'ashok.kumar', 'hans.meier', 'elisabeth.mueller', 'hanako.sato'], true);
    await shot(page, 'sorted-last-name-ascending');

    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort'), { timeout: WAIT }).toBe('descending');
    await expectUsers(['hanako.sato', 'elisabeth.mueller', 'hans.meier', 'ashok.kumar', 'gildong.hong', 'fred.bloggs'], true);
    await shot(page, 'sorted-last-name-descending');
  });

  it('3. searches without umlauts, case or word starts; no match has its own empty state', async () => {
    await page.keyboard.press('Control+f');
    await expect.poll(() => searchBox().evaluate((element) => element === document.activeElement)).toBe(true);

    await search('muller');
    await expectUsers(['elisabeth.mueller']);
    await usersTable().getByRole('gridcell', { name: 'Müller', exact: true }).waitFor();
    await page.getByText(t('users.totalFiltered', { count: 1 }), { exact: true }).waitFor();
    await shot(page, 'search-muller');

    await search('sup');
    await expectUsers(['hans.meier']);
    await usersTable().getByRole('gridcell', { name: 'Support', exact: true }).waitFor();
    await shot(page, 'search-sup');

    await search('xylophone');
    await page.getByText(t('users.noMatch.title'), { exact: true }).waitFor({ timeout: WAIT });
    await page.getByText(t('users.noMatch.message'), { exact: true }).waitFor();
    expect(await usersTable().count()).toBe(0);
    await shot(page, 'search-no-match');

    await page.getByRole('button', { name: t('users.searchClear'), exact: true }).click();
    await expectUsers(SEED_USERNAMES);
    expect(await searchBox().inputValue()).toBe('');
    await page.getByText(t('users.total', { count: 6 }), { exact: true }).waitFor();
  });

  it('4. a new user starts from the defaults, is validated as typed, and keeps its secrets hidden', async () => {
    // By button: the form starts from the defaults and the first free number of the pool 1000-1999.
    await page.getByRole('button', { name: t('users.new'), exact: true }).click();
    let form = newForm();
    await form.waitFor({ timeout: WAIT });
    await expect.poll(() => field(form, t('field.number')).inputValue(), { timeout: WAIT }).toBe('1000');
    expect(await field(form, t('field.language')).inputValue()).toBe(t('language.en'));
    expect(await field(form, t('priv.webAccess')).isChecked()).toBe(true);
    expect(await field(form, t('field.username')).inputValue()).toBe('');
    // A fresh form is not covered in red.
    expect(await errorAt(field(form, t('field.username')))).toBeNull();
    await shot(page, 'new-user-defaults');

    // Untouched, Escape goes straight back; Ctrl+N opens the same fresh form.
    await page.keyboard.press('Escape');
    await backToUsersList();
    await page.keyboard.press('Control+n');
    form = newForm();
    await form.waitFor({ timeout: WAIT });
    await expect.poll(() => field(form, t('field.number')).inputValue(), { timeout: WAIT }).toBe('1000');

    const username = field(form, t('field.username'));
    const email = field(form, t('field.email'));
    const number = field(form, t('field.number'));

    await username.fill('anna berg');
    await expectErrorAt(username, t('rule.username.format'));
    await email.fill('anna@');
    await expectErrorAt(email, t('rule.email.format'));
    await expectErrorAt(username, t('rule.username.format'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'new-user-format-errors');
    await username.fill('FRED.BLOGGS');
    await expectErrorAt(username, t('rule.username.taken', { username: 'fred.bloggs' }));
    await number.fill('1005');
    await expectErrorAt(number, t('rule.number.taken', { number: '1005', username: 'ashok.kumar' }));
    await page.getByText(t('editor.unsaved'), { exact: true }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'new-user-validation-errors');

    // Saving now is refused in the form: nothing reaches the list.
    await page.keyboard.press('Control+s');
    await page.getByText(t('error.VALIDATION'), { exact: true }).waitFor({ timeout: WAIT });
    await form.waitFor();
    await closeNotifications();

    await username.fill('anna.berg');
    await field(form, t('field.firstName')).fill('Anna');
    await field(form, t('field.lastName')).fill('Berg');
    await field(form, t('field.department')).fill('Sales');
    await email.fill('anna.berg@example.com');
    await number.fill('1000');
    const aliases = field(form, t('field.aliases'));
    await aliases.fill('+41440000000');
    await aliases.press('Enter');
    await form.getByText('+41440000000', { exact: true }).waitFor();
    await field(form, t('field.pin')).fill('4711');
    await field(form, t('field.pinConfirm')).fill('4711');
    await field(form, t('field.password')).fill('Secret-pass-1');
    await field(form, t('field.passwordConfirm')).fill('Secret-pass-1');
    for (const input of [username, email, number]) await expectErrorAt(input, null);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'new-user-filled');

    await page.keyboard.press('Control+s');
    await backToUsersList();
    await page.getByText(t('editor.saved', { username: 'anna.berg' }), { exact: true }).waitFor();
    await expectUsers([...SEED_USERNAMES, 'anna.berg']);
    const anna = (await rowsOf(usersTable())).find((row) => row.username === 'anna.berg');
    expect(anna).toMatchObject({ lastName: 'Berg', firstName: 'Anna', department: 'Sales', vip: '' });
    await shot(page, 'list-with-anna');
    await closeNotifications();

    // Reopened: the secrets say "Set" and are never shown.
    form = await openUser('anna.berg');
    expect(await field(form, t('field.username')).inputValue()).toBe('anna.berg');
    expect(await field(form, t('field.number')).inputValue()).toBe('1000');
    await form.getByText('+41440000000', { exact: true }).waitFor();
    for (const secret of [t('field.password'), t('field.pin')]) {
      await form.getByRole('button', { name: t('secret.replace', { name: secret }), exact: true }).waitFor();
    }
    expect(await form.getByText(t('secret.set'), { exact: true }).count()).toBe(2);
    const content = await page.content();
    expect(content).not.toContain('4711');
    expect(content).not.toContain('Secret-pass-1');
    await shot(page, 'anna-reopened-secrets-set');
  });

  it('5. an edit shows in the list and in the search', async () => {
    const form = editForm('anna.berg');
    await field(form, t('field.department')).fill('Field sales');
    await page.keyboard.press('Control+s');
    await backToUsersList();
    await expect
      .poll(async () => (await rowsOf(usersTable())).find((row) => row.username === 'anna.berg')?.department, { timeout: WAIT })
      .toBe('Field sales');
    await closeNotifications();
    await shot(page, 'anna-field-sales');

    await search('field');
    await expectUsers(['anna.berg']);
    await shot(page, 'search-field');
    await page.getByRole('button', { name: t('users.searchClear'), exact: true }).click();
    await expectUsers([...SEED_USERNAMES, 'anna.berg']);
  });

  it('6. leaving an editor with unsaved changes asks first', async () => {
    const form = await openUser('hanako.sato');
    await field(form, t('field.firstName')).fill('Hanako-Changed');
    await page.getByText(t('editor.unsaved'), { exact: true }).waitFor();

    await nav('nav.groups').click();
    const discard = await openedDialog('confirm.discard.title');
    await discard.getByText(t('confirm.discard.message'), { exact: true }).waitFor();
    await shot(page, 'discard-dialog');

    await discard.getByRole('button', { name: t('confirm.discard.keep'), exact: true }).click();
    await dialogsClosed();
    await form.waitFor();
    expect(await field(form, t('field.firstName')).inputValue()).toBe('Hanako-Changed');
    expect(await page.getByRole('heading', { name: t('groups.title'), exact: true }).count()).toBe(0);

    await field(form, t('field.firstName')).focus();
    await page.keyboard.press('Escape');
    await discard.waitFor({ timeout: WAIT });
    await discard.getByRole('button', { name: t('confirm.discard.confirm'), exact: true }).click();
    await dialogsClosed();
    await backToUsersList();
    await expect
      .poll(async () => (await rowsOf(usersTable())).find((row) => row.username === 'hanako.sato')?.firstName, { timeout: WAIT })
      .toBe('Hanako');
    await shot(page, 'discarded-back-in-list');
  });

  it('7. Save and new saves and opens a fresh form with the next free number', async () => {
    await page.getByRole('button', { name: t('users.new'), exact: true }).click();
    const first = newForm();
    await first.waitFor({ timeout: WAIT });
    await expect.poll(() => field(first, t('field.number')).inputValue(), { timeout: WAIT }).toBe('1001');
    await field(first, t('field.username')).fill('bert.brecht');
    await field(first, t('field.firstName')).fill('Bert');
    await field(first, t('field.lastName')).fill('Brecht');
    await field(first, t('field.department')).fill('Theatre');
    await first.getByRole('button', { name: t('editor.saveAndNew'), exact: true }).click();

    await page.getByText(t('editor.saved', { username: 'bert.brecht' }), { exact: true }).waitFor({ timeout: WAIT });
    const next = newForm();
    await next.waitFor({ timeout: WAIT });
    await expect.poll(() => field(next, t('field.number')).inputValue(), { timeout: WAIT }).toBe('1002');
    expect(await field(next, t('field.username')).inputValue()).toBe('');
    expect(await field(next, t('field.firstName')).inputValue()).toBe('');
    expect(await page.getByText(t('editor.unsaved'), { exact: true }).count()).toBe(0);
    await shot(page, 'save-and-new-fresh-form');

    await page.keyboard.press('Escape');
    await backToUsersList();
    await expectUsers([...SEED_USERNAMES, 'anna.berg', 'bert.brecht']);
    await closeNotifications();
  });

  it('8. deleted users can be restored, or purged for good', async () => {
    await usersTable()
      .getByRole('button', { name: t('users.delete', { username: 'anna.berg' }), exact: true })
      .click();
    let confirmDelete = await openedDialog('users.delete.title');
    await confirmDelete.getByText(t('users.delete.message', { username: 'anna.berg' }), { exact: true }).waitFor();
    await shot(page, 'delete-confirm');
    await confirmDelete.getByRole('button', { name: t('common.delete'), exact: true }).click();
    await dialogsClosed();
    await expectUsers([...SEED_USERNAMES, 'bert.brecht']);
    await page.getByText(t('users.delete.done', { username: 'anna.berg' }), { exact: true }).waitFor();
    await closeNotifications();

    await nav('nav.deleted').click();
    await page.getByRole('heading', { level: 2, name: t('deleted.title'), exact: true }).waitFor({ timeout: WAIT });
    await expect.poll(() => usernamesIn(deletedTable()), { timeout: WAIT }).toEqual(['anna.berg']);
    await shot(page, 'deleted-users-anna');

    await deletedTable()
      .getByRole('button', { name: t('deleted.restoreOne', { username: 'anna.berg' }), exact: true })
      .click();
    await page.getByText(t('deleted.empty.title'), { exact: true }).waitFor({ timeout: WAIT });
    await page.getByText(t('deleted.restored', { count: 1 }), { exact: true }).waitFor();
    await shot(page, 'deleted-users-empty-after-restore');
    await closeNotifications();
    await nav('nav.users').click();
    await backToUsersList();
    await expectUsers([...SEED_USERNAMES, 'anna.berg', 'bert.brecht']);

    // Purge: delete bert.brecht, then remove him for good from Deleted users.
    await usersTable()
      .getByRole('button', { name: t('users.delete', { username: 'bert.brecht' }), exact: true })
      .click();
    confirmDelete = await openedDialog('users.delete.title');
    await confirmDelete.getByText(t('users.delete.message', { username: 'bert.brecht' }), { exact: true }).waitFor();
    await confirmDelete.getByRole('button', { name: t('common.delete'), exact: true }).click();
    await dialogsClosed();
    await expectUsers([...SEED_USERNAMES, 'anna.berg']);
    await closeNotifications();
    await nav('nav.deleted').click();
    await expect.poll(() => usernamesIn(deletedTable()), { timeout: WAIT }).toEqual(['bert.brecht']);
    await deletedTable()
      .getByRole('button', { name: t('deleted.purgeOne', { username: 'bert.brecht' }), exact: true })
      .click();
    const confirmPurge = await openedDialog('deleted.purge.title');
    await confirmPurge.getByText(t('deleted.purge.message', { count: 1, names: 'bert.brecht' }), { exact: true }).waitFor();
    await shot(page, 'purge-confirm');
    await confirmPurge.getByRole('button', { name: t('deleted.purge.confirm'), exact: true }).click();
    await dialogsClosed();
    await page.getByText(t('deleted.empty.title'), { exact: true }).waitFor({ timeout: WAIT });
    await page.getByText(t('deleted.purged', { count: 1 }), { exact: true }).waitFor();
    expect(await deletedTable().count()).toBe(0);
    await closeNotifications();
    await nav('nav.users').click();
    await backToUsersList();
    await expectUsers([...SEED_USERNAMES, 'anna.berg']);
    await shot(page, 'users-after-purge');
  });

  it('9. a username taken meanwhile is refused by main and shown at the field', async () => {
    await page.getByRole('button', { name: t('users.new'), exact: true }).click();
    const form = newForm();
    await form.waitFor({ timeout: WAIT });
    await expect.poll(() => field(form, t('field.number')).inputValue(), { timeout: WAIT }).toBe('1001');
    const username = field(form, t('field.username'));

    // The editor's own uniqueness check of "zed" answers "free"...
    const checked = page.waitForResponse(
      (response) => response.url().includes('/rpc/users.checkUnique') && (response.request().postData() ?? '').includes('"zed"'),
      { timeout: WAIT },
    );
    await username.fill('zed');
    expect(await (await checked).json()).toEqual({ ok: true, value: { issues: [] } });
    await expectErrorAt(username, null);

    // ...then another window (here: the contract, called from the page) takes the username first.
    const saved = await page.evaluate(async () => {
      type Bridge = { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: Record<string, unknown> }> };
      const roster = (window as unknown as { roster: Bridge }).roster;
      const draft = await roster.invoke('users.newDraft', {});
      if (!draft.ok || !draft.value) return draft;
      return roster.invoke('users.save', { draft: { ...draft.value, username: 'zed', number: '1500' } });
    });
    expect(saved.ok).toBe(true);

    await page.keyboard.press('Control+s');
    await expectErrorAt(username, t('rule.username.taken', { username: 'zed' }));
    await page.getByText(t('notify.fixMarkedFields', { count: 1 }), { exact: true }).waitFor({ timeout: WAIT });
    await form.waitFor();
    await shot(page, 'server-refused-username');

    // Another name clears the refusal and saves.
    await username.fill('zed.two');
    await expectErrorAt(username, null);
    await page.keyboard.press('Control+s');
    await backToUsersList();
    await expectUsers([...SEED_USERNAMES, 'anna.berg', 'zed', 'zed.two']);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
});
