import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '@shared/channels/audit';
import { auditCsv, localTimestamp, neutralise } from '../../../electron/services/audit/audit-csv';
import { auditFixture } from './audit-fixture';
import type { AuditFixture } from './audit-fixture';

const entry = (changes: AuditRecord['changes'], over: Partial<AuditRecord> = {}): AuditRecord => ({
  id: 1,
  at: '2025-03-31T10:00:00.000Z',
  actor: 'admin',
  entity: 'user',
  entityId: 7,
  entityLabel: 'anna.berg',
  action: 'update',
  changes,
  importId: null,
  bulkChangeId: null,
  operation: null,
  ...over,
});

/** The CSV's lines without the byte-order mark and the final line end. */
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n');

describe('the audit CSV', () => {
  it('starts with a UTF-8 byte-order mark and the header row', () => {
    const { csv, rows } = auditCsv([]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)).toEqual(['When,Who,Entity,Entity ID,Label,Action,Operation,Field,Before,After']);
    expect(rows).toBe(0);
  });

  it('writes one row per changed field, by its label, with values in words (never JSON)', () => {
    const { csv, rows } = auditCsv([
      entry([
        { field: 'department', before: 'Sales', after: 'Field sales, North' },
        { field: 'vip', before: 2, after: 5 },
        { field: 'aliases', before: [], after: ['anna', 'ab'] },
        { field: 'privileges.sms', before: false, after: true },
        { field: 'internalContacts', before: null, after: 'Management' },
        { field: 'lastName', before: 'Müller "Mü"', after: 'Müller' },
      ]),
    ]);
    expect(rows).toBe(6);
    const when = localTimestamp('2025-03-31T10:00:00.000Z');
    expect(lines(csv).slice(1)).toEqual([
      `${when},admin,user,7,anna.berg,update,,Department,Sales,"Field sales, North"`,
      `${when},admin,user,7,anna.berg,update,,VIP status,2 of 5 stars,5 of 5 stars`,
      `${when},admin,user,7,anna.berg,update,,Aliases,(none),"anna, ab"`,
      `${when},admin,user,7,anna.berg,update,,Allow SMS sending,off,on`,
      `${when},admin,user,7,anna.berg,update,,Internal contacts,(none),Management`,
      `${when},admin,user,7,anna.berg,update,,Last name,"Müller ""Mü""",Müller`,
    ]);
  });

  it('shows secret changes as "set" or "cleared", a change without fields as one row, and the operation by name', () => {
    const { csv } = auditCsv([
      entry([
        { field: 'pin', secret: true },
        { field: 'password', secret: true, cleared: true },
      ]),
      entry([], { action: 'delete', id: 2 }),
      entry([{ field: 'passwordExpired', before: false, after: true }], {
        action: 'expirePassword',
        bulkChangeId: 4,
        operation: { kind: 'bulkChange', id: 4, action: 'expirePassword', groupName: null, privilege: null, expireAll: true },
      }),
    ]);
    const body = lines(csv)
      .slice(1)
      .map((line) => line.split(',').slice(5));
    expect(body).toEqual([
      ['update', '', 'PIN', '', 'set'],
      ['update', '', 'Password', '', 'cleared'],
      ['delete', '', '', '', ''],
      ['expirePassword', '“Expire all passwords now”', 'Password expired', 'not expired', 'expired'],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
  ])('neutralises %j so no spreadsheet runs it', (value, cell) => {
    const { csv } = auditCsv([entry([{ field: 'department', before: 'Sales', after: value }])]);
    expect(lines(csv)[1]!.endsWith(`,Department,Sales,${cell}`)).toBe(true);
  });

  it('neutralises labels and numbers too (a negative number rendered as JSON)', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('Sales')).toBe('Sales');
    const { csv } = auditCsv([entry([{ field: 'failedAttempts', before: -2, after: 1 }], { entityLabel: '@admin' })]);
    expect(lines(csv)[1]).toContain(",'@admin,update,,Failed sign-in attempts,'-2,1");
  });

  it('writes times in local time with the offset, naming the same instant', () => {
    const text = localTimestamp('2025-03-31T10:00:00.000Z');
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(new Date(text).toISOString()).toBe('2025-03-31T10:00:00.000Z');
  });
});

describe('audit.exportCsv through the contract', () => {
  let f: AuditFixture;
  beforeEach(async () => {
    f = await auditFixture();
  });
  afterEach(() => f.close());

  it('exports the entries matching the filter, newest first', async () => {
    const draft = await f.draftOf('hans.meier');
    await f.api.call('users.save', { draft: { ...draft, department: '=HYPERLINK("x")' } });
    await f.api.call('groups.save', { draft: { id: null, name: 'Night owls', description: '' } });
    const groups = await f.api.call<{ id: number; name: string }[]>('groups.list');
    const owls = groups.find((g) => g.name === 'Night owls')!.id;
    const all = await f.api.call<{ csv: string; rows: number; fileName: string }>('audit.exportCsv', { filter: {} });
    expect(all.fileName).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(
      lines(all.csv)
        .slice(1)
        .map((l) => l.split(',').slice(2, 8).join(',')),
    ).toEqual([`group,${owls},Night owls,create,,Name`, `user,${f.userId('hans.meier')},hans.meier,update,,Department`]);
    expect(all.csv).toContain(`,Support,"'=HYPERLINK(""x"")"`);
    const users = await f.api.call<{ csv: string; rows: number }>('audit.exportCsv', { filter: { entity: 'user' } });
    expect(users.rows).toBe(1);
  });
});
