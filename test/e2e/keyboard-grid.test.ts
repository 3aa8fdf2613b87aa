import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SITE_USERS } from '@shared/domain/site';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and changes reach main over HTTP). */
const WAIT = 10_000;
/** The demo site's users in username order: the rows of the list from the top. */
const DEMO = ['ashok.kumar', 'elisabeth.mueller', 'fred.bloggs', 'gildong.hong', 'hanako.sato', 'hans.meier'];
/** The most key presses (typing the search counts as one) to open a user found by search. */
const MAX_PRESSES_TO_OPEN = 5;
/** The most Tab presses from the search box to the list's rows (no column header among them). */
const MAX_TABS_TO_GRID = 8;

/** Whether the focused element shows its focus ring (the browser's :focus-visible). */
const ringShown = (page: Page) => page.evaluate(() => document.activeElement?.matches(':focus-visible') ?? false);

/** What has the keyboard focus, described as the test needs it. */
interface Focused {
  tag: string;
  role: string | null;
  /** The accessible name given by aria-label, else the text. */
  name: string;
  /** The row's aria-rowindex (1 is the header row), null outside a row. */
  rowIndex: number | null;
  /** The label of the grid it is in, null outside one. */
  grid: string | null;
}

/**
 * The user list as a keyboard grid: one Tab stop, arrows between rows and cells, Space and Shift+arrows
 * select, Enter opens, Delete asks, Escape clears the selection but not when it closes a menu or dialog,
 * and the list keeps its search and focus across the editor. Driven by the keyboard alone; each press is
 * counted where the count is the point.
 */
