import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import { generateEndUsers, startAxlServer } from '../support/axl-server';
import type { AxlServer, CucmEndUser } from '../support/axl-server';
import { errorAt, t, useConsole } from './support/console-session';

const WAIT = 20_000;

/** The example filter, as the field's "Insert the example" writes it. */
const EXAMPLE_FILTER = `(usr_department = 'support')
AND (usr_PhoneNumber >= '1000')
AND (usr_phoneNumber <='1999')
AND (usr_Email like '%@company.domain')`;

/**
 * A CUCM of 1,500 generated end users with addresses in the example's domain. Its hans.meier works in support
 * (the demo site has a hans.meier entered by hand: a conflict), and one more user ID has a space in it,
 * which the username rule refuses (a problem).
 */
function cucmUsers(): CucmEndUser[] {
  const users = generateEndUsers(1500).map((user) => ({
    ...user,
    mailid: user.mailid.replace('@example.com', '@company.domain'),
    department: user.userid === 'hans.meier' ? 'support' : user.department,
  }));
  const spaced: CucmEndUser = {
    uuid: '{E2E00000-0000-0000-0000-000000000001}',
    userid: 'hans meier',
    firstName: 'Hans',
    lastName: 'Meier',
    mailid: 'hans.meier.2@company.domain',
    department: 'support',
    telephoneNumber: '1777',
    mobileNumber: '',
    pagerNumber: '',
    primaryExtension: '1777',
    userLocale: 'German Germany',
    phoneDevice: '',
    devices: [],
  };
  return [...users, spaced];
}

