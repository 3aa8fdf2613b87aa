import type Database from 'better-sqlite3';
import type { DuplicateKeyField } from '@shared/channels/import';

/** The users table's column of each field that may identify an existing user (fixed names, never user text). */
const COLUMNS: Record<DuplicateKeyField, string> = {
  username: 'username',
  email: 'email',
  number: 'number',
  firstName: 'first_name',
  lastName: 'last_name',
  mobile: 'mobile',
  phone: 'phone',
};

/** Compared without case: usernames and e-mail addresses are case-insensitive. */
const CASELESS = new Set<DuplicateKeyField>(['username', 'email']);

/**
 * The key of a user or row on the ticked fields: equal keys mean "the same user". Null when one of the
 * fields is empty: an empty value identifies nobody (two rows without an e-mail are not the same person).
 */
export function duplicateKey(match: readonly DuplicateKeyField[], value: (field: DuplicateKeyField) => string | undefined): string | null {
  const parts: string[] = [];
  for (const field of match) {
    const text = (value(field) ?? '').trim();
    if (text === '') return null;
    parts.push(CASELESS.has(field) ? text.toLowerCase() : text);
  }
  return parts.join('\u0000');
}

/** The active users by their key on the ticked fields (several users may share one). */
export class ExistingUsers {
  private constructor(private readonly byKey: Map<string, number | number[]>) {}

  static load(db: Database.Database, match: readonly DuplicateKeyField[]): ExistingUsers {
    const byKey = new Map<string, number | number[]>();
    const columns = match.map((field) => COLUMNS[field]);
    const rows = db
      .prepare(`SELECT id, ${columns.join(', ')} FROM users WHERE deleted_at IS NULL`)
      .raw()
      .iterate() as Iterable<[number, ...string[]]>;
    for (const [id, ...values] of rows) {
      const key = duplicateKey(match, (field) => values[match.indexOf(field)]);
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