describe('user list by keyboard: a grid with one Tab stop', () => {
  const ui = useConsole({ timeout: WAIT });
  const { closeNotifications, openedDialog, dialogsClosed, stillShot } = ui;
  let page: Page;

  const usersGrid = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });
  const selectedCount = (count: number) => bar().getByText(t('bulk.bar.selected', { count }), { exact: true });
  /** The usernames the list shows, top to bottom. */
  const listed = () => usersGrid().locator('tbody tr td:nth-child(2)').allInnerTexts();

  const focused = (): Promise<Focused> =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const row = element?.closest('tr');
      return {
        tag: element?.tagName.toLowerCase() ?? '',
        role: element?.getAttribute('role') ?? null,
        name:
          element?.getAttribute('aria-label') ??
          (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent?.trim() : undefined) ??
          element?.textContent?.trim() ??
          '',
        rowIndex: row ? Number(row.getAttribute('aria-rowindex')) : null,
        grid: element?.closest('[role="grid"]')?.getAttribute('aria-label') ?? null,
      };
    });

  /** Waits until the focus is in a row (1-based position among the users, 0 for the header) whose text has this. */
  async function expectFocusAt(position: number, text?: string): Promise<Focused> {
    await expect.poll(async () => (await focused()).rowIndex, { timeout: WAIT }).toBe(position + 1);
    const now = await focused();
    if (text !== undefined) expect(now.name).toBe(text);
    return now;
  }

  /** Tab from where the focus is until it is in the users grid; returns the presses. */
  async function tabIntoGrid(): Promise<number> {
    let tabs = 0;
    while (tabs < 30 && (await focused()).grid === null) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    return tabs;
  }

  /**
   * Empties the search box by keyboard (Ctrl+F, then Escape clears it), waits for all demo users and goes on
   * into the list with Tab (Arrow Down would open the recent searches the box now offers).
   */
  async function allUsers(): Promise<void> {
    await page.keyboard.press('Control+f');
    if ((await searchBox().inputValue()) !== '') await page.keyboard.press('Escape');
    await expect.poll(listed, { timeout: WAIT }).toEqual(DEMO);
    await tabIntoGrid();
  }

  beforeAll(async () => {
    ({ page } = await ui.open());
    await page.setViewportSize({ width: 1400, height: 900 });
    await ui.openDemoSite();
    await usersGrid().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('1. Tab from the search box reaches the rows in a few presses, past no column header', async () => {
    await expect.poll(listed, { timeout: WAIT }).toEqual(DEMO);
    await closeNotifications();
    await page.keyboard.press('Control+f');
    const passed: string[] = [];
    let tabs = 0;
    while (tabs < 30) {
      await page.keyboard.press('Tab');
      tabs++;
      const now = await focused();
      if (now.grid !== null) break;
      passed.push(now.name || now.tag);
    }
    const arrived = await focused();
    console.log(`Tab presses from the search box to the list: ${tabs} (passing ${passed.map((name) => `"${name}"`).join(', ')})`);
    expect(arrived.grid).toBe(t('users.tableLabel'));
    expect(tabs).toBeLessThanOrEqual(MAX_TABS_TO_GRID);
    // The grid is entered at its first row, on the username; the headers are in the grid, not in the Tab order.
    expect(arrived).toMatchObject({ tag: 'td', name: DEMO[0], rowIndex: 2 });
    expect(await usersGrid().locator('[tabindex="0"]').count()).toBe(1);
    await stillShot('grid-entered-by-tab', { scroll: false });

    // One more Tab leaves the grid altogether: no stop per row, checkbox or delete button.
    await page.keyboard.press('Tab');
    expect((await focused()).grid).toBeNull();
    await page.keyboard.press('Shift+Tab');
    await expectFocusAt(1, DEMO[0]);
  });

  it('2. selects two users in 3 presses from the search box (Arrow Down, Space, Shift+Arrow Down)', async () => {
    await page.keyboard.press('Control+f');
    const keys = ['ArrowDown', 'Space', 'Shift+ArrowDown'];
    for (const key of keys) await page.keyboard.press(key);
    await selectedCount(2).waitFor();
    console.log(`presses to select two users from the search box: ${keys.length} (${keys.join(', ')})`);
    // Escape in the list clears the selection, as it always has.
    await page.keyboard.press('Escape');
    await bar().waitFor({ state: 'detached' });
  });

  it(`3. opens hans.meier found by search in at most ${MAX_PRESSES_TO_OPEN} presses from the search box`, async () => {
    await page.keyboard.press('Control+f');
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    // Typing the search counts as one press.
    presses++;
    await page.keyboard.type('hans.meier');
    // What an administrator waits for before going on: the list showing the match.
    await expect.poll(listed, { timeout: WAIT }).toEqual(['hans.meier']);
    await press('ArrowDown');
    await expectFocusAt(1, 'hans.meier');
    await press('Enter');
    await page.getByRole('form', { name: t('editor.formEdit', { username: 'hans.meier' }), exact: true }).waitFor();
    console.log(`presses to open hans.meier from the search box: ${presses} (type "hans.meier", Arrow Down, Enter)`);
    expect(presses).toBeLessThanOrEqual(MAX_PRESSES_TO_OPEN);

    // Escape leaves the untouched editor; the list comes back with its search, focus on the user's row.
    await page.keyboard.press('Escape');
    await usersGrid().waitFor();
    expect(await searchBox().inputValue()).toBe('hans.meier');
    await expectFocusAt(1, 'hans.meier');
  });

  it('4. arrow keys, Home/End and Ctrl+Home/End move between rows and cells; Up reaches the headers', async () => {
    await allUsers();
    await expectFocusAt(1, DEMO[0]);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectFocusAt(3, 'fred.bloggs');
    expect(await ringShown(page)).toBe(true);
    await stillShot('focus-on-fred-bloggs', { scroll: false });

    // Right to the last name, Left past the username to the selection checkbox drawn first.
    await page.keyboard.press('ArrowRight');
    expect(await expectFocusAt(3)).toMatchObject({ tag: 'td', name: 'Bloggs' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).name).toBe('');
    expect(await page.evaluate(() => document.activeElement?.querySelector('input')?.getAttribute('aria-label'))).toBe(
      t('users.select', { username: 'fred.bloggs' }),
    );
    // End: the row's delete button, shown last; Home: back to the checkbox.
    await page.keyboard.press('End');
    expect(await focused()).toMatchObject({ tag: 'button', name: t('users.delete', { username: 'fred.bloggs' }), rowIndex: 4 });
    await stillShot('focus-on-delete-button', { scroll: false });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect((await focused()).name).toBe('fred.bloggs');

    await page.keyboard.press('Control+End');
    await expectFocusAt(DEMO.length, 'hans.meier');
    await page.keyboard.press('PageUp');
    await expectFocusAt(1, DEMO[0]);
    await page.keyboard.press('PageDown');
    await expectFocusAt(DEMO.length, 'hans.meier');
    await page.keyboard.press('Control+Home');
    await expectFocusAt(1, DEMO[0]);

    // Up from the first row: the Username header; Enter sorts there, the focus staying on it.
    await page.keyboard.press('ArrowUp');
    const header = await expectFocusAt(0);
    expect(header).toMatchObject({ tag: 'th', name: t('users.col.username') });
    const usernameHeader = usersGrid().getByRole('columnheader', { name: t('users.col.username'), exact: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => usernameHeader.getAttribute('aria-sort'), { timeout: WAIT }).toBe('descending');
    await expect.poll(listed, { timeout: WAIT }).toEqual([...DEMO].reverse());
    await stillShot('header-sorted-descending-by-enter', { scroll: false });
    await page.keyboard.press('Space');
    await expect.poll(() => usernameHeader.getAttribute('aria-sort'), { timeout: WAIT }).toBe('ascending');
    await expect.poll(listed, { timeout: WAIT }).toEqual(DEMO);
    expect((await focused()).tag).toBe('th');

    // Shift+Right and Shift+Left on a header widen and narrow its column (saved, as a drag is).
    const widthOf = async () => (await usernameHeader.boundingBox())!.width;
    const before = await widthOf();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(widthOf, { timeout: WAIT }).toBeGreaterThan(before);
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(widthOf, { timeout: WAIT }).toBe(before);

    // Left of the Username header: the select-all checkbox; Space selects every matching user, and again none.
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toMatchObject({ tag: 'th', rowIndex: 1 });
    await page.keyboard.press('Space');
    await selectedCount(DEMO.length).waitFor();
    await page.keyboard.press('Space');
    await bar().waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expectFocusAt(1, DEMO[0]);
  });

  it('5. Space selects the focused row, Shift+Arrow Down extends; the count is said politely', async () => {
    await page.keyboard.press('Space');
    await selectedCount(1).waitFor();
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await selectedCount(3).waitFor();
    await expectFocusAt(3, 'fred.bloggs');
    const selected = await usersGrid()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-selected')));
    expect(selected).toEqual(['true', 'true', 'true', 'false', 'false', 'false']);
    await page
      .getByRole('status')
      .filter({ hasText: t('userList.selectionStatus', { count: 3 }) })
      .waitFor({ state: 'attached' });
    await stillShot('three-selected-by-keyboard', { scroll: false });

    // Space again on a selected row takes it out.
    await page.keyboard.press('Space');
    await selectedCount(2).waitFor();
    await page.keyboard.press('Space');
    await selectedCount(3).waitFor();
  });

  it('6. Escape that closes the Account menu or Recent bulk changes keeps the selection; in the list it clears it', async () => {
    // From the grid back to the bulk bar's Account menu, by keyboard.
    const account = bar().getByRole('button', { name: t('bulk.action.account'), exact: true });
    let presses = 0;
    while (presses < 20 && !(await account.evaluate((element) => element === document.activeElement))) {
      await page.keyboard.press('Shift+Tab');
      presses++;
    }
    expect(await account.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await stillShot('account-menu-open', { scroll: false });
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await selectedCount(3).waitFor();

    // The same for the Recent bulk changes dialog.
    const recent = bar().getByRole('button', { name: t('bulk.action.recent'), exact: true });
    while (presses < 40 && !(await recent.evaluate((element) => element === document.activeElement))) {
      await page.keyboard.press('Tab');
      presses++;
    }
    await page.keyboard.press('Enter');
    await openedDialog('bulk.recent.title');
    await page.keyboard.press('Escape');
    await dialogsClosed();
    await selectedCount(3).waitFor();

    // Escape in the list itself clears the selection, as it always has.
    await usersGrid().locator('[tabindex="0"]').focus();
    await page.keyboard.press('Escape');
    await bar().waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: t('userList.selectionCleared') })
      .waitFor({ state: 'attached' });
  });

  it('7. Delete asks to confirm; Escape keeps the user, and the focus comes back to the row', async () => {
    await expectFocusAt(3, 'fred.bloggs');
    await page.keyboard.press('Delete');
    const confirm = await openedDialog('users.delete.title');
    await confirm.getByText(t('users.delete.message', { username: 'fred.bloggs' }), { exact: true }).waitFor();
    await stillShot('delete-key-asks');
    await page.keyboard.press('Escape');
    await dialogsClosed();
    await expectFocusAt(3, 'fred.bloggs');
    expect(await listed()).toEqual(DEMO);
  });

  it('8. Enter opens the editor; Ctrl+S returns to the list with its search, focus on the saved user', async () => {
    await page.keyboard.press('Control+f');
    await page.keyboard.type('han');
    await expect.poll(listed, { timeout: WAIT }).toEqual(['hanako.sato', 'hans.meier']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectFocusAt(2, 'hans.meier');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: t('editor.formEdit', { username: 'hans.meier' }), exact: true });
    await form.waitFor();
    await form.getByLabel(t('field.department'), { exact: true }).fill('Support desk');
    await page.keyboard.press('Control+s');
    await usersGrid().waitFor();
    await page.getByText(t('editor.saved', { username: 'hans.meier' }), { exact: true }).waitFor();
    expect(await searchBox().inputValue()).toBe('han');
    await expect.poll(listed, { timeout: WAIT }).toEqual(['hanako.sato', 'hans.meier']);
    await expectFocusAt(2, 'hans.meier');
    expect(await ringShown(page)).toBe(true);
    await usersGrid().getByRole('gridcell', { name: 'Support desk', exact: true }).waitFor();
    // Before the toast is closed with the mouse, which takes the focus (and its ring) away.
    await stillShot('back-from-editor-search-kept-row-focused', { scroll: false });
    await closeNotifications();
  });

  it('9. in Deleted users the grid works the same: Space selects, Delete asks before purging', async () => {
    // Closing the toasts above took the focus (with the mouse); back to where it was in the list.
    await usersGrid().locator('[tabindex="0"]').focus();
    await expectFocusAt(2, 'hans.meier');
    // Delete hans.meier by keyboard (the dialog's focus starts on the safe choice: Tab to Delete, Enter), then
    // open Deleted users.
    await page.keyboard.press('Delete');
    const confirm = await openedDialog('users.delete.title');
    const confirmButton = confirm.getByRole('button', { name: t('common.delete'), exact: true });
    for (let i = 0; i < 5 && !(await confirmButton.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await dialogsClosed();
    await expect.poll(listed, { timeout: WAIT }).toEqual(['hanako.sato']);
    // The focus is back in the list, on the row now in the deleted user's place (here the last one left).
    await expectFocusAt(1, 'hanako.sato');
    await closeNotifications();

    await ui.nav('nav.deleted').click();
    const deletedGrid = page.getByRole('grid', { name: t('deleted.title'), exact: true });
    await deletedGrid.getByRole('gridcell', { name: 'hans.meier', exact: true }).waitFor();
    await deletedGrid.locator('[tabindex="0"]').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: t('deleted.restoreSelected', { count: 1 }), exact: true }).waitFor();
    await page.keyboard.press('Delete');
    const purge = await openedDialog('deleted.purge.title');
    await purge.getByText(t('deleted.purge.message', { count: 1, names: 'hans.meier' }), { exact: true }).waitFor();
    await stillShot('deleted-delete-key-asks-before-purge');
    await page.keyboard.press('Escape');
    await dialogsClosed();
    // Enter does what a click on a row does here: it selects (here: takes the row out again).
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: t('deleted.restoreSelected', { count: 0 }), exact: true }).waitFor();
  });
});

