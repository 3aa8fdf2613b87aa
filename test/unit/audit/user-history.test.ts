import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeChange } from '@shared/audit/change-words';
import { originWords } from '@shared/audit/operation-words';
import type { AuditRecord, UserHistoryPage } from '@shared/channels/audit';
import type { BulkResult } from '@shared/channels/bulk';
import type { ImportSummary } from '@shared/channels/import';
import { english, translate } from '@shared/i18n/en';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import { auditFixture } from './audit-fixture';
import type { AuditFixture } from './audit-fixture';

const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(english, key, params);

/** One entry as the History tab reads it: what happened, how, and each change in words. */
const inWords = (record: AuditRecord) => ({
  action: record.action,
  origin: originWords(record, t),
  changes: record.changes.map((change) => describeChange(record, change, { t }).text),
});

let fx: AuditFixture;
beforeEach(async () => {
  fx = await auditFixture();
});
afterEach(() => fx.close());

async function history(username: string): Promise<AuditRecord[]> {
  const rows: AuditRecord[] = [];
  let before: number | null = null;
  do {
    const page: UserHistoryPage = await fx.api.call<UserHistoryPage>('audit.userHistory', { userId: fx.userId(username), before, limit: 2 });
    rows.push(...page.rows);
    before = page.next;
  } while (before !== null);
  return rows;
}

const groupId = async (name: string) => {
  const groups = await fx.api.call<{ id: number; name: string }[]>('groups.list');
  return groups.find((g) => g.name === name)!.id;
};

async function importCsv(name: string, content: string): Promise<ImportSummary> {
  const path = join(fx.api.dir, name);
  writeFileSync(path, content);
  return fx.api.call<ImportSummary>('import.run', {
    reading: { path },
    mapping: ['username', 'department', 'mobile'],
    duplicates: { match: ['username'], action: 'overwrite' },
  });
}

