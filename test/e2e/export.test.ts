import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '@shared/channels/import';
import type { RunningApp } from '../support/app-server';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and requests reach main over HTTP). */
const WAIT = 15_000;

const SELECTED = ['ashok.kumar', 'elisabeth.mueller', 'hans.meier'];

interface ListedRow {
  username: string;
  lastName: string;
  firstName: string;
  department: string;
  number: string;
}

describe('export users to CSV and import the file back', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, openedDialog, dialogsClosed, stillShot } = ui;
  let app: RunningApp;
  let page: Page;
  let exported: string;
  let before: ListedRow[];

  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });
  const button = (name: string, scope: Page | Locator = page) => scope.getByRole('button', { name, exact: true });
  const notification = (text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  const dialog = (title: string) => page.getByRole('dialog', { name: title, exact: true });
  const formatSelect = (scope: Locator, label: string) => scope.getByRole('combobox', { name: t(label as Parameters<typeof t>[0]), exact: true });
  const forExcel = (scope: Locator) => scope.getByRole('checkbox', { name: t('export.forExcel.label'), exact: true });
  async function format(scope: Locator) {
    return {
      delimiter: await formatSelect(scope, 'export.delimiter').inputValue(),
      encoding: await formatSelect(scope, 'export.encoding').inputValue(),
      lineEnding: await formatSelect(scope, 'export.lineEnding').inputValue(),
      forExcel: await forExcel(scope).isChecked(),
    };
  }

  async function rows(): Promise<ListedRow[]> {
    return usersTable()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => {
          // The selection checkbox cell comes first, as shown; the username is the second cell.
          const text = (index: number) => (tr as HTMLTableRowElement).cells[index + 1]?.textContent?.trim() ?? '';
          return { username: text(0), lastName: text(1), firstName: text(2), department: text(3), number: text(5) };
        }),
      );
  }

  async function select(usernames: string[]): Promise<void> {
    for (const username of usernames) await page.getByRole('checkbox', { name: t('users.select', { username }), exact: true }).check();
    await bar()
      .getByText(t('bulk.bar.selected', { count: usernames.length }), { exact: true })
      .waitFor();
  }

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    await ui.openDemoSite();
    await usersTable().waitFor({ state: 'visible', timeout: WAIT });
  });

  it('1. the bulk bar’s Export… opens the export dialog for the selection', async () => {
    await expect.poll(async () => (await rows()).length, { timeout: WAIT }).toBe(6);
    before = (await rows()).filter((row) => SELECTED.includes(row.username));
    await select(SELECTED);
    await button(t('bulk.action.export'), bar()).click();
    const exporting = dialog(t('export.title.selection', { count: 3 }));
    await exporting.waitFor();
    expect(await exporting.getByRole('radio', { name: t('export.layout.callisto'), exact: true }).isChecked()).toBe(true);
    // The Roster layout's own format, and no spreadsheet protection: a file the target reads as it is.
    expect(await format(exporting)).toEqual({ delimiter: ',', encoding: 'utf-8', lineEnding: 'crlf', forExcel: false });
    expect(await exporting.getByRole('button', { name: t('export.format.own'), exact: true }).isDisabled()).toBe(true);
    expect(await exporting.getByRole('checkbox', { name: t('export.credentials'), exact: true }).isChecked()).toBe(false);
    await closeNotifications();
    await stillShot('export-dialog');
  });

  it('2. credentials are included only after an explicit confirm; declining writes nothing', async () => {
    const exporting = dialog(t('export.title.selection', { count: 3 }));
    exported = join(app.sitesDir, 'selection.csv');
    await exporting.getByLabel(t('export.path'), { exact: true }).fill(exported);
    await exporting.getByRole('checkbox', { name: t('export.credentials'), exact: true }).check();
    await button(t('export.run'), exporting).click();
    const confirm = await openedDialog('export.confirmCredentials.title');
    await stillShot('export-credentials-confirm');
    await button(t('common.cancel'), confirm).click();
    await expect.poll(() => dialog(t('export.confirmCredentials.title')).count()).toBe(0);
    await expect(readFile(exported)).rejects.toThrow();
  });

  it('3. without credentials the selection is written exactly as stored, with headers the import knows', async () => {
    const exporting = dialog(t('export.title.selection', { count: 3 }));
    await exporting.getByRole('checkbox', { name: t('export.credentials'), exact: true }).uncheck();
    await button(t('export.run'), exporting).click();
    await notification(t('export.done', { count: 3, path: exported })).waitFor();
    await dialogsClosed();
    const text = await readFile(exported, 'utf8');
    expect(text.startsWith('Username,')).toBe(true);
    const [header, ...lines] = text.trimEnd().split('\r\n');
    expect(header!.startsWith('Username,First Name,Last Name,Department,')).toBe(true);
    expect(header!.split(',')).not.toContain('Password');
    expect(header!.split(',')).not.toContain('User PIN');
    expect(lines.map((line) => line.split(',')[0])).toEqual(SELECTED);
    // The mobile number starts with +: written as it is, as Callisto reads it (no apostrophe before it).
    expect(lines.every((line) => line.includes(',+41790000000,'))).toBe(true);
    expect(text).not.toContain("'+41");
  });

  it('4. the exported users are deleted, and the file imported again: the wizard maps every column by itself', async () => {
    await button(t('bulk.action.delete'), bar()).click();
    const confirmDelete = dialog(t('bulk.confirm.deleteTitle', { count: 3 }));
    await confirmDelete.waitFor();
    await button(t('common.delete'), confirmDelete).click();
    await expect.poll(async () => (await rows()).length, { timeout: WAIT }).toBe(3);
    await closeNotifications();

    await nav('nav.import').click();
    const path = page.getByLabel(t('importWizard.file.path'), { exact: true });
    await path.fill(exported);
    await path.press('Enter');
    // Every field but password and PIN, then the account's lock (written for the reader, not read back).
    const mapped = IMPORT_FIELDS.length - 2;
    const columns = mapped + 2;
    await page.getByText(new RegExp(`^selection\\.csv: .*, ${columns} columns$`)).waitFor();
    await page.keyboard.press('Alt+N');
    await page.getByText(t('importWizard.mapping.summary', { mapped, count: columns }), { exact: true }).waitFor();
    await stillShot('reimport-columns');
  });

  it('5. the check finds three new users; the import creates them as they were', async () => {
    await page.keyboard.press('Alt+N');
    await page.getByText(t('importWizard.counts.create', { count: 3 }), { exact: true }).waitFor();
    await button(t('importWizard.import', { count: 3 })).click();
    const summary = page.getByRole('list', { name: t('importWizard.step.summary'), exact: true });
    await summary.getByRole('listitem', { name: `${t('importWizard.summary.created')}: 3`, exact: true }).waitFor();
    await closeNotifications();
    await stillShot('reimport-summary');

    await nav('nav.users').click();
    await usersTable().waitFor();
    await expect.poll(async () => (await rows()).length, { timeout: WAIT }).toBe(6);
    expect((await rows()).filter((row) => SELECTED.includes(row.username))).toEqual(before);
  });

  it('6. Export CSV… exports all users; the XiVO layout switches to XiVO’s own format: pipes, LF, no byte-order mark', async () => {
    await button(t('users.export')).click();
    const exporting = dialog(t('export.title.all'));
    await exporting.waitFor();
    await exporting.getByRole('radio', { name: t('export.layout.xivo'), exact: true }).check();
    expect(await format(exporting)).toEqual({ delimiter: '|', encoding: 'utf-8', lineEnding: 'lf', forExcel: false });
    const xivo = join(app.sitesDir, 'xivo.txt');
    await exporting.getByLabel(t('export.path'), { exact: true }).fill(xivo);
    await button(t('export.run'), exporting).click();
    await notification(t('export.done', { count: 6, path: xivo })).waitFor();
    const text = await readFile(xivo, 'utf8');
    expect(text.startsWith('firstname|')).toBe(true);
    expect(text).not.toContain('\r');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('firstname|lastname|language|username|mobilephonenumber|phonenumber|context|protocol');
    expect(lines).toContain('Elisabeth|Müller|de_DE|elisabeth.mueller|+41790000000|1009|default|sip');
  });

  it('7. for Excel: semicolons, Windows-1252, formula protection; a name Windows-1252 cannot hold is listed in the dialog and nothing is written', async () => {
    // A colleague from the Warsaw office: Ł is not a Windows-1252 character.
    await page.evaluate(async () => {
      const bridge = (window as unknown as { roster: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value: unknown }> } }).roster;
      const list = (await bridge.invoke('users.list', { text: 'ashok' })).value as { rows: { id: number }[] };
      const user = (await bridge.invoke('users.get', { id: list.rows[0]!.id })).value as Record<string, unknown>;
      const draft = { ...user, firstName: 'Łukasz', password: { action: 'keep' }, pin: { action: 'keep' } };
      for (const key of [
        'lockedUntil',
        'lockReason',
        'failedAttempts',
        'passwordSetAt',
        'passwordExpired',
        'pinSetAt',
        'pinExpired',
        'source',
        'createdAt',
        'updatedAt',
        'deletedAt',
      ])
        delete (draft as Record<string, unknown>)[key];
      await bridge.invoke('users.save', { draft });
    });
    await button(t('users.export')).click();
    const exporting = dialog(t('export.title.all'));
    await exporting.waitFor();
    // XiVO's last choice was its own; the Callisto layout comes back with its own too.
    expect(await format(exporting)).toEqual({ delimiter: ',', encoding: 'utf-8', lineEnding: 'crlf', forExcel: false });
    await formatSelect(exporting, 'export.delimiter').selectOption(';');
    await formatSelect(exporting, 'export.encoding').selectOption('windows-1252');
    await forExcel(exporting).check();
    await exporting.getByText(t('export.forExcel.hint'), { exact: true }).waitFor();
    const excel = join(app.sitesDir, 'for-excel.csv');
    await exporting.getByLabel(t('export.path'), { exact: true }).fill(excel);
    await button(t('export.run'), exporting).click();
    const refusal = exporting.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Łukasz Kumar (ashok.kumar): Ł');
    await expect(readFile(excel)).rejects.toThrow();
    await stillShot('export-dialog-windows-1252-refused');

    // UTF-8 with a byte-order mark holds every name: the file is written, for Excel, and the choice remembered.
    await formatSelect(exporting, 'export.encoding').selectOption('utf-8-bom');
    await expect.poll(() => refusal.count()).toBe(0);
    await stillShot('export-dialog-for-excel');
    await button(t('export.run'), exporting).click();
    await notification(t('export.done', { count: 6, path: excel })).waitFor();
    const text = await readFile(excel, 'utf8');
    expect(text.startsWith('\uFEFFUsername;First Name;')).toBe(true);
    expect(text).toContain(";'+41790000000;");
    await dialogsClosed();
    await closeNotifications();

    await button(t('users.export')).click();
    const again = dialog(t('export.title.all'));
    await again.waitFor();
    expect(await format(again)).toEqual({ delimiter: ';', encoding: 'utf-8-bom', lineEnding: 'crlf', forExcel: true });
    await again.getByRole('button', { name: t('export.format.own'), exact: true }).click();
    expect(await format(again)).toEqual({ delimiter: ',', encoding: 'utf-8', lineEnding: 'crlf', forExcel: false });
    await button(t('common.cancel'), again).click();
    await dialogsClosed();
  });
});
