import type Database from 'better-sqlite3';
import type { UserListColumn } from '@shared/contract';
import { userListQuerySchema } from '@shared/contract';
import type { UserRow } from '@shared/domain';
import type { z } from 'zod';
import { userStateCondition } from '../security/secret-expiry';

export type ParsedUserListQuery = z.output<typeof userListQuerySchema>;

/** Sort keys map to fixed SQL; user text never reaches the statement text. */
const SORT_EXPRESSIONS: Record<UserListColumn, string> = {
  username: 'u.username COLLATE NOCASE',
  lastName: 'u.last_name COLLATE NOCASE',
  firstName: 'u.first_name COLLATE NOCASE',
  department: 'u.department COLLATE NOCASE',
  vip: 'u.vip',
  phone: 'u.phone COLLATE NOCASE',
  mobile: 'u.mobile COLLATE NOCASE',
  // Extensions sort as numbers: 999 before 1000.
  number: "length(u.number), u.number",
};

/** The columns a free word is matched against; the same set the users_fts index holds. */
const TEXT_COLUMNS = ['username', 'first_name', 'last_name', 'department', 'email', 'phone', 'mobile', 'pager', 'number', 'alias_text'];

/** The trigram index needs three characters; shorter words are matched with LIKE instead. */
const MIN_INDEXED_WORD = 3;

const ROW_COLUMNS = `u.id, u.username, u.last_name AS lastName, u.first_name AS firstName, u.department, u.vip,
  u.phone, u.mobile, u.number, u.enabled, u.deleted_at AS deletedAt,
  (SELECT p.fetched_at FROM photo_cache p WHERE p.user_id = u.id) AS photoFetchedAt`;

/**
 * Statements by shape. The statement text is assembled only from the fixed fragments above (never from
 * the query's text), so the number of shapes is small and each is prepared once per connection.
 */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

interface Condition {
  sql: string;
  params: unknown[];
}

/**
 * The user list's one search function: free text, group, view, sort and page. A later issue replaces the
 * text handling (textConditions) with the search-operator language; the rest stays.
 */
export function searchUsers(db: Database.Database, query: ParsedUserListQuery): { total: number; rows: UserRow[] } {
  const conditions: Condition[] = [{ sql: query.view === 'deleted' ? 'u.deleted_at IS NOT NULL' : 'u.deleted_at IS NULL', params: [] }];
  if (query.groupId !== null) {
    conditions.push({ sql: 'EXISTS (SELECT 1 FROM group_members m WHERE m.user_id = u.id AND m.group_id = ?)', params: [query.groupId] });
  }
  if (query.state) conditions.push(userStateCondition(db, query.state));
  conditions.push(...textConditions(query.text));

  const where = conditions.map((c) => c.sql).join(' AND ');
  const params = conditions.flatMap((c) => c.params);
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_EXPRESSIONS[query.sort.column]
    .split(', ')
    .map((expression) => `${expression} ${direction}`)
    .join(', ');

  const total = statement(db, `SELECT count(*) FROM users u WHERE ${where}`).pluck().get(...params) as number;
  const rows = statement(db, `SELECT ${ROW_COLUMNS} FROM users u WHERE ${where} ORDER BY ${order}, u.id ${direction} LIMIT ? OFFSET ?`)
    .all(...params, query.limit, query.offset) as (Omit<UserRow, 'enabled'> & { enabled: number })[];
  return { total, rows: rows.map((row) => ({ ...row, enabled: row.enabled === 1 })) };
}

/**
 * Every word must match some text column, in any order, ignoring case and accents, anywhere in the value.
 * Words of three or more characters go through the trigram index as quoted phrases (so FTS5 operators in
 * the text are taken literally); shorter ones through a parameterised LIKE.
 */
function textConditions(text: string): Condition[] {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  const indexed = words.filter((w) => [...w].length >= MIN_INDEXED_WORD);
  const short = words.filter((w) => [...w].length < MIN_INDEXED_WORD);
  const conditions: Condition[] = [];
  if (indexed.length > 0) {
    const match = indexed.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ');
    conditions.push({ sql: 'u.id IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)', params: [match] });
  }
  for (const word of short) {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push({
      sql: `(${TEXT_COLUMNS.map((c) => `u.${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`,
      params: TEXT_COLUMNS.map(() => pattern),
    });
  }
  return conditions;
}
