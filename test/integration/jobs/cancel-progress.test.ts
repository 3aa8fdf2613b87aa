import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { BulkProgress } from '@shared/channels/bulk';
import type { ImportRecord, ImportSummary } from '@shared/channels/import';
import type { SiteInfo } from '@shared/domain';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import { createSite, tempHarness } from '../../support/contract-harness';
import type { TempHarness } from '../../support/contract-harness';
import { PEOPLE_MAPPING, writePeople } from '../importing/people-files';

// Issue 19: every heavy operation's window shows progress and can be cancelled. Through the contract, as the
// page does: an import's undo, "expire all now" and an export (site jobs, stopped by bulk.cancel) and the
// large demo (stopped by site.cancelCreate) report their progress as 'bulk.progress', and a cancel at any
// moment leaves everything exactly as before (the site, the file at an export's target, no demo file) and
// says so.

/** Above SiteJobs' inline limit (2,000), so each operation runs in the worker. */
const USERS = 3_000;
const open: TempHarness[] = [];

afterEach(() => {
  while (open.length) open.pop()!.close();
});

function harness(): TempHarness {
  const api = tempHarness();
  open.push(api);
  return api;
}

/** Everything these operations write: the users, their lists, the records, the log, the search index. */
function siteState(sitePath: string): string {
  const db = new Database(sitePath, { readonly: true, fileMustExist: true });
  try {
    const tables = [
      'users',
      'user_aliases',
      'group_members',
      'user_groups',
      'secrets',
      'bulk_changes',
      'bulk_change_rows',
      'audit_log',
      'imports',
      'import_rows',
    ];
    const rows = tables.map((table) => (db.prepare(`SELECT * FROM ${table}`).all() as object[]).map((row) => JSON.stringify(row)).sort());
    // The index answers as it did: the same users found by a word of every imported user.
    const found = db.prepare("SELECT rowid FROM users_fts WHERE users_fts MATCH 'example' ORDER BY rowid").pluck().all();
    return JSON.stringify([rows, found]);
  } finally {
    db.close();
  }
}

/** Presses Cancel (through the contract) as soon as the operation runs in its worker. */
async function cancelWhenRunning(api: TempHarness, channel = 'bulk.cancel'): Promise<void> {
  while (!(await api.call<{ cancelled: boolean }>(channel)).cancelled) await new Promise((resolve) => setTimeout(resolve, 1));
}

const progressOf = (api: TempHarness) => api.events.filter((e) => e.event === 'bulk.progress').map((e) => e.payload as BulkProgress);

const cancelledWith = (message: string) => ({ ok: false, error: expect.objectContaining({ code: 'CANCELLED', message }) });

/** A site filled by an import of USERS people through the contract; the import's record. */
async function importedSite(api: TempHarness): Promise<{ sitePath: string; record: ImportRecord; file: string }> {
  const sitePath = await createSite(api, { file: 'jobs.roster', demo: false });
  const file = join(api.dir, 'people.csv');
  writePeople(file, USERS);
  api.recordDroppedFile(file);
  const summary = await api.call<ImportSummary>('import.run', {
    reading: { path: file },
    mapping: [...PEOPLE_MAPPING.slice(0, 8)],
    duplicates: { match: ['username'], action: 'skip' },
  });
  return { sitePath, record: summary.record, file };
}

describe('the undo of a large import', () => {
  it('reports its progress over every user it touches, and undoes the import', async () => {
    const api = harness();
    const { record } = await importedSite(api);
    api.events.length = 0;
    await api.call('import.undo', { id: record.id });
    const progress = progressOf(api);
    expect(progress[0]).toEqual({ done: 0, total: USERS });
    expect(progress.at(-1)).toEqual({ done: USERS, total: USERS });
    expect((await api.call<{ total: number }>('users.list', { limit: 1 })).total).toBe(0);
  });

  it('cancelled, leaves the import in place, the site exactly as before, and says so', async () => {
    const api = harness();
    const { sitePath, record, file } = await importedSite(api);
    // A second import that overwrites every user: its undo restores snapshots (the other half of the work).
    writePeople(file, USERS, { firstNumber: 700_000 });
    const overwrite = await api.call<ImportSummary>('import.run', {
      reading: { path: file },
      mapping: [...PEOPLE_MAPPING.slice(0, 8)],
      duplicates: { match: ['username'], action: 'overwrite' },
    });
    expect(overwrite.record.updated).toBe(USERS);

    /** Cancels the undo of import `id` while it runs; the site must be exactly as before. */
    const cancelUndo = async (id: number) => {
      const before = siteState(sitePath);
      const undoing = api.dispatch('import.undo', { id });
      await cancelWhenRunning(api);
      expect(await undoing).toEqual(cancelledWith('import.undo.cancelled'));
      expect(siteState(sitePath)).toBe(before);
    };
    await cancelUndo(overwrite.record.id);
    // Still the latest standing import, still undoable: the undo then runs to its end.
    const [latest] = await api.call<ImportRecord[]>('import.list', { limit: 1 });
    expect(latest).toMatchObject({ id: overwrite.record.id, undoneAt: null, canUndo: true });
    await api.call('import.undo', { id: overwrite.record.id });
    // The first import's undo purges the users it created: cancelled, they all stay.
    await cancelUndo(record.id);
    expect((await api.call<{ total: number }>('users.list', { limit: 1 })).total).toBe(USERS);
  });
});

