import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RosterError } from '@shared/result';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { migrateSite } from '../../../electron/services/site/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../../electron/services/site/migrations';
import { OpenSite } from '../../../electron/services/site/open-site';
import { openSiteDatabase } from '../../../electron/services/site/site-database';
import { ROSTER_APPLICATION_ID } from '../../../electron/services/site/site-format';
import { PRIVILEGES } from '@shared/domain';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

async function refusal(path: string): Promise<RosterError> {
  const error = await OpenSite.open(path, new MemoryKeyStore()).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
}

describe('site file', () => {
  it('adds the .roster extension to a new site and to a copy when the path lacks it', async () => {
    const dir = tempDir();
    const site = await OpenSite.create(join(dir, 'acme'), 'Acme', new MemoryKeyStore());
    expect(site.path).toBe(join(dir, 'acme.roster'));
    expect(await site.saveCopy({ path: join(dir, 'acme copy'), replace: false })).toBe(join(dir, 'acme copy.roster'));
    expect(existsSync(join(dir, 'acme copy.roster'))).toBe(true);
    expect(existsSync(join(dir, 'acme'))).toBe(false);
    site.close();
  });

  it('deletes a just-created site that could not be filled, leaving no half-made file', async () => {
    const path = join(tempDir(), 'half.roster');
    const site = await OpenSite.create(path, 'Half', new MemoryKeyStore());
    site.discard();
    expect(existsSync(path)).toBe(false);
  });

  it('creates a file with the Roster application id, the newest user_version and the pragmas', async () => {
    const path = join(tempDir(), 'a.roster');
    const site = await OpenSite.create(path, 'A', new MemoryKeyStore());
    expect(site.db.pragma('application_id', { simple: true })).toBe(ROSTER_APPLICATION_ID);
    expect(site.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(site.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(site.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const columns = (site.db.prepare('PRAGMA table_info(users)').all() as { name: string }[]).map((c) => c.name);
    for (const privilege of PRIVILEGES) expect(columns).toContain(privilege);
    site.close();
    const again = await OpenSite.open(path, new MemoryKeyStore());
    expect(again.name).toBe('A');
    again.close();
  });

  it('refuses to create over an existing file', async () => {
    const path = join(tempDir(), 'exists.roster');
    writeFileSync(path, 'keep me');
    await expect(OpenSite.create(path, 'X', new MemoryKeyStore())).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.site.exists' });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses a missing file', async () => {
    expect((await refusal(join(tempDir(), 'none.roster'))).messageKey).toBe('error.site.notFound');
  });

  it('refuses a file that is not SQLite and leaves it byte-identical', async () => {
    const path = join(tempDir(), 'text.roster');
    writeFileSync(path, 'just some text, not a database at all'.repeat(10));
    const before = readFileSync(path);
    const error = await refusal(path);
    expect(error.code).toBe('IO');
    expect(error.messageKey).toBe('error.site.notSqlite');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses another program's SQLite file and leaves it byte-identical", async () => {
    const path = join(tempDir(), 'foreign.roster');
    const db = new Database(path);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('hello')");
    db.close();
    const before = readFileSync(path);
    expect((await refusal(path)).messageKey).toBe('error.site.foreign');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.before-v1.bak`)).toBe(false);
  });

  it('refuses a file made by a newer Roster', async () => {
    const path = join(tempDir(), 'newer.roster');
    const site = await OpenSite.create(path, 'N', new MemoryKeyStore());
    site.db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    site.close();
    const before = readFileSync(path);
    expect((await refusal(path)).messageKey).toBe('error.site.newer');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a damaged file and leaves it byte-identical', async () => {
    const path = join(tempDir(), 'damaged.roster');
    const site = await OpenSite.create(path, 'D', new MemoryKeyStore());
    site.db.pragma('journal_mode = DELETE');
    site.close();
    const bytes = readFileSync(path);
    // Overwrite the b-tree pages after the header page with garbage.
    for (let i = 4096 + 16; i < bytes.length; i += 7) bytes[i] = 0xa5;
    writeFileSync(path, bytes);
    const error = await refusal(path);
    expect(error.code).toBe('IO');
    expect(error.messageKey).toBe('error.site.damaged');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

describe('migrations', () => {
  /** A site file as the first released Roster wrote it (schema version 1 only), with one group in it. */
  function versionOneSite(name: string): string {
    const path = join(tempDir(), name);
    const raw = new Database(path);
    raw.pragma(`application_id = ${ROSTER_APPLICATION_ID}`);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO user_groups (name, description, created_at, updated_at) VALUES ('Keep me', '', '2026-01-01', '2026-01-01')").run();
    raw.close();
    return path;
  }

  it('records each migration in user_version and backs up a file with data before migrating it', async () => {
    const path = versionOneSite('old.roster');
    const probe = { version: LATEST_VERSION + 1, sql: 'CREATE TABLE audit_probe (id INTEGER PRIMARY KEY);' };
    const db = await openSiteDatabase(path, [...MIGRATIONS, probe]);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('audit_probe', 'audit_log')").pluck().get()).toBe(2);
    expect(db.prepare('SELECT name FROM user_groups').pluck().all()).toEqual(['Keep me']);
    db.close();

    const backup = new Database(`${path}.before-v${LATEST_VERSION + 1}.bak`, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM user_groups').pluck().all()).toEqual(['Keep me']);
    backup.close();
  });

  it('rolls a failing migration back completely', async () => {
    const path = join(tempDir(), 'fail.roster');
    const site = await OpenSite.create(path, 'F', new MemoryKeyStore());
    site.close();
    const raw = new Database(path);
    const broken = { version: LATEST_VERSION + 1, sql: 'CREATE TABLE half (id INTEGER); THIS IS NOT SQL;' };
    await expect(migrateSite(raw, path, [...MIGRATIONS, broken])).rejects.toThrow();
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    raw.close();
  });
});
