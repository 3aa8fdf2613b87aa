import type Database from 'better-sqlite3';
import type { PhotoMatch } from '@shared/channels/photos';

/** A directory entry's attribute values, by lower-cased attribute name. */
export type EntryValues = ReadonlyMap<string, readonly (string | Buffer)[]>;

export interface MatchedUser {
  userId: number;
  username: string;
}

/** The attributes that carry a username in the directories Roster meets (OpenLDAP, Active Directory). */
const USERNAME_ATTRIBUTES = ['uid', 'sAMAccountName', 'userPrincipalName'];

const COLUMN = { username: 'username', email: 'email', number: 'number' } as const;

const text = (value: string | Buffer) => (typeof value === 'string' ? value : value.toString('utf8')).trim().toLowerCase();

/**
 * Ties directory entries to the site's active users by one rule: the username (uid, sAMAccountName, or
 * userPrincipalName whole or before its @), the e-mail (mail), or a chosen attribute compared with a chosen
 * Roster field. Comparison ignores case. When two users share a value the one created first wins, so a sync
 * gives the same answer every time.
 */
export function createPhotoMatcher(db: Database.Database, match: PhotoMatch) {
  const field = match.by === 'username' ? 'username' : match.by === 'email' ? 'email' : match.field;
  // The column comes from the fixed map above, never from the request's text.
  const rows = db.prepare(`SELECT id, username, ${COLUMN[field]} AS value FROM users WHERE deleted_at IS NULL ORDER BY id`).all() as {
    id: number;
    username: string;
    value: string;
  }[];
  const byKey = new Map<string, MatchedUser>();
  for (const row of rows) {
    const key = row.value.trim().toLowerCase();
    if (key !== '' && !byKey.has(key)) byKey.set(key, { userId: row.id, username: row.username });
  }

  const attributes = match.by === 'username' ? USERNAME_ATTRIBUTES : match.by === 'email' ? ['mail'] : [match.attribute];

  /** The keys an entry offers under the rule. */
  const keysOf = (entry: EntryValues): string[] => {
    const keys: string[] = [];
    for (const attribute of attributes) {
      for (const value of entry.get(attribute.toLowerCase()) ?? []) {
        const key = text(value);
        if (key === '') continue;
        keys.push(key);
        // alice@corp.example matches the Roster user "alice" as well as "alice@corp.example".
        if (match.by === 'username' && attribute === 'userPrincipalName' && key.includes('@')) keys.push(key.slice(0, key.lastIndexOf('@')));
      }
    }
    return keys;
  };

  return {
    /** The attributes the search must return for the rule. */
    attributes,
    match(entry: EntryValues): MatchedUser | null {
      for (const key of keysOf(entry)) {
        const user = byKey.get(key);
        if (user) return user;
      }
      return null;
    },
  };
}
