import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-server';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists of 20,000 users reload from main over HTTP). */
const WAIT = 15_000;
/** Creating the generated site is one transaction of a few seconds. */
const CREATE_WAIT = 120_000;
/** More than LARGE_SELECTION (1,000): the size where the console asks first and shows progress. */
const USERS = 20_000;
/** Counts are shown with digit grouping. */
const grouped = (count: number) => count.toLocaleString('en');
const SHOWN = grouped(USERS);

describe('a bulk change on 20,000 users: confirmation with the count, progress, result and undo', () => {
  const ui = useConsole({ timeout: WAIT });
  const { closeNotifications, openedDialog, dialogsClosed, pickOption, stillShot } = ui;
  let app: RunningApp;
  let page: Page;
  /** Users that had "Allow SMS sending" before the change (the generated site grants it to some). */
  let hadSms: number;

  const table = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const searchBox = () => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input'));
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });
  const barButton = (label: string) => bar().getByRole('button', { name: label, exact: true });
  const dialog = (title: string) => page.getByRole('dialog', { name: title, exact: true });
  const notification = (text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  const sms = t('bulk.describe.setPrivilege', { privilege: t('priv.sms') });
  /** The change as the confirmation asks it and the progress names it. */
  const grantToAll = t('bulk.request.setPrivilege', { privilege: t('priv.sms'), users: t('bulk.users', { count: SHOWN }) });

  /** Types a search and returns the number of users the list then says match it. */
  async function matches(text: string): Promise<number> {
    // The list keeps showing the previous count until main has answered this search: wait for that answer.
    const answered = page.waitForResponse(
      (response) => response.url().includes('/rpc/users.list') && (response.request().postData() ?? '').includes(`"text":${JSON.stringify(text)}`),
    );
    await searchBox().fill(text);
    const { value } = (await (await answered).json()) as { value: { total: number } };
    const status = page.getByText(t('users.totalFiltered', { count: grouped(value.total) }), { exact: true });
    await status.waitFor();
    return Number((await status.innerText()).replace(/\D/g, ''));
  }

  async function clearSearch(): Promise<void> {
    await page.getByRole('button', { name: t('users.searchClear'), exact: true }).click();
    await page.getByText(t('users.total', { count: SHOWN }), { exact: true }).waitFor();
  }

  /**
   * Holds main's answer to one request until `release` is called. The change itself takes a fraction of a
   * second here, too short for a still picture: main does all its work and sends its progress events, only
   * the answer waits, so the screen shows what the administrator sees while a change runs, with main's numbers.
   */
  async function holdAnswer(channel: string): Promise<() => Promise<void>> {
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    let answered!: () => void;
    const delivered = new Promise<void>((done) => (answered = done));
    const pattern = `**/rpc/${channel}`;
    await page.route(pattern, async (route: Route) => {
      const response = await route.fetch();
      await released;
      await route.fulfill({ response });
      answered();
    });
    return async () => {
      release();
      await delivered;
      await page.unroute(pattern);
    };
  }

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('1. a generated site of 20,000 users opens on the user list', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    await page.getByRole('button', { name: t('welcome.demo'), exact: true }).waitFor();
    // The generated demo of a chosen size is what site.create makes with demoSize (the welcome screen
    // offers only the 100,000-user one): created through the contract, as the console's own actions do.
    const created = await page.evaluate(
      ([path, size]) => {
        type Bridge = { invoke(channel: string, input: unknown): Promise<{ ok: boolean }> };
        return (window as unknown as { roster: Bridge }).roster.invoke('site.create', { path, name: 'Bulk trial', demo: true, demoSize: size });
      },
      [join(app.sitesDir, 'bulk-trial.roster'), USERS] as const,
    );
    expect(created.ok).toBe(true);
    await page.getByText(t('users.total', { count: SHOWN }), { exact: true }).waitFor({ timeout: CREATE_WAIT });
    hadSms = await matches('priv:sms');
    expect(hadSms).toBeGreaterThan(0);
    expect(hadSms).toBeLessThan(USERS);
    await clearSearch();
    await closeNotifications();
  });

  it('2. Ctrl+A selects all 20,000; the bulk bar says so, once on the screen', async () => {
    await table().locator('xpath=..').focus();
    await page.keyboard.press('Control+a');
    await bar()
      .getByText(t('bulk.bar.selected', { count: SHOWN }), { exact: true })
      .waitFor();
    expect(await page.getByText(t('bulk.bar.selected', { count: SHOWN }), { exact: true }).count()).toBe(1);
    await stillShot('all-20000-selected');
  });

  it('3. granting a privilege to them asks first, naming the 20,000', async () => {
    await barButton(t('bulk.action.privilege')).click();
    const chooser = dialog(t('bulk.privilege.title', { count: SHOWN }));
    await chooser.waitFor();
    await pickOption(chooser.getByRole('combobox', { name: t('bulk.privilege.label'), exact: true }), t('priv.sms'));
    await chooser.getByRole('button', { name: t('bulk.privilege.set'), exact: true }).click();

    const asking = dialog(t('bulk.confirm.largeTitle', { count: SHOWN }));
    await asking.waitFor();
    await asking.getByText(t('bulk.confirm.largeMessage', { request: grantToAll }), { exact: true }).waitFor();
    await stillShot('confirm-names-the-count');
  });

  it('4. once confirmed, a progress bar shows main working through the users', async () => {
    const release = await holdAnswer('bulk.apply');
    await dialog(t('bulk.confirm.largeTitle', { count: SHOWN }))
      .getByRole('button', { name: t('bulk.confirm.apply'), exact: true })
      .click();
    const progress = await openedDialog('bulk.progress.apply');
    await progress.getByText(grantToAll, { exact: true }).waitFor();
    await progress.getByRole('progressbar', { name: t('bulk.progress.label'), exact: true }).waitFor();
    // The numbers come from main's progress events, sent while it works (before its answer).
    await progress.getByText(t('bulk.progress.count', { done: SHOWN, total: SHOWN }), { exact: true }).waitFor();
    expect(await progress.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    await stillShot('progress-while-applying');
    await release();
    await dialog(t('bulk.progress.apply')).waitFor({ state: 'detached' });
  });

  it('5. the result says how many users changed and how many already had it; the list agrees', async () => {
    const changed = USERS - hadSms;
    const done = `${t('bulk.done', { change: sms, users: t('bulk.users', { count: grouped(changed) }) })} ${t('bulk.done.unchanged', { count: grouped(hadSms) })}`;
    await notification(done).waitFor();
    await notification(done)
      .getByRole('button', { name: t('bulk.undo.label', { change: sms }), exact: true })
      .waitFor();
    await stillShot('applied-with-undo');
    await closeNotifications();
    // A new search clears the selection: what is selected is always what matches.
    expect(await matches('priv:sms')).toBe(USERS);
    await bar().waitFor({ state: 'detached' });
    await stillShot('everyone-has-sms');
  });

  it('6. undone from Recent bulk changes, with progress again; everyone has what they had before', async () => {
    await table().locator('tbody').getByRole('checkbox').first().check();
    await barButton(t('bulk.action.recent')).click();
    const recent = dialog(t('bulk.recent.title'));
    await recent.waitFor();
    const entry = recent.getByRole('row').filter({ hasText: sms });
    await entry.getByRole('cell', { name: grouped(USERS - hadSms), exact: true }).waitFor();

    const release = await holdAnswer('bulk.undo');
    await entry.getByRole('button', { name: t('bulk.undo'), exact: false }).click();
    const progress = await openedDialog('bulk.progress.undo');
    await progress.getByText(sms, { exact: true }).waitFor();
    await progress.getByText(t('bulk.progress.count', { done: grouped(USERS - hadSms), total: grouped(USERS - hadSms) }), { exact: true }).waitFor();
    await stillShot('progress-while-undoing');
    await release();

    await notification(t('bulk.undo.done', { count: grouped(USERS - hadSms), change: sms })).waitFor();
    await entry.getByText(/^Undone /).waitFor();
    await page.keyboard.press('Escape');
    await dialogsClosed();
    await closeNotifications();
    await clearSearch();
    expect(await matches('priv:sms')).toBe(hadSms);
    await stillShot('undone-sms-as-before');
  });
});
