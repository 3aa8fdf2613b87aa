import type Database from 'better-sqlite3';
import { PRIVILEGES } from '@shared/domain';
import type { Authentication, Language, Privileges, UserFields } from '@shared/domain';
import type { SiteSecrets } from '../secrets/site-secrets';

/** One user as an export writes it: every field a layout may need, credentials only when asked for. */
export interface ExportedUser extends Pick<
  UserFields,
  | 'username'
  | 'firstName'
  | 'lastName'
  | 'department'
  | 'vip'
  | 'email'
  | 'language'
  | 'mobile'
  | 'pager'
  | 'phone'
  | 'number'
  | 'aliases'
  | 'authentication'
  | 'enabled'
  | 'showInDirectory'
  | 'phantom'
  | 'privileges'
> {
  id: number;
  /** Group names (the file names groups; ids mean nothing outside this site). */
  groups: string[];
  /** The plaintext, read in main; null when not set or not asked for. */
  password: string | null;
  pin: string | null;
}

/** Users read per chunk: enough to keep statements few, small enough to write between other requests. */
const EXPORT_CHUNK = 1000;

interface Row {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  department: string;
  vip: number;
  email: string;
  language: Language;
  mobile: string;
  pager: string;
  phone: string;
  number: string;
  authentication: Authentication;
  enabled: number;
  show_in_directory: number;
  phantom: number;
  [privilege: string]: unknown;
}

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

  const users = db.prepare(
    `SELECT id, username, first_name, last_name, department, vip, email, language, mobile, pager, phone, number,
            authentication, enabled, show_in_directory, phantom, ${PRIVILEGES.join(', ')}
     FROM users WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
  );
  const aliases = db.prepare('SELECT user_id, alias FROM user_aliases WHERE user_id IN (SELECT value FROM json_each(?)) ORDER BY user_id, position');
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

  const toUser = (row: Row, aliasList: string[], groupList: string[]): ExportedUser => ({
    id: row.id,
    username: row.username,
    firstName: row.first_name,
    lastName: row.last_name,
    department: row.department,
    vip: row.vip,
    email: row.email,
    language: row.language,
    mobile: row.mobile,
    pager: row.pager,
    phone: row.phone,
    number: row.number,
    aliases: aliasList,
    authentication: row.authentication,
    enabled: row.enabled === 1,
    showInDirectory: row.show_in_directory === 1,
    phantom: row.phantom === 1,
    groups: groupList,
    privileges: Object.fromEntries(PRIVILEGES.map((p) => [p, row[p] === 1])) as Privileges,
    password: includeCredentials ? secrets.read('user', row.id, 'password') : null,
    pin: includeCredentials ? secrets.read('user', row.id, 'pin') : null,
  });

  return {
    total: ordered.length,
    /** The users of chunk `index` (0-based), in order; a user deleted meanwhile is simply missing. */
    chunk(index: number): ExportedUser[] {
      const chunkIds = ordered.slice(index * EXPORT_CHUNK, (index + 1) * EXPORT_CHUNK);
      const json = JSON.stringify(chunkIds);
      const rows = new Map((users.all(json) as Row[]).map((row) => [row.id, row]));
      const aliasMap = listed(aliases, 'alias', json);
      const groupMap = listed(groups, 'name', json);
      return chunkIds.flatMap((id) => {
        const row = rows.get(id);
        return row ? [toUser(row, aliasMap.get(id) ?? [], groupMap.get(id) ?? [])] : [];
      });
    },
    chunks: Math.ceil(ordered.length / EXPORT_CHUNK),
  };
}