describe('"expire all now" on many users', () => {
  async function withPasswords(api: TempHarness): Promise<string> {
    const { sitePath } = await importedSite(api);
    const db = new Database(sitePath);
    db.prepare(
      "INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) SELECT 'user', id, 'password', zeroblob(12), zeroblob(16), zeroblob(16), '' FROM users",
    ).run();
    db.close();
    await api.call('security.save', { settings: { ...DEFAULT_SECURITY_SETTINGS, passwordExpiryDays: 90 } });
    return sitePath;
  }

  it('reports its progress from the start', async () => {
    const api = harness();
    await withPasswords(api);
    api.events.length = 0;
    expect(await api.call('security.expireAll', { secret: 'password' })).toEqual({ count: USERS });
    const progress = progressOf(api);
    expect(progress[0]).toEqual({ done: 0, total: USERS });
    expect(progress.at(-1)).toEqual({ done: USERS, total: USERS });
  });

  it('cancelled, says that no password was expired', async () => {
    const api = harness();
    const sitePath = await withPasswords(api);
    const before = siteState(sitePath);
    const expiring = api.dispatch('security.expireAll', { secret: 'password' });
    await cancelWhenRunning(api);
    expect(await expiring).toEqual(cancelledWith('security.expireAllPasswords.cancelled'));
    expect(siteState(sitePath)).toBe(before);
  });
});

describe('a large export', () => {
  const exportTo = (api: TempHarness, path: string, overwrite: boolean) =>
    api.dispatch('export.users', { ids: null, layout: 'callisto', includeCredentials: false, path, overwrite });

  it('reports its progress and writes every user', async () => {
    const api = harness();
    await importedSite(api);
    api.events.length = 0;
    const target = join(api.dir, 'all.csv');
    expect(await exportTo(api, target, false)).toEqual({ ok: true, value: { path: target, rows: USERS } });
    const progress = progressOf(api);
    expect(progress[0]).toEqual({ done: 0, total: USERS });
    expect(progress.at(-1)).toEqual({ done: USERS, total: USERS });
  });

  it('cancelled, leaves no file, or the file that was there untouched, and records nothing', async () => {
    const api = harness();
    const { sitePath } = await importedSite(api);
    const before = siteState(sitePath);
    const target = join(api.dir, 'all.csv');

    const exporting = exportTo(api, target, false);
    await cancelWhenRunning(api);
    expect(await exporting).toEqual(cancelledWith('export.cancelled'));
    expect(existsSync(target)).toBe(false);

    writeFileSync(target, 'the previous export\r\n');
    const replacing = exportTo(api, target, true);
    await cancelWhenRunning(api);
    expect(await replacing).toEqual(cancelledWith('export.cancelled'));
    expect(readFileSync(target, 'utf8')).toBe('the previous export\r\n');
    // No temporary file is left beside it, and the log has no export entry.
    expect(readdirSync(api.dir).filter((name) => name.startsWith('all.csv'))).toEqual(['all.csv']);
    expect(siteState(sitePath)).toBe(before);
  });
});

describe('the large demo site', () => {
  /** Large enough that the cancel comes while it is filled (it is checked every 2,000 users). */
  const DEMO_USERS = 20_000;

  it('cancelled, leaves no site file, keeps the open site open, and says the demo was not created', async () => {
    const api = harness();
    const opened = await api.call<SiteInfo>('site.create', { path: join(api.dir, 'first.roster'), name: 'First', demo: false });
    const path = join(api.dir, 'large-demo.roster');
    const creating = api.dispatch('site.create', { path, name: 'ignored', demo: true, demoSize: DEMO_USERS });
    await cancelWhenRunning(api, 'site.cancelCreate');
    expect(await creating).toEqual(cancelledWith('welcome.largeDemo.cancelled'));
    expect(readdirSync(api.dir).filter((name) => name.startsWith('large-demo'))).toEqual([]);
    expect((await api.call<SiteInfo | null>('site.current'))?.path).toBe(opened.path);
    // Nothing runs any more; a second try creates it.
    expect(await api.call('site.cancelCreate')).toEqual({ cancelled: false });
    expect((await api.call<SiteInfo>('site.create', { path, name: 'ignored', demo: true, demoSize: USERS })).userCount).toBe(USERS);
  });
});
