import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BulkProgress, BulkResult } from '@shared/channels/bulk';
import type { SiteInfo } from '@shared/domain';
import { largeDemoSite } from '../../../resources/demo/large-demo';
import { applyBulkChange } from '../../../electron/services/bulk/apply-bulk-change';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { fillSite } from '../../../electron/services/site/site-content';
import { createHarness } from '../../support/contract-harness';
import { useTempDirs } from '../../support/temp-dir';
import { count, differences, usersState } from './bulk-fixtures';

const tempDir = useTempDirs();

describe('a bulk change on 10,000 users', () => {
  async function largeSite(users: number): Promise<OpenSite> {
    const site = await OpenSite.create(join(tempDir(), 'large.roster'), 'Large', new MemoryKeyStore());
    fillSite(site, largeDemoSite(users));
    return site;
  }

  it('is one transaction: a failure at the last user leaves all 10,000 as they were, with nothing recorded', async () => {
    const site = await largeSite(10_000);
    try {
      const ids = site.db.prepare('SELECT id FROM users WHERE enabled = 1 ORDER BY id').pluck().all() as number[];
      expect(ids.length).toBeGreaterThan(9000);
      const before = usersState(site);
      // The last chunk fails after the earlier chunks have been written: everything must roll back.
      site.db.exec(
        `CREATE TEMP TRIGGER refuse_last BEFORE UPDATE OF enabled ON users WHEN new.id = ${ids.at(-1)} BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      );
      expect(() => applyBulkChange(site, ids, { action: 'disable' })).toThrow('refused');
      expect(differences(before, usersState(site))).toEqual({});
      expect(count(site, 'SELECT count(*) FROM bulk_changes')).toBe(0);
      expect(count(site, 'SELECT count(*) FROM bulk_change_rows')).toBe(0);
      expect(count(site, 'SELECT count(*) FROM audit_log')).toBe(0);
    } finally {
      site.close();
    }
  }, 60_000);

  it('changes them all with progress reports, records each for undo and in its own history, and writes ONE summary', async () => {
    const site = await largeSite(10_000);
    try {
      const ids = site.db.prepare('SELECT id FROM users ORDER BY id').pluck().all() as number[];
      const withoutSms = count(site, 'SELECT count(*) FROM users WHERE sms = 0');
      const progress: BulkProgress[] = [];
      const result = applyBulkChange(site, ids, { action: 'setPrivilege', privilege: 'sms' }, (p) => progress.push(p));
      expect(result.change!.userCount).toBe(withoutSms);
      expect(count(site, 'SELECT count(*) FROM users WHERE sms = 0')).toBe(0);
      expect(count(site, 'SELECT count(*) FROM bulk_change_rows')).toBe(withoutSms);
      expect(count(site, "SELECT count(*) FROM audit_log WHERE entity = 'site'")).toBe(1);
      expect(count(site, "SELECT count(*) FROM audit_log WHERE entity = 'user' AND bulk_change_id = ?", result.change!.id)).toBe(withoutSms);
      expect(progress.map((p) => p.done)).toEqual([5000, 10_000]);
      expect(progress.every((p) => p.total === 10_000)).toBe(true);
    } finally {
      site.close();
    }
  }, 60_000);
});

describe('bulk channels through the contract', () => {
  it('refuse a change without its parameter at the field, and an unknown group with a message; apply and undo announce the site', async () => {
    const dir = tempDir();
    const api = createHarness(dir);
    try {
      await api.call<SiteInfo>('site.create', { path: join(dir, 'demo.roster'), name: 'Demo', demo: true });
      const missing = await api.refusal('bulk.apply', { ids: [1], change: { action: 'addToGroup' } });
      expect(missing.code).toBe('VALIDATION');
      expect(missing.issues).toEqual([expect.objectContaining({ path: ['change', 'groupId'], message: 'rule.bulk.group.required' })]);
      const unknown = await api.refusal('bulk.apply', { ids: [1], change: { action: 'addToGroup', groupId: 999 } });
      expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'bulk.error.unknownGroup' });
      expect((await api.refusal('bulk.apply', { ids: [], change: { action: 'enable' } })).issues?.[0]?.message).toBe('rule.bulk.selection.empty');
      // A caller that is not our page: ids that are not user ids, or not a list, are refused before anything runs.
      for (const ids of [[1, '2'], [1, 0], [1.5], [-3], [Number.MAX_SAFE_INTEGER + 2], 'all', { 0: 1, length: 1 }, null]) {
        expect((await api.refusal('bulk.apply', { ids, change: { action: 'enable' } })).code).toBe('VALIDATION');
      }

      const announcedBefore = api.events.filter((e) => e.event === 'site.changed').length;
      const applied = await api.call<BulkResult>('bulk.apply', { ids: [1, 2], change: { action: 'delete' } });
      expect(applied.change!.userCount).toBe(2);
      const listed = await api.call<{ total: number }>('users.list', {});
      expect(listed.total).toBe(4);
      await api.call('bulk.undo', { id: applied.change!.id });
      expect((await api.call<{ total: number }>('users.list', {})).total).toBe(6);
      expect(api.events.filter((e) => e.event === 'site.changed').length).toBe(announcedBefore + 2);
      expect(await api.refusal('bulk.undo', { id: applied.change!.id })).toMatchObject({ code: 'CONFLICT', message: 'bulk.undo.already' });
      // Small selections report no progress (the renderer shows none for them).
      expect(api.events.some((e) => e.event === 'bulk.progress')).toBe(false);
    } finally {
      api.shutdown();
    }
  });
});
