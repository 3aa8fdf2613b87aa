import type Database from 'better-sqlite3';
import type { DuplicateKeyField } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { CREDENTIAL_FILE_FIELDS, USER_FIELD_LIST } from '@shared/user-record/user-fields';
import type { SiteSecrets } from '../secrets/site-secrets';

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
  private constructor(private readonly byKey: Map<string, number | number[]>) {}

  /**
   * Reads the ticked fields of every active user. Passwords and PINs are decrypted here, in main's worker,
   * with the site's key: without it they cannot be compared, and the import says so.
   */
  static load(db: Database.Database, match: readonly DuplicateKeyField[], secrets: SiteSecrets | null): ExistingUsers {
    if (matchesCredentials(match) && !secrets?.keyAvailable) throw new RosterError('SECRET_MISSING', 'import.match.keyMissing');
    const byKey = new Map<string, number | number[]>();
    const columns = match.flatMap((field) => (isCredential(field) ? [] : [COLUMNS.get(field)!]));
    const rows = db
      .prepare(`SELECT ${['id', ...columns].join(', ')} FROM users WHERE deleted_at IS NULL`)
      .raw()
      .all() as [number, ...string[]][];
    for (const [id, ...values] of rows) {
      let column = 0;
      const stored = match.map((field) => (isCredential(field) ? (secrets!.read('user', id, field) ?? '') : values[column++]));
      const key = duplicateKey(match, (field) => stored[match.indexOf(field)]);
      if (key === null) continue;
      const held = byKey.get(key);
      // One id stays a number: 100,000 users cost no 100,000 arrays.
      byKey.set(key, held === undefined ? id : Array.isArray(held) ? [...held, id] : [held, id]);
    }
    return new ExistingUsers(byKey);
  }

  /** The ids of the active users with this key. */
  find(key: string): number[] {
    const held = this.byKey.get(key);
    return held === undefined ? [] : Array.isArray(held) ? held : [held];
  }
}
