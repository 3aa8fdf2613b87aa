import type Database from 'better-sqlite3';
import type { UserFields } from '@shared/domain';
import type { SiteSecrets } from '../secrets/site-secrets';
import { fieldsFromRecord } from '../site/user-record';
import type { UserRecord } from '../site/user-record';

/** One user as an export writes it: every field of the record, the account's lock, credentials only when asked for. */
export interface ExportedUser extends UserFields {
  id: number;
  /** Group names (the file names groups; ids mean nothing outside this site). */
  groups: string[];
  /** The name of a group by its id, for a field that refers to one group. */
  groupName(id: number | null): string;
  lockedUntil: string | null;
  lockReason: string;
  /** The plaintext, read in main; null when not set or not asked for. */
  password: string | null;
  pin: string | null;
}

/** Users read per chunk: enough to keep statements few, small enough to write between other requests. */
const EXPORT_CHUNK = 1000;

/**
 * The users to export, in username order, as chunks. Only the ids are listed up front (100,000 of them is
 * under a megabyte); each chunk is then read with its own short queries, so no statement stays open while
 * the caller awaits its file writes and other requests use the connection.
 */
export function exportedUsers(db: Database.Database, secrets: SiteSecrets, ids: readonly number[] | null, includeCredentials: boolean) {
  const ordered = (
    ids === null
      ? db.prepare('SELECT id FROM users WHERE deleted_at IS NULL ORDER BY username COLLATE NOCASE, id').pluck().all()
      : db
          .prepare(
            `SELECT id FROM users WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))
             ORDER BY username COLLATE NOCASE, id`,
          )
          .pluck()
          .all(JSON.stringify([...new Set(ids)]))
  ) as number[];

  const users = db.prepare('SELECT * FROM users WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))');
  const groupNames = new Map((db.prepare('SELECT id, name FROM user_groups').all() as { id: number; name: string }[]).map((g) => [g.id, g.name]));
  const groupName = (id: number | null) => (id === null ? '' : (groupNames.get(id) ?? ''));
  const aliases = db.prepare('SELECT user_id, alias FROM user_aliases WHERE user_id IN (SELECT value FROM json_each(?)) ORDER BY user_id, position');
  const phones = db.prepare(
    'SELECT user_id, device, model, line FROM user_phones WHERE user_id IN (SELECT value FROM json_each(?)) ORDER BY user_id, position',
  );
  const groups = db.prepare(
    `SELECT m.user_id, g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id
     WHERE m.user_id IN (SELECT value FROM json_each(?)) ORDER BY m.user_id, g.name COLLATE NOCASE`,
  );

  const listed = <K extends 'alias' | 'name'>(statement: Database.Statement, key: K, json: string) => {
    const byUser = new Map<number, string[]>();
    for (const row of statement.all(json) as ({ user_id: number } & Record<K, string>)[]) {
      const list = byUser.get(row.user_id);
      if (list) list.push(row[key]);
      else byUser.set(row.user_id, [row[key]]);
    }
    return byUser;
  };

  const phonesByUser = (json: string) => {
    const byUser = new Map<number, UserFields['phones']>();
    for (const { user_id: userId, ...phone } of phones.all(json) as ({ user_id: number } & UserFields['phones'][number])[]) {
      const list = byUser.get(userId);
      if (list) list.push(phone);
      else byUser.set(userId, [phone]);
    }
    return byUser;
  };

  const toUser = (row: UserRecord, aliasList: string[], phoneList: UserFields['phones'], groupList: string[]): ExportedUser => ({
    ...fieldsFromRecord(row, { aliases: aliasList, phones: phoneList, groupIds: [] }),
    id: row.id,
    groups: groupList,
    groupName,
    lockedUntil: row.locked_until,
    lockReason: row.lock_reason,
    password: includeCredentials ? secrets.read('user', row.id, 'password') : null,
    pin: includeCredentials ? secrets.read('user', row.id, 'pin') : null,
  });

  const mostPhones = db
    .prepare('SELECT coalesce(max(position), -1) + 1 FROM user_phones WHERE user_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(ordered)) as number;

  return {
    total: ordered.length,
    /** The most phones one of these users has (positions are 0, 1, ... per user). */
    mostPhones,
    /** The users of chunk `index` (0-based), in order; a user deleted meanwhile is simply missing. */
    chunk(index: number): ExportedUser[] {
      const chunkIds = ordered.slice(index * EXPORT_CHUNK, (index + 1) * EXPORT_CHUNK);
      const json = JSON.stringify(chunkIds);
      const rows = new Map((users.all(json) as UserRecord[]).map((row) => [row.id, row]));
      const aliasMap = listed(aliases, 'alias', json);
      const groupMap = listed(groups, 'name', json);
      const phoneMap = phonesByUser(json);
      return chunkIds.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toUser(row, aliasMap.get(id) ?? [], phoneMap.get(id) ?? [], groupMap.get(id) ?? [])] : [];
      });
    },
    chunks: Math.ceil(ordered.length / EXPORT_CHUNK),
  };
}