/** Creating the 100,000-user site is one transaction of some seconds. */
const CREATE_WAIT = 120_000;

/**
 * The same grid over 100,000 users, of which only the rows on screen exist: Ctrl+End and Page Up scroll the
 * list to the row they focus, and a row scrolled away with the mouse keeps the focus.
 */
describe('user list by keyboard: 100,000 users, virtualised', () => {
  const ui = useConsole({ timeout: 15_000 });
  let page: Page;
  const grid = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const focusedRow = () => page.evaluate(() => Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? 0));
  /** Whether the focused element is inside the grid's scroll box, below its sticky header. */
  const focusedInView = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const scroller = element.closest('table')!.parentElement!;
      const head = element.closest('table')!.tHead!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return box.top >= head.bottom - 1 && box.bottom <= scroller.getBoundingClientRect().bottom + 1;
    });

  beforeAll(async () => {
    const session = await ui.open();
    page = session.page;
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(session.app.url, { waitUntil: 'load' });
  });

  it(
    '1. Ctrl+End focuses the last of 100,000 rows, Page Up a page above, Ctrl+Home the first',
    async () => {
      const shown = MAX_SITE_USERS.toLocaleString('en');
      await page.getByRole('button', { name: t('welcome.largeDemo', { count: shown }), exact: true }).click();
      await page.getByText(t('users.total', { count: shown }), { exact: true }).waitFor({ timeout: CREATE_WAIT });
      expect(await grid().getAttribute('aria-rowcount')).toBe(String(MAX_SITE_USERS + 1));
      await ui.closeNotifications();
      await grid().locator('[tabindex="0"]').focus();
      expect(await focusedRow()).toBe(2);

      await page.keyboard.press('Control+End');
      await expect.poll(focusedRow).toBe(MAX_SITE_USERS + 1);
      // The row is loaded (not "Loading…") and in view, and still only the rows on screen exist.
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^z[a-z]*\.[a-z]+\d*$/);
      expect(await focusedInView()).toBe(true);
      // Its focus ring shows, though the focus came to it by script when its page arrived.
      expect(await ringShown(page)).toBe(true);
      expect(await grid().locator('tbody tr').count()).toBeLessThan(80);
      await ui.stillShot('last-of-100000-focused', { scroll: false });

      await page.keyboard.press('PageUp');
      const pageUp = await focusedRow();
      expect(pageUp).toBeLessThan(MAX_SITE_USERS + 1);
      expect(pageUp).toBeGreaterThan(MAX_SITE_USERS + 1 - 30);
      expect(await focusedInView()).toBe(true);

      await page.keyboard.press('Control+Home');
      await expect.poll(focusedRow).toBe(2);
      expect(await focusedInView()).toBe(true);
    },
    CREATE_WAIT + 30_000,
  );

  it('2. a focused row scrolled away with the wheel keeps the focus; Arrow Down goes on from it', async () => {
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toBe(3);
    const box = (await grid().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 300);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 2_000);
    await expect.poll(() => grid().locator('tbody tr[aria-rowindex="40"]').count()).toBe(0);
    // Still focused (its row kept rendered out of view), so the keys go on from there.
    expect(await focusedRow()).toBe(3);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRow).toBe(4);
    expect(await focusedInView()).toBe(true);
  });
});
