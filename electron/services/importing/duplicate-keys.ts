import type Database from 'better-sqlite3';
import type { DuplicateKeyField } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { CREDENTIAL_FILE_FIELDS, USER_FIELD_LIST } from '@shared/user-record/user-fields';
import type { SiteSecrets } from '../secrets/site-secrets';
import { LOOKUPS_BEFORE_LOADING } from './site-claims';
import type { StoredName } from './site-claims';

/** The users table's column of each field that may identify an existing user (declared names, never user text). */
const COLUMNS = new Map(
  USER_FIELD_LIST.flatMap((field) => (field.duplicateKey && field.storage.as === 'text' ? [[field.name, field.storage.column] as const] : [])),
);

/** Compared without case where the declaration says so: usernames and e-mail addresses are case-insensitive. */
const CASELESS = new Set<string>(USER_FIELD_LIST.filter((field) => field.duplicateKey?.caseless).map((field) => field.name));

const isCredential = (field: DuplicateKeyField): field is keyof typeof CREDENTIAL_FILE_FIELDS => field in CREDENTIAL_FILE_FIELDS;

/** True when the ticked fields include a password or PIN: the key must be read, and the stored ones decrypted, in main. */
function matchesCredentials(match: readonly DuplicateKeyField[]): boolean {
  return match.some(isCredential);
}

/**
 * The key of a user or row on the ticked fields: equal keys mean "the same user". Null when one of the
 * fields is empty: an empty value identifies nobody (two rows without an e-mail are not the same person).
 * A row's values are compared as read (a language cell "German" is already 'de', as stored). A password is
 * compared exactly as written: its spaces and case are part of it.
 */
export function duplicateKey(match: readonly DuplicateKeyField[], value: (field: DuplicateKeyField) => string | undefined): string | null {
  const parts: string[] = [];
  for (const field of match) {
    const raw = value(field) ?? '';
    const text = field === 'password' ? raw : raw.trim();
    if (text === '') return null;
    parts.push(CASELESS.has(field) ? text.toLowerCase() : text);
  }
  return parts.join('\u0000');
}

/** The active users by their key on the ticked fields (several users may share one). */
export class ExistingUsers {
  /** Every active user's key, once read; null while keys are looked up one at a time. */
  private byKey: Map<string, number | number[]> | null = null;
  private lookups = 0;

  private constructor(
    private readonly db: Database.Database,
    private readonly match: readonly DuplicateKeyField[],
    private readonly secrets: SiteSecrets | null,
    /** The newest user before the import: users it creates are not "existing" (a run sees them in the table). */
    private readonly lastId: number,
    private readonly byUsername: ((key: string) => number[]) | null,
  ) {}

  /**
   * The active users as they are before the import (call at the start of the pass, before any row is written). Matched by username alone (the usual choice), each row's
   * user is looked up in the site's username index until LOOKUPS_BEFORE_LOADING rows (site-claims.ts), then
   * every user is read at once; matched by other fields, every user is read at once. Passwords and PINs are
   * decrypted here, in main's worker, with the site's key: without it they cannot be compared, and the
   * import says so.
   */
  static load(
    db: Database.Database,
    match: readonly DuplicateKeyField[],
    secrets: SiteSecrets | null,
    outsideAscii: readonly StoredName[],
  ): ExistingUsers {
    if (matchesCredentials(match) && !secrets?.keyAvailable) throw new RosterError('SECRET_MISSING', 'import.match.keyMissing');
    const lastId = (db.prepare('SELECT max(id) FROM users').pluck().get() as number | null) ?? 0;
    const byUsername = match.length === 1 && match[0] === 'username' ? usernameLookup(db, lastId, outsideAscii) : null;
    const users = new ExistingUsers(db, match, secrets, lastId, byUsername);
    if (!users.byUsername) users.byKey = users.readAll();
    return users;
  }

  /** The ids of the active users with this key, in id order. */
  find(key: string): number[] {
    if (this.byKey === null && (!this.byUsername || ++this.lookups > LOOKUPS_BEFORE_LOADING)) this.byKey = this.readAll();
    if (this.byKey === null) return this.byUsername!(key);
    const held = this.byKey.get(key);
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  }

  private readAll(): Map<string, number | number[]> {
    const { db, match, secrets } = this;
    const byKey = new Map<string, number | number[]>();
    const columns = match.flatMap((field) => (isCredential(field) ? [] : [COLUMNS.get(field)!]));
    const rows = db
      .prepare(`SELECT ${['id', ...columns].join(', ')} FROM users WHERE deleted_at IS NULL AND id <= ? ORDER BY id`)
      .raw()
      .all(this.lastId) as [number, ...string[]][];
    for (const [id, ...values] of rows) {
      let column = 0;
      const stored = match.map((field) => (isCredential(field) ? (secrets!.read('user', id, field) ?? '') : values[column++]));
      const key = duplicateKey(match, (field) => stored[match.indexOf(field)]);
      if (key === null) continue;
      const held = byKey.get(key);
      // One id stays a number: 100,000 users cost no 100,000 arrays.
      byKey.set(key, held === undefined ? id : Array.isArray(held) ? [...held, id] : [held, id]);
    }
    return byKey;
  }
}

/**
 * The users whose username has a key (trimmed, lower case), by the site's username index. NOCASE folds only
 * ASCII: usernames with other characters were read at the start (usernamesOutsideAscii) and are compared here.
 */
function usernameLookup(db: Database.Database, lastId: number, outsideAscii: readonly StoredName[]): (key: string) => number[] {
  const others = new Map<string, number[]>();
  for (const [id, username] of outsideAscii) {
    const key = username.trim().toLowerCase();
    others.set(key, [...(others.get(key) ?? []), id]);
  }
  const byIndex = db.prepare('SELECT id FROM users WHERE username = ? COLLATE NOCASE AND deleted_at IS NULL AND id <= ? ORDER BY id').pluck();
  return (key) => {
    const ids = new Set([...(byIndex.all(key, lastId) as number[]), ...(others.get(key) ?? [])]);
    return [...ids].sort((a, b) => a - b);
  };
}
