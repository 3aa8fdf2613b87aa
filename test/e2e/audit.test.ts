import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import { shot } from '../support/screenshots';
import { t, useConsole } from './support/console-session';

const WAIT = { timeout: 10_000 };
/** A PIN whose digits appear nowhere else on the audit screen's first page (no time, number or count holds 9731). */
const PIN = '97315';

describe('audit log: changes made in the demo site appear, filter and export', () => {
  const ui = useConsole({ timeout: WAIT.timeout });
  const { button, nav, pickOption, closeNotifications, openDemoSite } = ui;
  let page: Page;

  const alert = (text: string) => page.getByRole('alert').filter({ hasText: text }).first();
  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const auditTable = () => page.getByRole('table', { name: t('audit.tableLabel'), exact: true });
  const dialog = (title: string) => page.getByRole('dialog', { name: title, exact: true });

  async function snap(name: string) {
    await closeNotifications();
    await shot(page, name);
  }

  interface AuditRow {
    what: string;
    action: string;
    changes: string[];
  }

  /** The audit table as read off the screen: entity + label, action, and each change line. */
  async function auditRows(): Promise<AuditRow[]> {
    if ((await auditTable().count()) === 0) return [];
    return auditTable()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const cells = Array.from((row as HTMLTableRowElement).cells);
          return {
            what: Array.from(cells[2]!.querySelectorAll('p'))
              .map((p) => p.textContent?.trim() ?? '')
              .join(' '),
            action: cells[3]!.textContent?.trim() ?? '',
            changes: Array.from(cells[4]!.querySelectorAll('li')).map((li) => li.textContent?.trim() ?? ''),
          };
        }),
      );
  }

  async function openAudit() {
    await nav('nav.audit').click();
    await page.getByRole('heading', { level: 2, name: t('nav.audit'), exact: true }).waitFor(WAIT);
  }

  beforeAll(async () => {
    ({ page } = await ui.open());
  });

  it('1. a new demo site has an empty audit log that says what will appear', async () => {
    await openDemoSite();
    await usersTable().waitFor(WAIT);
    await openAudit();
    await page.getByText(t('audit.empty.title'), { exact: true }).waitFor(WAIT);
    await page.getByText(t('audit.empty.message'), { exact: true }).waitFor(WAIT);
    expect(await button(t('audit.export')).isDisabled()).toBe(true);
    await snap('empty-log');
  });

  it('2. edits a department, sets a PIN, creates a group and changes a default', async () => {
    // A user's department and PIN, in one save.
    await nav('nav.users').click();
    await usersTable().getByRole('gridcell', { name: 'hans.meier', exact: true }).click();
    const editor = page.getByRole('form', { name: t('editor.formEdit', { username: 'hans.meier' }), exact: true });
    await editor.waitFor(WAIT);
    await editor.getByLabel(t('field.department'), { exact: true }).fill('Field sales');
    // hans.meier has no PIN yet: the PIN input is offered at once.
    await editor.getByLabel(t('field.pin'), { exact: true }).fill(PIN);
    await editor.getByLabel(t('field.pinConfirm'), { exact: true }).fill(PIN);
    await snap('editor-department-and-pin');
    await button(t('editor.save'), editor).click();
    await alert(t('editor.saved', { username: 'hans.meier' })).waitFor(WAIT);
    await usersTable().waitFor(WAIT);

    // A group.
    await nav('nav.groups').click();
    await button(t('groups.create')).click();
    const modal = dialog(t('groups.modal.new'));
    await modal.waitFor(WAIT);
    await modal.getByLabel(t('groups.field.name'), { exact: true }).fill('Night owls');
    await button(t('common.save'), modal).click();
    await modal.waitFor({ state: 'hidden', ...WAIT });

    // A default value.
    await nav('nav.defaults').click();
    const defaults = page.getByRole('form', { name: t('defaults.title'), exact: true });
    await defaults.waitFor(WAIT);
    await pickOption(defaults.getByRole('combobox', { name: t('field.language'), exact: true }), t('language.fr'));
    await button(t('defaults.save'), defaults).click();
    await alert(t('defaults.saved')).waitFor(WAIT);
    await snap('default-language-changed');
  });

  it('3. the audit log lists the changes newest first, with before → after and "PIN changed" but no PIN', async () => {
    await openAudit();
    await expect.poll(async () => (await auditRows()).length, WAIT).toBe(3);
    const rows = await auditRows();
    expect(rows.map((row) => [row.what, row.action])).toEqual([
      [t('audit.entity.defaults'), t('audit.action.update')],
      [`${t('audit.entity.group')} Night owls`, t('audit.action.create')],
      [`${t('audit.entity.user')} hans.meier`, t('audit.action.update')],
    ]);
    expect(rows[0]!.changes).toEqual([t('audit.change', { field: t('field.language'), before: t('language.en'), after: t('language.fr') })]);
    expect(rows[1]!.changes).toEqual([t('audit.change.created', { field: t('groups.field.name'), after: 'Night owls' })]);
    expect(rows[2]!.changes).toEqual([
      t('audit.change', { field: t('field.department'), before: 'Support', after: 'Field sales' }),
      t('audit.change.secretSet', { field: t('field.pin') }),
    ]);
    // The PIN is nowhere on the page, not even as part of something else.
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(PIN);
    expect(text).not.toContain(PIN.slice(0, 4));
    await snap('entries-newest-first');
  });

  it('4. filters by user and by entity, and clears the filters', async () => {
    const user = page.getByLabel(t('audit.filter.user'), { exact: true });
    await user.fill('hans');
    await expect.poll(async () => (await auditRows()).map((row) => row.what), WAIT).toEqual([`${t('audit.entity.user')} hans.meier`]);
    await snap('filtered-by-user-hans');

    await user.fill('nobody');
    await page.getByText(t('audit.noMatch.title'), { exact: true }).waitFor(WAIT);
    await snap('filtered-no-match');
    await user.fill('');

    await pickOption(page.getByRole('combobox', { name: t('audit.filter.entity'), exact: true }), t('audit.entity.group'));
    await expect.poll(async () => (await auditRows()).map((row) => row.what), WAIT).toEqual([`${t('audit.entity.group')} Night owls`]);
    await snap('filtered-by-entity-group');

    // A date range ending before today matches nothing; one including today matches all.
    await button(t('audit.filter.clear')).click();
    await expect.poll(async () => (await auditRows()).length, WAIT).toBe(3);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await page.getByLabel(t('audit.filter.from'), { exact: true }).fill(today);
    await page.getByLabel(t('audit.filter.to'), { exact: true }).fill(today);
    await expect.poll(async () => (await auditRows()).length, WAIT).toBe(3);
    await page.getByLabel(t('audit.filter.from'), { exact: true }).fill('2001-01-01');
    await page.getByLabel(t('audit.filter.to'), { exact: true }).fill('2001-01-31');
    await page.getByText(t('audit.noMatch.title'), { exact: true }).waitFor(WAIT);
    await snap('filtered-by-dates-before-any-change');
    await button(t('audit.filter.clear')).click();
    await expect.poll(async () => (await auditRows()).length, WAIT).toBe(3);
  });

  it('5. exports the log as CSV through a download', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', WAIT), button(t('audit.export')).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      ['when', 'who', 'entity', 'entityId', 'label', 'action', 'operation', 'field', 'before', 'after']
        .map((k) => t(`audit.csv.${k}` as MessageKey))
        .join(','),
    );
    // Fields by their labels and values in words, as on the screen.
    const body = lines.slice(1).map((line) => line.split(',').slice(2));
    expect(body).toEqual([
      ['defaults', '', '', 'update', '', t('field.language'), t('language.en'), t('language.fr')],
      ['group', expect.stringMatching(/^\d+$/), 'Night owls', 'create', '', t('groups.field.name'), '', 'Night owls'],
      ['user', expect.stringMatching(/^\d+$/), 'hans.meier', 'update', '', t('field.department'), 'Support', 'Field sales'],
      ['user', expect.stringMatching(/^\d+$/), 'hans.meier', 'update', '', t('field.pin'), '', t('audit.value.secretSet')],
    ]);
    expect(csv).not.toContain(PIN);
    const done = alert(t('audit.exported', { count: 4, fileName: download.suggestedFilename() }));
    await done.waitFor(WAIT);
    // The picture shows the confirmation once it has finished sliding in.
    await expect
      .poll(() => done.evaluate((element) => element.closest('.mantine-Notification-root')!.getAnimations({ subtree: true }).length), WAIT)
      .toBe(0);
    await shot(page, 'csv-exported');
  });
});