/** A catalog text whose {seconds} varies: matched up to where the seconds stand. */
function upToSeconds(key: MessageKey, params: Record<string, string | number>): RegExp {
  const prefix = t(key, { ...params, seconds: '\u0000' }).split('\u0000')[0]!;
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** What the example filter keeps, written out plainly. */
const keptByExampleFilter = (users: CucmEndUser[]) =>
  users.filter(
    (u) =>
      u.department.toLowerCase() === 'support' &&
      u.telephoneNumber !== '' &&
      u.telephoneNumber >= '1000' &&
      u.telephoneNumber <= '1999' &&
      u.mailid.endsWith('@company.domain'),
  );

describe('Import from CUCM: filters, preview, apply and undo against a local AXL server', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, openedDialog, dialogsClosed, closeNotifications, stillShot } = ui;
  let server: AxlServer;
  let page: Page;
  let pageErrors: string[];
  let expectedAdds: number;
  let importedName: string;

  const importForm = () => page.getByRole('form', { name: t('cucmImport.title'), exact: true });
  const cucmForm = () => page.getByRole('form', { name: t('cucm.title'), exact: true });
  const button = (key: MessageKey, scope: Page | Locator = page) => scope.getByRole('button', { name: t(key), exact: true });
  const sqlField = () => importForm().getByLabel(t('cucmImport.sql.label'), { exact: true });
  const xmlField = () => importForm().getByLabel(t('cucmImport.xml.label'), { exact: true });
  const previewSection = () => page.getByRole('region', { name: t('cucmImport.section.preview'), exact: true });
  const tab = (list: 'add' | 'update' | 'delete' | 'conflict' | 'problem', count: number) =>
    previewSection().getByRole('tab', { name: `${t(`cucmImport.list.${list}`)} (${count.toLocaleString('en')})`, exact: true });
  const listTable = (list: 'add' | 'update' | 'delete' | 'conflict' | 'problem') =>
    previewSection().getByRole('table', { name: t(`cucmImport.list.${list}`), exact: true });
  const firstColumn = (table: Locator) => table.locator('tbody tr td:first-child').allTextContents();

  beforeAll(async () => {
    // Each answer takes a while, as a busy publisher's does: long enough to see the progress and cancel.
    server = await startAxlServer({ users: 10, latencyMs: 1500 });
    const users = cucmUsers();
    // A shared line: one user the example filter keeps has ashok.kumar's number (1005 in the demo site).
    keptByExampleFilter(users).find((u) => u.userid !== 'hans.meier' && u.userid !== 'hans meier')!.primaryExtension = '1005';
    server.setUsers(users);
    ({ page, pageErrors } = await ui.open());
  });

  afterAll(async () => {
    await server?.close();
  });

  it('1. without CUCM settings the import says so and leads to Settings > CUCM', async () => {
    await ui.openDemoSite();
    await nav('nav.cucmImport').click();
    await importForm().waitFor();
    await page.getByText(t('cucmImport.notConfigured.title'), { exact: true }).waitFor();
    expect(await button('cucmImport.preview').isDisabled()).toBe(true);
    await closeNotifications();
    await stillShot('not-configured');
    await button('cucmImport.notConfigured.open').click();
    await cucmForm().waitFor();
  });

  it('2. configured in Settings > CUCM: publisher, AXL user and password, the certificate trusted, saved', async () => {
    const field = (key: MessageKey) => cucmForm().getByLabel(t(key), { exact: true });
    await field('cucm.field.host').fill(server.host);
    await field('cucm.field.port').fill(String(server.port));
    await field('cucm.field.axlUser').fill(server.user);
    await field('cucm.field.password').fill(server.password);
    await button('cucm.test.connection', cucmForm()).click();
    const report = page.getByRole('region', { name: t('cucm.test.connection'), exact: true });
    await button('connectionTest.cert.trust', report).click();
    const dialog = await openedDialog('connectionTest.cert.trust');
    await button('connectionTest.cert.trust', dialog).click();
    await dialogsClosed();
    await button('cucm.save', cucmForm()).click();
    await page.getByText(t('cucm.saved'), { exact: true }).waitFor();
    await closeNotifications();
  });

  it('3. the import, opened from the Users screen, names the publisher; a malformed filter is marked where it goes wrong', async () => {
    await nav('nav.users').click();
    await button('cucmImport.open', page.getByRole('main')).click();
    await importForm().waitFor();
    await page.getByText(t('cucmImport.publisher', { publisher: server.host }) + ' ' + t('cucmImport.newUsers.local'), { exact: true }).waitFor();

    await sqlField().fill("usr_department = 'support'\nAND usr_PhoneNumber >= 1000");
    const message = t('cucmImport.filter.at', { line: 2, column: 24, message: t('cucmImport.sql.unquotedNumber', { number: '1000' }) });
    await expect.poll(() => errorAt(sqlField())).toBe(message);
    const marker = importForm().getByLabel(t('cucmImport.filter.marker'), { exact: true });
    expect(await marker.textContent()).toBe('AND usr_PhoneNumber >= 1000\n                       ^^^^');
    await xmlField().fill('<mailid>%@company.domain</mailid>');
    await expect
      .poll(() => errorAt(xmlField()))
      .toBe(
        t('cucmImport.filter.at', {
          line: 1,
          column: 1,
          message: t('cucmImport.xml.unknownElement', { name: 'mailid', elements: 'firstName, lastName, userid, department' }),
        }),
      );
    expect(await button('cucmImport.preview').isDisabled()).toBe(true);
    await stillShot('malformed-filters');

    // The example offered by the field is accepted as written.
    await importForm()
      .getByRole('button', { name: t('cucmImport.example'), exact: true })
      .nth(1)
      .click();
    expect(await sqlField().inputValue()).toBe(EXAMPLE_FILTER);
    await xmlField().fill('');
    await expect.poll(() => errorAt(sqlField())).toBe(null);
    expect(await errorAt(xmlField())).toBe(null);
    // The quick reference names every field with the CUCM value it stands for.
    await button('cucmImport.reference', importForm()).click();
    const reference = importForm().getByRole('table', { name: t('cucmImport.reference.fields'), exact: true });
    await reference.getByRole('cell', { name: t('cucmImport.reference.usr_PhoneMac'), exact: true }).waitFor();
    expect(await reference.locator('tbody tr').count()).toBe(7);
    // The mapping: the number from the primary extension, the phone from the telephone number.
    expect(
      await importForm()
        .getByLabel(t('cucmImport.mapping.select', { field: t('field.number') }), { exact: true })
        .inputValue(),
    ).toBe(t('cucmImport.source.primaryExtension'));
    expect(
      await importForm()
        .getByLabel(t('cucmImport.mapping.select', { field: t('field.phone') }), { exact: true })
        .inputValue(),
    ).toBe(t('cucmImport.source.telephoneNumber'));
    await stillShot('filters-and-mapping');
    // Ctrl+S keeps the filters for next time (an import keeps the ones it ran with anyway).
    await sqlField().press('Control+s');
    await page.getByText(t('cucmImport.saved'), { exact: true }).waitFor();
    await closeNotifications();
    expect(await button('cucmImport.save').isDisabled()).toBe(true);
  });

  it('4. a preview shows its progress and can be cancelled, leaving nothing changed', async () => {
    await button('cucmImport.preview').click();
    await page.getByRole('progressbar', { name: t('cucmImport.progress.label'), exact: true }).waitFor();
    await stillShot('preview-reading');
    await button('cucmImport.cancel').click();
    await page.getByText(t('cucm.error.cancelled'), { exact: true }).waitFor();
    expect(await previewSection().count()).toBe(0);
    await button('cucmImport.preview').waitFor();
    await closeNotifications();
    await nav('nav.imports').click();
    await page.getByText(t('imports.empty.title'), { exact: true }).waitFor();
    await nav('nav.cucmImport').click();
    await importForm().waitFor();
  });

  it('5. Preview reads every end user, keeps those the example filter accepts, and lists them page by page; nothing is written yet', async () => {
    const kept = keptByExampleFilter(server.users as CucmEndUser[]);
    expectedAdds = kept.length - 2;
    expect(expectedAdds).toBeGreaterThan(40);
    await button('cucmImport.preview').click();
    await previewSection().waitFor();
    const summary = { users: server.users.length.toLocaleString('en'), publisher: server.host, count: 1 };
    await previewSection().getByText(upToSeconds('cucmImport.readComplete', summary)).waitFor();
    await previewSection()
      .getByText(t('cucmImport.kept', { matched: kept.length.toLocaleString('en') }))
      .waitFor();
    await tab('add', expectedAdds).waitFor();
    await tab('update', 0).waitFor();
    await tab('delete', 0).waitFor();
    await tab('conflict', 1).waitFor();
    await tab('problem', 1).waitFor();

    // The shared line is imported, marked with who holds the number too; Apply may keep it or leave it out.
    const shared = previewSection().getByRole('radiogroup', { name: t('cucmImport.shared.intro'), exact: true });
    await previewSection()
      .getByText(t('cucmImport.shared.title', { count: 1 }), { exact: true })
      .waitFor();
    expect(await shared.getByRole('radio', { name: t('cucmImport.shared.keep'), exact: true }).isChecked()).toBe(true);
    await listTable('add')
      .getByText(t('cucmImport.sharedWith', { usernames: 'ashok.kumar' }), { exact: true })
      .waitFor();
    await listTable('add').locator('tbody tr').nth(19).waitFor();
    const firstPage = await firstColumn(listTable('add'));
    expect(firstPage).toHaveLength(20);
    importedName = firstPage[0]!;
    expect(kept.some((u) => u.userid === importedName)).toBe(true);
    await stillShot('preview-to-add');
    await previewSection()
      .getByRole('button', { name: t('pager.next'), exact: true })
      .click();
    await expect.poll(async () => (await firstColumn(listTable('add')))[0]).not.toBe(importedName);
    expect((await firstColumn(listTable('add'))).length).toBe(Math.min(20, expectedAdds - 20));

    await tab('conflict', 1).click();
    await listTable('conflict')
      .getByRole('cell', { name: t('source.manual'), exact: true })
      .waitFor();
    expect(await firstColumn(listTable('conflict'))).toEqual(['hans.meier']);
    await tab('problem', 1).click();
    await listTable('problem')
      .getByRole('cell', { name: `${t('field.username')}: ${t('rule.username.format')}`, exact: true })
      .waitFor();
    await stillShot('preview-problems');

    // Changing a filter after the preview: the preview no longer says what Apply would do.
    await sqlField().fill(`${EXAMPLE_FILTER} AND usr_Name LIKE 'a%'`);
    await previewSection().getByText(t('cucmImport.outdated'), { exact: true }).waitFor();
    expect(await button('cucmImport.apply').isDisabled()).toBe(true);
    await sqlField().fill(EXAMPLE_FILTER);
    await expect.poll(() => previewSection().getByText(t('cucmImport.outdated'), { exact: true }).count()).toBe(0);
    expect(await button('cucmImport.apply').isDisabled()).toBe(false);

    await nav('nav.users').click();
    await page.getByLabel(t('users.search'), { exact: true }).fill(importedName);
    await page.getByText(t('users.noMatch.title'), { exact: true }).waitFor();
  });

  it('6. Apply asks first, naming the counts; the result offers Undo; the users are there', async () => {
    await nav('nav.cucmImport').click();
    await importForm().waitFor();
    await button('cucmImport.preview').click();
    await tab('add', expectedAdds).waitFor();
    await button('cucmImport.apply').click();
    const dialog = await openedDialog('cucmImport.confirm.title');
    await dialog.getByText(t('cucmImport.confirm.adds', { count: expectedAdds }), { exact: true }).waitFor();
    await dialog.getByText(t('cucmImport.confirm.deletes', { count: 0 }), { exact: true }).waitFor();
    await stillShot('confirm-apply');
    await button('cucmImport.confirm.apply', dialog).click();
    await dialogsClosed();
    await page.getByText(t('cucmImport.result.title'), { exact: true }).waitFor();
    await button('cucmImport.undo').waitFor();
    await closeNotifications();
    await stillShot('applied');

    await nav('nav.users').click();
    await page.getByLabel(t('users.search'), { exact: true }).fill(importedName);
    await page
      .getByRole('grid', { name: t('users.tableLabel'), exact: true })
      .getByRole('gridcell', { name: importedName, exact: true })
      .waitFor();
  });

  it('7. a resync shows updates and deletions (highlighted before applying); Undo puts the site back', async () => {
    const kept = keptByExampleFilter(server.users as CucmEndUser[]).filter((u) => u.userid !== 'hans.meier' && u.userid !== 'hans meier');
    const gone = kept.slice(1, 4).map((u) => u.userid);
    const moved = kept[0]!;
    server.setUsers(
      (server.users as CucmEndUser[])
        .filter((u) => !gone.includes(u.userid))
        .map((u) => (u.userid === moved.userid ? { ...u, lastName: 'Renamed' } : u)),
    );

    await nav('nav.cucmImport').click();
    await importForm().waitFor();
    // The filters of the last import were kept.
    expect(await sqlField().inputValue()).toBe(EXAMPLE_FILTER);
    await button('cucmImport.preview').click();
    await tab('delete', 3).waitFor();
    await tab('update', 1).click();
    await listTable('update')
      .getByRole('cell', { name: t('cucmImport.change', { field: t('field.lastName'), before: moved.lastName, after: 'Renamed' }), exact: true })
      .waitFor();
    await tab('delete', 3).click();
    // The list's rows are fetched when its tab opens: wait for them before reading them.
    await listTable('delete').getByRole('cell', { name: gone[0], exact: true }).waitFor();
    expect((await firstColumn(listTable('delete'))).sort()).toEqual([...gone].sort());
    await stillShot('resync-deletes');

    await button('cucmImport.apply').click();
    const dialog = await openedDialog('cucmImport.confirm.title');
    await dialog.getByText(t('cucmImport.confirm.deletes', { count: 3 }), { exact: true }).waitFor();
    await stillShot('confirm-deletes');
    await button('cucmImport.confirm.apply', dialog).click();
    await dialogsClosed();
    await page.getByText(t('cucmImport.result.message', { created: 0, updated: 1, deleted: 3, rejected: 1, skipped: 1 }), { exact: true }).waitFor();
    await closeNotifications();

    await button('cucmImport.undo').click();
    const undoDialog = await openedDialog('cucmImport.undo.title');
    await button('cucmImport.undo.confirm', undoDialog).click();
    await dialogsClosed();
    await page.getByText(t('cucmImport.result.undoneTitle'), { exact: true }).waitFor();
    await page.getByText(t('cucmImport.result.undone'), { exact: true }).waitFor();
    await closeNotifications();
    await stillShot('undone');

    await nav('nav.deleted').click();
    await page.getByRole('heading', { level: 2, name: t('deleted.title'), exact: true }).waitFor();
    for (const name of gone) expect(await page.getByRole('gridcell', { name, exact: true }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('8. a busy CUCM (HTTP 503 with Retry-After) is waited out and said so in the progress; the preview then says the read was complete', async () => {
    const users = cucmUsers();
    // A shared line: one user the example filter keeps has ashok.kumar's number (1005 in the demo site).
    keptByExampleFilter(users).find((u) => u.userid !== 'hans.meier' && u.userid !== 'hans meier')!.primaryExtension = '1005';
    server.setUsers(users);
    server.misbehave({ busy: { after: 0, length: 2, kind: '503', retryAfterSeconds: 3 } });
    await nav('nav.cucmImport').click();
    await importForm().waitFor();
    await button('cucmImport.preview').click();
    const waiting = page.getByText(t('cucmImport.progress.waiting.busy', { seconds: 3, users: '0' }), { exact: true });
    await waiting.waitFor();
    await stillShot('busy-retry');
    await previewSection().waitFor({ timeout: 30_000 });
    await previewSection()
      .getByText(upToSeconds('cucmImport.readComplete', { users: server.users.length.toLocaleString('en'), publisher: server.host, count: 1 }))
      .waitFor();
    expect(server.busyAnswers).toBe(2);
    await closeNotifications();
    await stillShot('read-complete');
    server.misbehave({});
  }, 60_000);

  it('9. a threshold out of range is refused at its field; a resync over the threshold asks for the number typed, or disables instead', async () => {
    const percent = () => importForm().getByLabel(t('cucmImport.deletion.percent'), { exact: true });
    const users = () => importForm().getByLabel(t('cucmImport.deletion.users'), { exact: true });
    await percent().fill('150');
    await button('cucmImport.save').click();
    await expect.poll(() => errorAt(percent())).toBe(t('cucmImport.threshold.range'));
    await percent().fill('10');
    await users().fill('5');
    await button('cucmImport.save').click();
    await page.getByText(t('cucmImport.saved'), { exact: true }).waitFor();
    await closeNotifications();

    // CUCM no longer returns any of the support staff imported before.
    server.setUsers((server.users as CucmEndUser[]).filter((u) => u.department !== 'support'));
    await button('cucmImport.previewAgain').click();
    // Every user imported before goes: more than 10 % of them (and more than 5).
    const deletes = expectedAdds;
    const threshold = Math.max(Math.floor(deletes / 10), 5);
    await previewSection()
      .getByText(t('cucmImport.overThreshold', { threshold: String(threshold) }), { exact: true })
      .waitFor();
    await tab('delete', deletes).waitFor();
    await button('cucmImport.apply').click();
    const dialog = page.getByRole('dialog', { name: t('cucmImport.massDelete.title', { count: String(deletes) }), exact: true });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: t('cucmImport.massDelete.delete', { count: String(deletes) }) }).check();
    const typed = dialog.getByLabel(t('cucmImport.massDelete.typeLabel', { count: String(deletes) }), { exact: true });
    await typed.fill(String(deletes - 1));
    const deleteButton = dialog.getByRole('button', { name: t('cucmImport.massDelete.applyDelete', { count: String(deletes) }), exact: true });
    expect(await deleteButton.isDisabled()).toBe(true);
    await typed.fill(String(deletes));
    expect(await deleteButton.isDisabled()).toBe(false);
    await page.waitForTimeout(300);
    await stillShot('mass-deletion-confirm', { scroll: false });

    // Disabling instead: nobody is deleted.
    await dialog.getByRole('radio', { name: t('cucmImport.massDelete.disable', { count: String(deletes) }) }).check();
    await dialog.getByRole('button', { name: t('cucmImport.massDelete.applyDisable', { count: String(deletes) }), exact: true }).click();
    await dialogsClosed();
    await page
      .getByText(t('cucmImport.result.message', { created: 0, updated: deletes, deleted: 0, rejected: 0, skipped: 0 }), { exact: true })
      .waitFor();
    await closeNotifications();
    await stillShot('mass-deletion-disabled');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
