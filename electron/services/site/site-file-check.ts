import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { RosterError } from '@shared/result';
import { LATEST_VERSION } from './migrations';
import { ROSTER_APPLICATION_ID, SQLITE_MAGIC } from './site-format';

/**
 * Looks at a file before Roster opens it for writing, so that a foreign, damaged or newer file is refused
 * without a single byte of it changed: the header is read with plain file I/O, the rest through a
 * read-only connection.
 */
export interface FileCheck {
  /** SQLite's page-by-page check (quick_check): false only for a file known unchanged since a clean close (closed-sites.ts). */
  pageCheck: boolean;
}

export function checkSiteFile(path: string, check: FileCheck = { pageCheck: true }): void {
  const header = readHeader(path);
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
    throw new RosterError('IO', 'error.site.notSqlite', { path });
  }

  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new RosterError('IO', 'error.site.damaged', { path }).causedBy(error);
  }
  try {
    let applicationId: number;
    let userVersion: number;
    try {
      applicationId = db.pragma('application_id', { simple: true }) as number;
      userVersion = db.pragma('user_version', { simple: true }) as number;
    } catch (error) {
      throw new RosterError('IO', 'error.site.damaged', { path }).causedBy(error);
    }
    if (applicationId !== ROSTER_APPLICATION_ID) throw new RosterError('IO', 'error.site.foreign', { path });
    if (userVersion > LATEST_VERSION) throw new RosterError('IO', 'error.site.newer', { path });
    if (!check.pageCheck) return;
    let verdict: unknown;
    try {
      verdict = db.pragma('quick_check', { simple: true });
    } catch (error) {
      throw new RosterError('IO', 'error.site.damaged', { path }).causedBy(error);
    }
    // SQLite's own findings (which page, which index) are what support needs to judge a repair.
    if (verdict !== 'ok') throw new RosterError('IO', 'error.site.damaged', { path }).causedBy(new Error(`quick_check: ${String(verdict)}`));
  } finally {
    db.close();
  }
}

function readHeader(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RosterError('IO', code === 'ENOENT' ? 'error.site.notFound' : 'error.site.unreadable', { path }).causedBy(error);
  }
  try {
    const buffer = Buffer.alloc(100);
    const read = readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, read);
  } catch (error) {
    throw new RosterError('IO', 'error.site.unreadable', { path }).causedBy(error);
  } finally {
    closeSync(fd);
  }
}
