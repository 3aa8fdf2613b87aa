import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { RosterError } from '@shared/result';
import { migrateSite } from './migrate';
import { registerNaturalOrder } from './natural-order';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';
import { checkSiteFile } from './site-file-check';
import type { FileCheck } from './site-file-check';
import { ROSTER_APPLICATION_ID } from './site-format';

export type SiteDatabase = Database.Database;

/** What every connection to a site needs: its pragmas, and the SQL functions its indexes are built on. */
function applyConnectionSettings(db: SiteDatabase): void {
  registerNaturalOrder(db);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // NORMAL is durable enough in WAL mode (a power cut may lose the last commit, never corrupt the file).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
}

/** Opens an existing site file, after checking it read-only, and migrates it to the newest schema. */
export async function openSiteDatabase(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  check: FileCheck = { pageCheck: true },
): Promise<SiteDatabase> {
  checkSiteFile(path, check);
  let db: SiteDatabase;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (error) {
    throw new RosterError('IO', 'error.site.unwritable', { path }).causedBy(error);
  }
  try {
    applyConnectionSettings(db);
    await migrateSite(db, path, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Creates a new, empty site file with the newest schema; an existing file is never overwritten. */
export async function createSiteDatabase(path: string): Promise<SiteDatabase> {
  if (existsSync(path)) throw new RosterError('CONFLICT', 'error.site.exists', { path });
  let db: SiteDatabase;
  try {
    db = new Database(path);
  } catch (error) {
    throw new RosterError('IO', 'error.site.unwritable', { path }).causedBy(error);
  }
  try {
    db.pragma(`application_id = ${ROSTER_APPLICATION_ID}`);
    applyConnectionSettings(db);
    await migrateSite(db, path);
    return db;
  } catch (error) {
    db.close();
    // A half-made site is of no use to anyone: remove it so the path can be used again.
    for (const file of [path, `${path}-wal`, `${path}-shm`]) rmSync(file, { force: true });
    throw error;
  }
}
