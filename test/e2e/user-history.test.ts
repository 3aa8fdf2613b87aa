import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-server';
import { t, useConsole } from './support/console-session';

const WAIT = { timeout: 15_000 };

/** An HR file that moves hans.meier to another department and gives him a mobile number. */
const PEOPLE = ['username,department,mobile', 'hans.meier,Field sales,+41 79 555 12 34', 'nina.new,Support,'].join('\r\n');

describe("a user's history: every import, bulk change and undo that touched him, in words", () => {
  const ui = useConsole({ timeout: WAIT.timeout });
  const { nav, button, stillShot, closeNotifications } = ui;
  let app: RunningApp;
  let page: Page;

  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const historyTable = () => page.getByRole('table', { name: t('audit.history.tableLabel', { username: 'hans.meier' }), exact: true });
  const auditTable = () => page.getByRole('table', { name: t('audit.tableLabel'), exact: true });

  /** A channel through the page's own session (window.roster, as the screens call it). */
  async function invoke<T>(channel: string, input: unknown): Promise<T> {
    const result = await page.evaluate(
      async ([name, value]) => (window as unknown as { roster: { invoke(c: string, i: unknown): Promise<unknown> } }).roster.invoke(name, value),
      [channel, input] as const,
    );
    const answer = result as { ok: boolean; value?: T; error?: unknown };
    if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer.error)}`);
    return answer.value as T;
  }

  /** Rows of a table as read off the screen: each cell's lines. */
  async function rowsOf(table: ReturnType<Page['getByRole']>): Promise<string[][][]> {
    return table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) =>
        Array.from((row as HTMLTableRowElement).cells).map((cell) =>
          Array.from(cell.querySelectorAll('p, li, time, button'))
            .map((node) => node.textContent?.trim() ?? '')
            .filter(Boolean),
        ),
      ),
    );
  }

  async function atSizes(name: string): Promise<void> {
    await closeNotifications();
    for (const [width, height] of [
      [1440, 900],
      [1280, 800],
    ] as const) {
      await page.setViewportSize({ width, height });
      await stillShot(`${name}-${width}x${height}`);
    }
  }

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    await writeFile(join(app.sitesDir, 'people.csv'), PEOPLE);
    await ui.openDemoSite();
    await usersTable().waitFor(WAIT);
  });

  it('1. an import, a bulk group change, a bulk privilege grant and an undo touch hans.meier', async () => {
    const summary = await invoke<{ record: { updated: number; created: number } }>('import.run', {
      reading: { path: join(app.sitesDir, 'people.csv') },
      mapping: ['username', 'department', 'mobile'],
      duplicates: { match: ['username'], action: 'overwrite' },
    });
    expect(summary.record).toMatchObject({ created: 1, updated: 1 });
    const { rows } = await invoke<{ rows: { id: number; username: string }[] }>('users.list', { text: '', limit: 100 });
    const id = (username: string) => rows.find((row) => row.username === username)!.id;
    const groups = await invoke<{ id: number; name: string }[]>('groups.list', {});
    const management = groups.find((group) => group.name === 'Management')!.id;
    await invoke('bulk.apply', { ids: [id('hans.meier'), id('fred.bloggs')], change: { action: 'addToGroup', groupId: management } });
    const sms = await invoke<{ change: { id: number } }>('bulk.apply', {
      ids: [id('hans.meier'), id('fred.bloggs')],
      change: { action: 'setPrivilege', privilege: 'sms' },
    });
    await invoke('bulk.undo', { id: sms.change.id });
  });

  it('2. the editor of hans.meier has a History tab listing them newest first, before → after in words', async () => {
    await nav('nav.users').click();
    await page.reload();
    await usersTable().getByRole('gridcell', { name: 'hans.meier', exact: true }).click();
    const editor = page.getByRole('form', { name: t('editor.formEdit', { username: 'hans.meier' }), exact: true });
    await editor.waitFor(WAIT);
    await page.getByRole('tab', { name: t('audit.history.details'), exact: true }).waitFor(WAIT);
    await page.getByRole('tab', { name: t('audit.history.tab'), exact: true }).click();
    await historyTable().waitFor(WAIT);
    await expect.poll(async () => (await rowsOf(historyTable())).length, WAIT).toBe(4);
    const rows = await rowsOf(historyTable());
    // Columns: when, who, what (action and operation), changes.
    expect(rows.map((cells) => cells[2])).toEqual([
      [t('audit.action.undo'), 'Bulk change: Granted "Allow SMS sending"'],
      [t('audit.action.update'), 'Bulk change: Granted "Allow SMS sending"'],
      [t('audit.action.update'), 'Bulk change: Added to group "Management"'],
      [t('audit.action.update'), 'Import of “people.csv”'],
    ]);
    expect(rows.map((cells) => cells[3]!.join(' | '))).toEqual([
      'Allow SMS sending: on → off',
      'Allow SMS sending: off → on',
      'Member of group “Management”: no → yes',
      expect.stringMatching(/^Department: .+ → Field sales \| Mobile: .+ → \+41 79 555 12 34$/),
    ]);
    // Words, never JSON or property names.
    const text = await historyTable().innerText();
    expect(text).not.toMatch(/[{}]|privileges\.|"users"/);
    await atSizes('history-tab');
    // Back to the form, which kept its place.
    await page.getByRole('tab', { name: t('audit.history.details'), exact: true }).click();
    await editor.getByLabel(t('field.department'), { exact: true }).waitFor(WAIT);
  });

  it('3. the audit log filtered by hans.meier finds every entry, and one operation shows as a whole', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await nav('nav.audit').click();
    await page.getByRole('heading', { level: 2, name: t('nav.audit'), exact: true }).waitFor(WAIT);
    await page.getByLabel(t('audit.filter.user'), { exact: true }).fill('hans.meier');
    await expect.poll(async () => (await rowsOf(auditTable())).length, WAIT).toBe(4);
    await atSizes('audit-filtered-by-hans');

    await page.setViewportSize({ width: 1440, height: 900 });
    await button(t('audit.filter.clear')).click();
    const showImport = page.getByRole('button', { name: t('audit.operation.showLabel', { operation: 'Import of “people.csv”' }), exact: true });
    await showImport.first().click();
    await page.getByText(t('audit.filter.operation', { operation: 'Import of “people.csv”' }), { exact: true }).waitFor(WAIT);
    // The import's summary and each user it touched.
    await expect
      .poll(async () => (await rowsOf(auditTable())).map((cells) => cells[2]!.join(' ')), WAIT)
      .toEqual([expect.stringContaining('people.csv'), expect.stringContaining('nina.new'), expect.stringContaining('hans.meier')]);
    await atSizes('audit-one-import');
    await button(t('audit.filter.operationClear')).click();
    await page.getByText(t('audit.filter.operation', { operation: 'Import of “people.csv”' }), { exact: true }).waitFor({ state: 'hidden', ...WAIT });
  });
});
