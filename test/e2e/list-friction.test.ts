import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, useConsole } from './support/console-session';

const WAIT = 10_000;

/** The two window sizes the list must work at without sideways scrolling. */
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
] as const;

describe('user list and editor friction: layout, sorting, search help, bulk refresh, new user, group delete', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, stillShot, openedDialog, dialogsClosed } = ui;
  let page: Page;

  const table = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const deletedTable = () => page.getByRole('grid', { name: t('deleted.title'), exact: true });
  const header = (grid: Locator, key: Parameters<typeof t>[0]) => grid.getByRole('columnheader', { name: t(key), exact: true });
  const rows = (grid: Locator) => grid.locator('tbody tr[aria-rowindex]');
  const usernames = (grid: Locator) => grid.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.innerText ?? ''));
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });

  /** Whether a grid's rows fit its box (no sideways scrolling) and each row's last action is inside the window. */
  async function layoutOf(grid: Locator) {
    const scroller = grid.locator('xpath=..');
    const sizes = await scroller.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    const action = grid.locator('tbody tr').first().locator('td[data-actions] button').last();
    const box = await action.boundingBox();
    const frame = await scroller.boundingBox();
    return { ...sizes, actionInside: box !== null && frame !== null && box.x + box.width <= frame.x + frame.width };
  }

  beforeAll(async () => {
    ({ page } = await ui.open());
    await page.setViewportSize(SIZES[0]);
    await ui.openDemoSite();
    await table().waitFor({ timeout: 15_000 });
  });

  it('1. the default columns and the row actions fit the window at 1440x900 and at 1280x800', async () => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect.poll(() => rows(table()).count()).toBeGreaterThan(0);
      const layout = await layoutOf(table());
      expect(layout.scroll).toBeLessThanOrEqual(layout.client);
      expect(layout.actionInside).toBe(true);
      for (const key of ['users.col.username', 'users.col.lastName', 'users.col.vip', 'users.col.phone', 'users.col.mobile'] as const) {
        await header(table(), key).waitFor();
      }
      await closeNotifications();
      await stillShot(`user-list-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SIZES[0]);
  });

  it('2. a click anywhere on a header cell sorts, not only on its label', async () => {
    const cell = header(table(), 'users.col.username');
    expect(await cell.getAttribute('aria-sort')).toBe('ascending');
    const box = (await cell.boundingBox())!;
    // Right of the label, left of the resize handle.
    await page.mouse.click(box.x + box.width - 24, box.y + box.height / 2);
    await expect.poll(() => cell.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => usernames(table()).then((names) => names[0])).toBe('hans.meier');
    await page.mouse.click(box.x + box.width - 24, box.y + box.height / 2);
    await expect.poll(() => cell.getAttribute('aria-sort')).toBe('ascending');
  });

  it('3. State and Created can be shown as columns', async () => {
    await page.getByRole('button', { name: t('userList.columns'), exact: true }).click();
    await page.getByRole('checkbox', { name: t('users.col.state'), exact: true }).check();
    await page.getByRole('checkbox', { name: t('users.col.created'), exact: true }).check();
    await page.keyboard.press('Escape');
    await header(table(), 'users.col.state').waitFor();
    await header(table(), 'users.col.created').waitFor();
    const first = rows(table()).first();
    await expect.poll(() => first.innerText()).toContain(t('users.accountState.enabled'));
    const created = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date());
    await expect.poll(() => first.innerText()).toContain(created);
    // With more columns than the window holds, the row's delete button still shows at the right edge.
    expect((await layoutOf(table())).actionInside).toBe(true);
    await closeNotifications();
    await stillShot('user-list-state-created-columns');
    await page.getByRole('button', { name: t('userList.columns'), exact: true }).click();
    await page.getByRole('button', { name: t('userList.columns.reset'), exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => header(table(), 'users.col.state').count()).toBe(0);
  });

  it('4. the search help fits the window and scrolls inside; suggestions leave the filter boxes free', async () => {
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.getByRole('button', { name: t('search.help.open'), exact: true }).click();
      const help = page.getByRole('dialog', { name: t('search.help.title'), exact: true });
      await help.waitFor();
      await page.waitForTimeout(300);
      const dropdown = help.locator('xpath=..');
      const box = (await dropdown.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      expect(await dropdown.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
      await stillShot(`search-help-${size.width}x${size.height}`);
      await page.keyboard.press('Escape');
      await expect.poll(() => help.count()).toBe(0);
    }
    await page.setViewportSize(SIZES[0]);

    await searchBox().fill('dept:');
    const listbox = page.getByRole('listbox');
    await listbox.first().waitFor();
    const suggestions = (await listbox.first().boundingBox())!;
    const filter = (await page.getByLabel(t('users.groupFilter'), { exact: true }).and(page.locator('input')).boundingBox())!;
    // The filters are above the box; the suggestions open below it.
    expect(filter.y + filter.height).toBeLessThanOrEqual(suggestions.y);
    await stillShot('search-suggestions-below-filters');
    await searchBox().fill('');
    await page.keyboard.press('Escape');
  });

  it('5. after a bulk change the list searches again: users that no longer match go, and the count follows', async () => {
    await searchBox().fill('-is:disabled');
    await page
      .getByText(t('users.totalFiltered', { count: 6 }), { exact: true })
      .first()
      .waitFor();
    await expect.poll(() => rows(table()).count()).toBe(6);
    await table()
      .getByRole('checkbox', { name: t('users.select', { username: 'ashok.kumar' }), exact: true })
      .click();
    await table()
      .getByRole('checkbox', { name: t('users.select', { username: 'fred.bloggs' }), exact: true })
      .click();
    await bar()
      .getByRole('button', { name: t('bulk.action.account'), exact: true })
      .click();
    await page.getByRole('menuitem', { name: t('bulk.action.disable'), exact: true }).click();
    await expect.poll(() => rows(table()).count(), { timeout: WAIT }).toBe(4);
    await page
      .getByText(t('users.totalFiltered', { count: 4 }), { exact: true })
      .first()
      .waitFor();
    expect(await usernames(table())).not.toContain('ashok.kumar');
    // The two disabled users left the selection with the list: nothing is said to be selected any more.
    await expect.poll(() => bar().count()).toBe(0);
    await closeNotifications();
    await stillShot('bulk-disable-list-searched-again');
  });

  it('6. Escape in "Recent bulk changes" closes it and keeps the selection', async () => {
    await table()
      .getByRole('checkbox', { name: t('users.select', { username: 'hans.meier' }), exact: true })
      .click();
    await bar().waitFor();
    await bar()
      .getByRole('button', { name: t('bulk.action.recent'), exact: true })
      .click();
    await openedDialog('bulk.recent.title');
    await stillShot('recent-bulk-changes');
    await page.keyboard.press('Escape');
    await dialogsClosed();
    await page.waitForTimeout(200);
    await expect.poll(() => bar().count()).toBe(1);
    expect(await bar().innerText()).toContain(t('bulk.bar.selected', { count: 1 }));
    // Undo the disabling, so the next steps see the demo as it was.
    await searchBox().fill('');
    await page.keyboard.press('Escape');
  });

  it('7. deleted users: Restore and Purge are visible without sideways scrolling', async () => {
    await table()
      .getByRole('button', { name: t('users.delete', { username: 'gildong.hong' }), exact: true })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: t('common.delete'), exact: true })
      .click();
    await dialogsClosed();
    await closeNotifications();
    await nav('nav.deleted').click();
    await deletedTable().waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await expect.poll(() => rows(deletedTable()).count()).toBe(1);
      const layout = await layoutOf(deletedTable());
      expect(layout.scroll).toBeLessThanOrEqual(layout.client);
      expect(layout.actionInside).toBe(true);
      await deletedTable()
        .getByRole('button', { name: t('deleted.restoreOne', { username: 'gildong.hong' }), exact: true })
        .waitFor();
      await stillShot(`deleted-users-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SIZES[0]);
  });

  it('8. a new user shows the password the defaults will set, not "Not set"', async () => {
    await nav('nav.defaults').click();
    const form = page.getByRole('form', { name: t('defaults.title'), exact: true });
    await form.waitFor();
    await form.getByLabel(t('defaults.initialPassword'), { exact: true }).fill('Welcome-2026');
    await form.getByLabel(t('defaults.initialPasswordConfirm'), { exact: true }).fill('Welcome-2026');
    await form.getByRole('button', { name: t('defaults.save'), exact: true }).click();
    await page.locator('.mantine-Notification-root').getByText(t('defaults.saved'), { exact: true }).waitFor();
    await closeNotifications();

    await nav('nav.users').click();
    await page
      .getByRole('button', { name: t('users.new'), exact: true })
      .first()
      .click();
    await page.getByLabel(t('field.username'), { exact: true }).waitFor();
    // The defaults have an initial password (set above) but no PIN: only the password is said to come from them.
    await expect.poll(() => page.getByText(t('secret.fromDefaults'), { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: t('secret.enterOtherLabel', { name: t('field.password') }), exact: true }).waitFor();
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await stillShot(`new-user-secrets-from-defaults-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SIZES[0]);

    // A PIN with a letter: its rule names the most digits allowed (no "{max}" left in the text).
    const pin = page.getByLabel(t('field.pin'), { exact: true });
    await pin.fill('12a');
    await pin.blur();
    await page
      .getByText(t('rule.pin.format', { max: 20 }), { exact: true })
      .first()
      .waitFor();
    expect(await page.getByText('{max}').count()).toBe(0);
    await stillShot('new-user-pin-format-message');
    await pin.fill('');
    // Entering another password, then emptying it, goes back to the default's.
    await page.getByRole('button', { name: t('secret.enterOtherLabel', { name: t('field.password') }), exact: true }).click();
    const password = page.getByLabel(t('field.password'), { exact: true });
    await expect.poll(() => password.evaluate((element) => element === document.activeElement)).toBe(true);
    await password.fill('x');
    await password.fill('');
    await expect.poll(() => page.getByText(t('secret.fromDefaults'), { exact: true }).count()).toBe(1);
  });

  it('9. deleting a group still used as group permissions says so before anything is confirmed', async () => {
    await page.keyboard.press('Escape');
    const discard = page.getByRole('button', { name: t('confirm.discard.confirm'), exact: true });
    if ((await discard.count()) > 0) await discard.click();
    await nav('nav.groups').click();
    const groups = page.getByRole('table', { name: t('groups.tableLabel'), exact: true });
    await groups.waitFor();
    await groups.getByRole('button', { name: t('groups.delete', { name: 'Management' }), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('groups.inUse.title', { name: 'Management' }), exact: true });
    await dialog.waitFor();
    await page.waitForTimeout(300);
    expect(await dialog.innerText()).toContain('fred.bloggs');
    expect(await dialog.getByRole('button', { name: t('common.delete'), exact: true }).count()).toBe(0);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await stillShot(`group-delete-in-use-${size.width}x${size.height}`);
    }
    await page.setViewportSize(SIZES[0]);
    await dialog.getByRole('button', { name: t('groups.inUse.close'), exact: true }).click();
    await dialogsClosed();
    await groups
      .getByRole('row', { name: /Management/ })
      .first()
      .waitFor();
  });
});