describe("a user's history", () => {
  it('has one entry per import, bulk change and undo that touched the user, newest first, with before and after in words', async () => {
    const csv = await importCsv('people.csv', 'username,department,mobile\r\nhans.meier,Field sales,+41 79 123 45 67\r\nnew.person,Support,\r\n');
    expect(csv.record).toMatchObject({ created: 1, updated: 1 });
    const sms = await fx.api.call<BulkResult>('bulk.apply', {
      ids: [fx.userId('hans.meier'), fx.userId('fred.bloggs')],
      change: { action: 'setPrivilege', privilege: 'sms' },
    });
    const sales = await groupId('Management');
    const joined = await fx.api.call<BulkResult>('bulk.apply', { ids: [fx.userId('hans.meier')], change: { action: 'addToGroup', groupId: sales } });
    await fx.api.call('bulk.undo', { id: joined.change!.id });

    const entries = await history('hans.meier');
    expect(entries.map(inWords)).toEqual([
      { action: 'undo', origin: 'Bulk change: Added to group "Management"', changes: ['Member of group “Management”: yes → no'] },
      { action: 'update', origin: 'Bulk change: Added to group "Management"', changes: ['Member of group “Management”: no → yes'] },
      { action: 'update', origin: 'Bulk change: Granted "Allow SMS sending"', changes: ['Allow SMS sending: off → on'] },
      {
        action: 'update',
        origin: 'Import of “people.csv”',
        changes: [expect.stringMatching(/^Department: .* → Field sales$/), expect.stringMatching(/^Mobile: .* → \+41 79 123 45 67$/)],
      },
    ]);
    expect(entries[2]).toMatchObject({ bulkChangeId: sms.change!.id, entityLabel: 'hans.meier' });
    expect(entries[3]).toMatchObject({ importId: csv.record.id, operation: { kind: 'import', source: 'csv', label: 'people.csv' } });

    // The created user's entry lists what the import gave beyond the default values.
    const [created] = await history('new.person');
    expect(inWords(created!)).toEqual({
      action: 'create',
      origin: 'Import of “people.csv”',
      changes: ['Username: new.person', 'Department: Support'],
    });

    // The audit log filtered by the username finds each of them; the operation's id shows it as one.
    expect((await fx.entries({ user: 'hans.meier' })).map((e) => e.id)).toEqual(entries.map((e) => e.id));
    const whole = await fx.entries({ bulkChangeId: sms.change!.id });
    expect(whole.map((e) => [e.entity, e.entityLabel, e.action])).toEqual([
      ['site', expect.any(String), 'bulk.setPrivilege'],
      ['user', 'hans.meier', 'update'],
      ['user', 'fred.bloggs', 'update'],
    ]);
  });

  it('records an undone import per user: values back, and the created users removed', async () => {
    const csv = await importCsv('people.csv', 'username,department,mobile\r\nhans.meier,Field sales,\r\nnew.person,Support,\r\n');
    const newId = fx.userId('new.person');
    await fx.api.call('import.undo', { id: csv.record.id });
    const [undone] = await history('hans.meier');
    expect(inWords(undone!)).toEqual({
      action: 'undo',
      origin: 'Import of “people.csv”',
      changes: [expect.stringMatching(/^Department: Field sales → /), expect.stringMatching(/^Mobile: \(empty\) → /)],
    });
    const removed = (await fx.entries({ importId: csv.record.id })).find((e) => e.entityId === newId && e.action === 'undoCreate');
    expect(removed).toMatchObject({ entityLabel: 'new.person', changes: [] });
  });

  it('records "expire all now" as a bulk change with an entry per user, and its undo', async () => {
    const draft = await fx.draftOf('hans.meier');
    await fx.api.call('users.save', { draft: { ...draft, password: { action: 'set', value: 'Str0ng!pass', confirmation: 'Str0ng!pass' } } });
    await fx.api.call('security.save', { settings: { ...DEFAULT_SECURITY_SETTINGS, passwordExpiryDays: 90, pinExpiryDays: 90 } });
    expect(await fx.api.call('security.expireAll', { secret: 'password' })).toEqual({ count: 1 });

    const [expired] = await history('hans.meier');
    expect(inWords(expired!)).toEqual({
      action: 'expirePassword',
      origin: '“Expire all passwords now”',
      changes: ['Password expired: not expired → expired'],
    });
    const summary = (await fx.entries({ bulkChangeId: expired!.bulkChangeId })).find((e) => e.entity === 'settings')!;
    expect(summary.changes.map((c) => describeChange(summary, c, { t }).text)).toEqual(['Users changed: 1']);

    // Undone from Recent bulk changes like any other.
    await fx.api.call('bulk.undo', { id: expired!.bulkChangeId });
    const [undone] = await history('hans.meier');
    expect(inWords(undone!)).toMatchObject({ action: 'undo', changes: ['Password expired: expired → not expired'] });
    expect((await fx.api.call<{ passwordExpired: boolean }>('users.get', { id: fx.userId('hans.meier') })).passwordExpired).toBe(false);
  });

  it('records a bulk delete and its undo as a delete and a restore', async () => {
    const deleted = await fx.api.call<BulkResult>('bulk.apply', { ids: [fx.userId('hans.meier')], change: { action: 'delete' } });
    await fx.api.call('bulk.undo', { id: deleted.change!.id });
    expect((await history('hans.meier')).map((e) => [e.action, e.changes.length])).toEqual([
      ['restore', 0],
      ['delete', 0],
    ]);
  });

  it('pages by the id the previous page ended at', async () => {
    const change = { action: 'addToGroup', groupId: await groupId('Management') };
    const joined = await fx.api.call<BulkResult>('bulk.apply', { ids: [fx.userId('hans.meier')], change });
    await fx.api.call('bulk.undo', { id: joined.change!.id });
    await fx.api.call('bulk.apply', { ids: [fx.userId('hans.meier')], change });
    const first = await fx.api.call<UserHistoryPage>('audit.userHistory', { userId: fx.userId('hans.meier'), limit: 2 });
    expect(first.rows).toHaveLength(2);
    expect(first.next).toBe(first.rows[1]!.id);
    const second = await fx.api.call<UserHistoryPage>('audit.userHistory', { userId: fx.userId('hans.meier'), before: first.next, limit: 2 });
    expect(second.rows.every((row) => row.id < first.next!)).toBe(true);
    expect(second.total).toBe(first.total);
    expect((await fx.refusal('audit.userHistory', { userId: 0 })).code).toBe('VALIDATION');
    expect((await fx.refusal('audit.userHistory', { userId: 1, limit: 1000 })).code).toBe('VALIDATION');
  });
});

describe('list preferences', () => {
  it('saves column widths and order without an audit entry; a saved view is recorded', async () => {
    const settings = await fx.api.call<{ columns: string[]; widths: object; views: object[] }>('userList.settings');
    const before = fx.rawRows().length;
    await fx.api.call('userList.saveSettings', { settings: { ...settings, widths: { username: 240, department: 180 } } });
    await fx.api.call('userList.saveSettings', {
      settings: { ...settings, columns: ['username', 'department', 'lastName'], widths: { username: 240 } },
    });
    expect((await fx.api.call<{ widths: object }>('userList.settings')).widths).toEqual({ username: 240 });
    expect(fx.rawRows()).toHaveLength(before);

    await fx.api.call('userList.saveSettings', {
      settings: { ...settings, views: [{ name: 'Sales', text: 'department:sales', sort: { column: 'username', direction: 'asc' } }] },
    });
    const [entry] = await fx.entries({ entity: 'settings' });
    expect(entry!.changes.map((c) => describeChange(entry!, c, { t }).text)).toEqual(['Views: (none) → Sales']);
  });
});
