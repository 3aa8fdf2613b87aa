import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditFilterSchema } from '@shared/channels/audit';
import type { AuditFilterInput } from '@shared/channels/audit';
import { recordChange } from '../../../electron/services/audit/audit-log';
import type { AuditEntry } from '../../../electron/services/audit/audit-log';
import { listAudit } from '../../../electron/services/audit/audit-query';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { makeTempDir } from '../../support/temp-dir';
import { createHarness } from '../../support/contract-harness';
import { demoSite } from '../services/site-fixtures';

let dir: ReturnType<typeof makeTempDir>;
let site: OpenSite;
beforeEach(async () => {
  dir = makeTempDir();
  site = await demoSite(dir.path);
});
afterEach(() => {
  site.close();
  dir.remove();
});

/** A local time, as the administrator reads it on the screen. */
const local = (y: number, m: number, d: number, h = 12, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms).toISOString();

function record(at: string, entry: Partial<AuditEntry>) {
  recordChange(site.db, { entity: 'user', entityId: 1, entityLabel: 'ashok.kumar', action: 'update', changes: [], ...entry }, at);
}

const labels = (filter: AuditFilterInput, offset = 0, limit = 100) =>
  listAudit(site.db, auditFilterSchema.parse(filter), offset, limit).rows.map((r) => r.entityLabel);

describe('listing the audit log', () => {
  beforeEach(() => {
    record(local(2025, 3, 30, 23, 59, 59, 999), { entityLabel: 'before-start' });
    record(local(2025, 3, 31, 0, 0, 0, 0), { entityLabel: 'first-instant', entityId: 2 });
    record(local(2025, 3, 31, 23, 59, 59, 999), { entityLabel: 'last-instant', entityId: 3 });
    record(local(2025, 4, 1, 0, 0, 0, 0), { entityLabel: 'after-end', entityId: 4 });
    record(local(2025, 4, 2), {
      entity: 'group',
      entityId: 1,
      entityLabel: 'Management',
      changes: [{ field: 'description', before: 'Board', after: 'Board and heads' }],
    });
    record(local(2025, 4, 3), { entity: 'defaults', entityId: null, entityLabel: '', changes: [{ field: 'language', before: 'en', after: 'fr' }] });
    record(local(2025, 4, 4), {
      entityLabel: 'hans.meier',
      entityId: 6,
      changes: [{ field: 'department', before: 'Support', after: 'Field sales' }],
    });
  });

  it('lists newest first with the total count', () => {
    const result = listAudit(site.db, auditFilterSchema.parse({}), 0, 100);
    expect(result.total).toBe(7);
    expect(result.rows.map((r) => r.entityLabel)).toEqual([
      'hans.meier',
      '',
      'Management',
      'after-end',
      'last-instant',
      'first-instant',
      'before-start',
    ]);
  });

  it('pages with offset and limit, keeping the total of all matches', () => {
    const page = listAudit(site.db, auditFilterSchema.parse({}), 2, 3);
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.entityLabel)).toEqual(['Management', 'after-end', 'last-instant']);
    expect(labels({}, 6, 3)).toEqual(['before-start']);
    expect(labels({}, 7, 3)).toEqual([]);
  });

  it('filters by entity', () => {
    expect(labels({ entity: 'group' })).toEqual(['Management']);
    expect(labels({ entity: 'defaults' })).toEqual(['']);
    expect(labels({ entity: 'pool' })).toEqual([]);
  });

  it('filters by user: by id, or by text in the username (ignoring case); other entities never match', () => {
    expect(labels({ userId: 6 })).toEqual(['hans.meier']);
    expect(labels({ user: 'HANS' })).toEqual(['hans.meier']);
    expect(labels({ user: 'instant' })).toEqual(['last-instant', 'first-instant']);
    expect(labels({ user: 'Management' })).toEqual([]);
  });

  it('filters by local dates with both ends included', () => {
    expect(labels({ from: '2025-03-31', to: '2025-03-31' })).toEqual(['last-instant', 'first-instant']);
    expect(labels({ from: '2025-04-01' })).toEqual(['hans.meier', '', 'Management', 'after-end']);
    expect(labels({ to: '2025-03-30' })).toEqual(['before-start']);
  });

  it('finds free text in the label, a field name or a value, and combines filters', () => {
    expect(labels({ text: 'field sales' })).toEqual(['hans.meier']);
    expect(labels({ text: 'language' })).toEqual(['']);
    expect(labels({ text: 'board and' })).toEqual(['Management']);
    expect(labels({ text: 'sales', entity: 'group' })).toEqual([]);
  });

  it('takes text with SQL and LIKE characters as plain text', () => {
    record(local(2025, 4, 5), { entityLabel: "o'brien_%", entityId: 9 });
    expect(labels({ user: "'brien_%" })).toEqual(["o'brien_%"]);
    expect(labels({ user: '_' })).toEqual(["o'brien_%"]);
  });
});

describe('audit filter validation through the contract', () => {
  it.each([
    ['not a date', { from: '31.03.2025' }, ['filter', 'from'], 'rule.audit.date'],
    ['a day that does not exist', { to: '2025-02-30' }, ['filter', 'to'], 'rule.audit.date'],
    ['an end before the start', { from: '2025-04-02', to: '2025-04-01' }, ['filter', 'to'], 'rule.audit.dateOrder'],
  ])('refuses %s at the field', async (_name, filter, path, message) => {
    const api = createHarness(dir.path);
    const result = await api.dispatch('audit.list', { filter });
    api.shutdown();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toContainEqual(expect.objectContaining({ path, message }));
  });

  it('refuses listing with no site open', async () => {
    const api = createHarness(dir.path);
    const result = await api.dispatch('audit.list', {});
    api.shutdown();
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_SITE' } });
  });
});
