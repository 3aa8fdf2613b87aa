import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BulkProgress } from '@shared/channels/bulk';
import type { SiteInfo } from '@shared/domain';
import { RosterError } from '@shared/result';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import type { CucmPreview } from '../../../electron/services/cucm/cucm-import-preview';
import { ImportJobs } from '../../../electron/services/importing/import-jobs';
import { SiteJobs } from '../../../electron/services/jobs/site-jobs';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { tempHarness } from '../../support/contract-harness';
import type { TempHarness } from '../../support/contract-harness';

// The heavy operations' cancel, through the contract (bulk.cancel, the progress window's Cancel button):
// the site is exactly as before. A large demo site (created in the worker, with progress) puts them in
// the worker; a CUCM apply is refused while one of them runs.

/** Above SiteJobs' inline limit, so each operation runs in the worker. */
const USERS = 3_000;
const open: TempHarness[] = [];

afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function demoSite(): Promise<TempHarness & { sitePath: string }> {
  const api = tempHarness();
  open.push(api);
  const sitePath = join(api.dir, 'demo.roster');
  await api.call<SiteInfo>('site.create', { path: sitePath, name: 'ignored', demo: true, demoSize: USERS });
  return { ...api, sitePath };
}

/** Everything a bulk change, an undo or "expire all" writes: the users, their lists, the records, the log. */
function siteState(sitePath: string): string {
  const db = new Database(sitePath, { readonly: true, fileMustExist: true });
  try {
    const tables = ['users', 'group_members', 'secrets', 'bulk_changes', 'bulk_change_rows', 'audit_log', 'imports', 'import_rows'];
    // Sorted here: some of these tables have no rowid.
    return JSON.stringify(tables.map((table) => (db.prepare(`SELECT * FROM ${table}`).all() as object[]).map((row) => JSON.stringify(row)).sort()));
  } finally {
    db.close();
  }
}

function userIds(sitePath: string): number[] {
  const db = new Database(sitePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id FROM users ORDER BY id').pluck().all() as number[];
  } finally {
    db.close();
  }
}

/** Cancels through the contract as soon as the operation runs in its worker. */
async function cancelWhenRunning(api: TempHarness): Promise<void> {
  while (!(await api.call<{ cancelled: boolean }>('bulk.cancel')).cancelled) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('cancelling a heavy operation', () => {
  it('creates the large demo in the worker with progress', async () => {
    const api = await demoSite();
    const progress = api.events.filter((e) => e.event === 'bulk.progress').map((e) => e.payload as BulkProgress);
    expect(progress[0]).toEqual({ done: 0, total: USERS });
    expect(progress.at(-1)!.done).toBeGreaterThan(0);
    expect((await api.call<{ total: number }>('users.list', { limit: 1 })).total).toBe(USERS);
  });

  it('a cancelled bulk change, and a cancelled undo, leave the site exactly as before', async () => {
    const api = await demoSite();
    const all = userIds(api.sitePath);
    const before = siteState(api.sitePath);

    const applying = api.dispatch('bulk.apply', { ids: all, change: { action: 'setPrivilege', privilege: 'sms' } });
    await cancelWhenRunning(api);
    expect(await applying).toEqual({ ok: false, error: expect.objectContaining({ code: 'CANCELLED' }) });
    expect(siteState(api.sitePath)).toBe(before);
    expect(await api.call('bulk.cancel')).toEqual({ cancelled: false });

    const applied = await api.call<{ change: { id: number } }>('bulk.apply', { ids: all, change: { action: 'disable' } });
    const after = siteState(api.sitePath);
    const undoing = api.dispatch('bulk.undo', { id: applied.change.id });
    await cancelWhenRunning(api);
    expect(await undoing).toEqual({ ok: false, error: expect.objectContaining({ code: 'CANCELLED' }) });
    expect(siteState(api.sitePath)).toBe(after);
  });

  it('a cancelled "expire all now" leaves the site exactly as before', async () => {
    const api = await demoSite();
    const db = new Database(api.sitePath);
    db.prepare(
      "INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) SELECT 'user', id, 'password', zeroblob(12), zeroblob(16), zeroblob(16), '' FROM users",
    ).run();
    db.close();
    await api.call('security.save', { settings: { ...DEFAULT_SECURITY_SETTINGS, passwordExpiryDays: 90 } });
    const before = siteState(api.sitePath);
    const expiring = api.dispatch('security.expireAll', { secret: 'password' });
    await cancelWhenRunning(api);
    expect(await expiring).toEqual({ ok: false, error: expect.objectContaining({ code: 'CANCELLED' }) });
    expect(siteState(api.sitePath)).toBe(before);
  });
});

describe('a CUCM apply while another heavy operation runs', () => {
  it('is refused, naming what runs, before it reads its preview', async () => {
    const api = await demoSite();
    const keyStore = new MemoryKeyStore();
    const site = await OpenSite.open(api.sitePath, api.ctx.keyStore);
    try {
      const imports = new ImportJobs();
      const jobs = new SiteJobs(imports, keyStore, 0);
      const running = jobs.applyBulk(site, userIds(api.sitePath), { action: 'expirePassword' }, () => undefined);
      const refused = await imports.applyCucm(site, keyStore, {} as CucmPreview).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(RosterError);
      expect((refused as RosterError).messageKey).toBe('job.busy.bulkApply');
      await running;
    } finally {
      site.close();
    }
  });
});
