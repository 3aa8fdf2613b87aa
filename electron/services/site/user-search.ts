import type Database from 'better-sqlite3';
import type { UserListColumn } from '@shared/rules/user-list-rules';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserRow } from '@shared/domain';
import type { z } from 'zod';
import { RosterError } from '@shared/result';
import { parseSearch } from '@shared/search';
import type { SearchError } from '@shared/search';
import { userStateCondition } from '../security/secret-expiry';
import { compileSearch, mentionsDeleted, scansSearchText, SEARCH_TEXT_INDEX } from './search-sql';
import type { CompileOptions } from './search-sql';

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
  number: 'length(u.number), u.number',
  email: 'u.email COLLATE NOCASE',
  language: 'u.language',
  source: 'u.source',
};

const ROW_COLUMNS = `u.id, u.username, u.last_name AS lastName, u.first_name AS firstName, u.department, u.vip,
  u.phone, u.mobile, u.number, u.email, u.language, u.source, u.enabled, u.deleted_at AS deletedAt,
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
 * The user list's one search function: the search language (shared/search, compiled by search-sql.ts),
 * group, state, view, sort and page. A text that does not parse is refused as VALIDATION with its position.
 */
export function searchUsers(db: Database.Database, query: ParsedUserListQuery): { total: number; rows: UserRow[] } {
  const counting = countMatching(db, query);
  const total = statement(db, `SELECT count(*) FROM ${counting.from} WHERE ${counting.where}`)
    .pluck()
    .get(...counting.params) as number;
  // Nothing to page through: reading the page would only walk an index to find nothing.
  if (total === 0 || query.offset >= total) return { total, rows: [] };
  const page = pageMatching(db, query, total);
  const rows = statement(db, `SELECT ${ROW_COLUMNS} FROM ${page.from} WHERE ${page.where} ORDER BY ${pageOrder(query)} LIMIT ? OFFSET ?`).all(
    ...page.params,
    query.limit,
    query.offset,
  ) as (Omit<UserRow, 'enabled'> & { enabled: number })[];
  return { total, rows: rows.map((row) => ({ ...row, enabled: row.enabled === 1 })) };
}

/** The list's order: the sort column, then the id, so that equal values page in a stable order. */
export function pageOrder(query: ParsedUserListQuery): string {
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const order = SORT_EXPRESSIONS[query.sort.column]
    .split(', ')
    .map((expression) => `${expression} ${direction}`)
    .join(', ');
  return `${order}, u.id ${direction}`;
}

/** How the matches are counted: in the plain form (index matches looked up by id; a short word's LIKE on every row). */
export function countMatching(db: Database.Database, query: ParsedUserListQuery): Matching {
  return matching(db, query, {});
}

/**
 * How the page is read once the count is known: a large match set by walking the order index, and a short
 * word narrowed to its candidates (search-sql.ts, CompileOptions).
 */
export function pageMatching(db: Database.Database, query: ParsedUserListQuery, total: number): Matching {
  return matching(db, query, { walkOrderIndex: pagesByOrderIndex(query, total), shortWordCandidates: true });
}

/**
 * Whether the page walks users_username_active (CompileOptions.walkOrderIndex) rather than looking up and
 * sorting every match: worth it for many matches (the walk stops after a page of hits); for a few hundred,
 * reading them is cheaper than walking past everyone else (test/bench/search.bench.ts).
 */
function pagesByOrderIndex(query: ParsedUserListQuery, total: number): boolean {
  return query.sort.column === 'username' && query.view !== 'deleted' && total > ORDER_INDEX_WALK_FROM;
}
const ORDER_INDEX_WALK_FROM = 2_000;

/** The ids of every user the query matches (in id order, at most `cap`), for "select all matching". */
export function searchUserIds(db: Database.Database, query: ParsedUserListQuery, cap: number): { ids: number[]; total: number } {
  const { from, where, params } = countMatching(db, query);
  const total = statement(db, `SELECT count(*) FROM ${from} WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  const ids = statement(db, `SELECT u.id FROM ${from} WHERE ${where} ORDER BY u.id LIMIT ?`)
    .pluck()
    .all(...params, cap) as number[];
  return { ids, total };
}

/** The table (and index) and the WHERE clause of a query (view, group, state, text) with its parameters. */
export interface Matching {
  from: string;
  where: string;
  params: unknown[];
}

function matching(
  db: Database.Database,
  query: ParsedUserListQuery,
  options: Pick<CompileOptions, 'walkOrderIndex' | 'shortWordCandidates'>,
): Matching {
  const parsed = parseSearch(query.text);
  if (!parsed.ok) throw searchError(parsed.error);
  const conditions: Condition[] = [];
  // A query that speaks of deleted users (is:deleted) decides about them itself; otherwise the view does.
  const byView = !parsed.query || !mentionsDeleted(parsed.query);
  if (byView) {
    conditions.push({ sql: query.view === 'deleted' ? 'u.deleted_at IS NOT NULL' : 'u.deleted_at IS NULL', params: [] });
  }
  if (query.groupId !== null) {
    conditions.push({ sql: 'EXISTS (SELECT 1 FROM group_members m WHERE m.user_id = u.id AND m.group_id = ?)', params: [query.groupId] });
  }
  if (query.state) conditions.push(userStateCondition(db, query.state));
  const search = parsed.query ? compileSearch(db, parsed.query, options) : null;
  if (search) conditions.push(search);

  // A short word over the active users reads the narrow search_text index (migration 007, in username order,
  // so it also serves the walk of the order index) rather than the table; it holds only the active users.
  // Not when the word is narrowed to its candidates: then they are looked up, or the username index walked.
  const narrow =
    byView && query.view !== 'deleted' && parsed.query !== null && search !== null && !search.narrowedShortWord && scansSearchText(parsed.query);
  return {
    from: narrow ? `users u INDEXED BY ${SEARCH_TEXT_INDEX}` : 'users u',
    where: conditions.length > 0 ? conditions.map((c) => c.sql).join(' AND ') : '1',
    params: conditions.flatMap((c) => c.params),
  };
}

/** A text that does not parse, refused at the `text` field with where it is wrong (the box shows it inline). */
function searchError(error: SearchError): RosterError {
  const params = { ...error.params, position: error.position, length: error.length };
  return new RosterError('VALIDATION', 'error.VALIDATION', undefined, [{ path: ['text'], message: error.message, params }]);
}
