import type Database from 'better-sqlite3';
import { LIST_COLUMNS, LISTED_FIELDS } from '@shared/user-record/list-columns';
import type { AccountColumn, ListColumn, UserListColumn } from '@shared/user-record/list-columns';
import { USER_FIELDS } from '@shared/user-record/user-fields';
import type { UserFieldName } from '@shared/user-record/user-fields';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { SeekKey } from '@shared/rules/user-list-rules';
import type { UserRow } from '@shared/domain';
import type { z } from 'zod';
import { RosterError } from '@shared/result';
import { parseSearch } from '@shared/search';
import type { SearchError } from '@shared/search';
import { userStateCondition } from '../security/secret-expiry';
import { NATURAL_ORDER_FUNCTION } from './natural-order';
import {
  compileSearch,
  filtersByFlags,
  FLAGS_INDEX,
  looksUpRequiredSet,
  mentionsDeleted,
  readsClock,
  scansSearchText,
  SEARCH_TEXT_INDEX,
} from './search-sql';
import type { CompileOptions, UserSet } from './search-sql';

export type ParsedUserListQuery = z.output<typeof userListQuerySchema>;

/** The users column of a listed field (declared: never user text). */
function listedColumn(name: UserListColumn): string {
  const storage = USER_FIELDS[name as UserFieldName].storage;
  if (!('column' in storage)) throw new Error(`a list column needs a users column: ${name}`);
  return `u.${storage.column}`;
}

/** The account's columns, in SQL. The State order is that of its words: enabled, disabled, locked, phantom, deleted. */
const ACCOUNT_ORDER: Record<AccountColumn, readonly string[]> = {
  state: [
    `CASE WHEN u.deleted_at IS NOT NULL THEN 4 WHEN u.phantom = 1 THEN 3
      WHEN u.locked_until > strftime('%Y-%m-%dT%H:%M:%fZ', 'now') THEN 2 WHEN u.enabled = 0 THEN 1 ELSE 0 END`,
  ],
  created: ['u.created_at'],
  source: ['u.source'],
};

/** Sort keys map to fixed SQL (each column one or more expressions); user text never reaches the statement text. */
function sortExpressions(column: ListColumn): readonly string[] {
  switch (column.order) {
    // Natural order (anna.abbasi2 before anna.abbasi10): the expression of the indexes users_natural_order_active
    // and users_search_text_active (migrations 015, 012), so the default order walks an index.
    case 'natural':
      return [`${NATURAL_ORDER_FUNCTION}(${listedColumn(column.name)})`];
    case 'text':
      return [`${listedColumn(column.name)} COLLATE NOCASE`];
    // Extensions sort as numbers: 999 before 1000.
    case 'extension':
      return [`length(${listedColumn(column.name)})`, listedColumn(column.name)];
    case 'value':
      return [listedColumn(column.name)];
    case 'account':
      return ACCOUNT_ORDER[column.name as AccountColumn];
  }
}
const SORT_EXPRESSIONS = new Map(LIST_COLUMNS.map((column) => [column.name, sortExpressions(column)] as const));

/** A list row: the listed fields (under their names) and the account's columns. */
const ROW_COLUMNS = `u.id, ${LISTED_FIELDS.map((name) => `${listedColumn(name)} AS ${name}`).join(', ')},
  u.source, u.enabled, u.phantom, u.locked_until AS lockedUntil, u.created_at AS createdAt, u.deleted_at AS deletedAt,
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

/** A page of the list, with the seek keys of its first and last row (the renderer asks for the next page by them). */
export interface UserPage {
  total: number;
  rows: UserRow[];
  first?: SeekKey;
  last?: SeekKey;
}

/**
 * The user list's one search function: the search language (shared/search, compiled by search-sql.ts),
 * group, state, view, sort and page. A text that does not parse is refused as VALIDATION with its position.
 *
 * The page is found by key and offset over the ids and sort keys only (SEEK below), and the row's columns
 * (a photo lookup among them) are read for the page's rows alone: a deep page then costs a walk of the keys,
 * not the building of every row before it. With a seek key (a row the renderer has) the page starts at
 * that row, so paging on from a loaded page never skips anything; backward reads toward the top, so the end
 * of the list is as near as its start.
 */
export function searchUsers(db: Database.Database, query: ParsedUserListQuery): UserPage {
  const total = matchCount(db, query);
  // Nothing to page through: reading the page would only walk an index to find nothing.
  if (total === 0 || (query.seek === null && query.offset >= total)) return { total, rows: [] };
  return { total, ...readPage(db, query, total) };
}

/**
 * How many users the query matches. A page after the first (from a seek key, at an offset, or from the end)
 * is asked for by a list that has the total already, from its first page: while the site is unchanged, that
 * count is not made again (every match read once more, for each page the scrolling passes). A first page
 * always counts, and so does a query whose matches change with the clock (is:locked, expired).
 */
function matchCount(db: Database.Database, query: ParsedUserListQuery): number {
  const key = readsClockAt(query) ? null : JSON.stringify([query.text, query.groupId, query.state, query.view]);
  const continuing = query.seek !== null || query.offset > 0 || query.backward;
  const stamp = siteStamp(db);
  let known = knownCounts.get(db);
  if (known?.stamp !== stamp) knownCounts.set(db, (known = { stamp, totals: new Map() }));
  const recalled = key !== null && continuing ? known.totals.get(key) : undefined;
  if (recalled !== undefined) return recalled;
  const counting = countSql(countMatching(db, query));
  const total = statement(db, counting.sql)
    .pluck()
    .get(...counting.params) as number;
  if (key !== null) {
    // A few queries at a time are being paged through (the list, a second window); the oldest goes first.
    if (known.totals.size >= KNOWN_COUNTS_KEPT) known.totals.delete(known.totals.keys().next().value!);
    known.totals.set(key, total);
  }
  return total;
}
const KNOWN_COUNTS_KEPT = 16;

/** Counts made on a connection, and the state of the site they were made in (siteStamp). */
const knownCounts = new WeakMap<Database.Database, { stamp: string; totals: Map<string, number> }>();

/**
 * Changes whenever the site's rows may have: a row written on this connection (total_changes(), which counts
 * those of triggers too, and of a transaction later rolled back) or a commit on another one (data_version:
 * the import worker's, another process's).
 */
function siteStamp(db: Database.Database): string {
  const written = statement(db, 'SELECT total_changes()').pluck().get() as number;
  const committed = statement(db, 'PRAGMA data_version').pluck().get() as number;
  return `${written}:${committed}`;
}

/** Whether the query's matches depend on the time (a state filter, or a lock or an expiry in the text). */
function readsClockAt(query: ParsedUserListQuery): boolean {
  if (query.state !== null) return true;
  const parsed = parseSearch(query.text);
  return parsed.ok && parsed.query !== null && readsClock(parsed.query);
}

function readPage(db: Database.Database, query: ParsedUserListQuery, total: number): Omit<UserPage, 'total'> {
  const expressions = orderExpressions(query);
  const seek = query.seek;
  if (seek !== null && seek.values.length !== expressions.keys.length) {
    throw new RosterError('VALIDATION', 'error.VALIDATION', undefined, [{ path: ['seek'], message: 'rule.invalid' }]);
  }
  const page = pageMatching(db, query, total);
  // Forward in an ascending order (or backward in a descending one) the keys grow.
  const descending = (query.sort.direction === 'desc') !== query.backward;
  const direction = descending ? 'DESC' : 'ASC';
  const compared = [...expressions.keys, ...(expressions.unique ? [] : ['u.id'])];
  const bound = seek === null ? [] : [...seek.values, ...(expressions.unique ? [] : [seek.id])];
  const after =
    seek === null
      ? ''
      : compared.length === 1
        ? ` AND ${compared[0]} ${descending ? '<' : '>'} ?`
        : ` AND (${compared.join(', ')}) ${descending ? '<' : '>'} (${compared.map(() => '?').join(', ')})`;
  const keyColumns = expressions.keys.map((expression, i) => `${expression} AS k${i}`).join(', ');
  const order = compared.map((expression) => `${expression} ${direction}`).join(', ');
  const outerOrder = [...expressions.keys.map((_, i) => `p.k${i} ${direction}`), `p.pid ${direction}`].join(', ');
  const sql = `WITH p AS MATERIALIZED (SELECT u.id AS pid, ${keyColumns} FROM ${page.from} WHERE ${page.where}${after} ORDER BY ${order} LIMIT ? OFFSET ?)
    SELECT ${ROW_COLUMNS}, ${expressions.keys.map((_, i) => `p.k${i}`).join(', ')} FROM p JOIN users u ON u.id = p.pid ORDER BY ${outerOrder}`;
  const read = statement(db, sql).all(...page.params, ...bound, query.limit, query.offset) as (Omit<UserRow, 'enabled' | 'phantom'> & {
    enabled: number;
    phantom: number;
  } & Record<string, unknown>)[];
  if (query.backward) read.reverse();
  const keyOf = (row: Record<string, unknown>): SeekKey => ({
    values: expressions.keys.map((_, i) => row[`k${i}`] as string | number | null),
    id: row.id as number,
  });
  const rows = read.map((row) => {
    const listed = { ...row, enabled: row.enabled === 1, phantom: row.phantom === 1 } as Record<string, unknown>;
    expressions.keys.forEach((_, i) => delete listed[`k${i}`]);
    return listed as unknown as UserRow;
  });
  if (read.length === 0) return { rows };
  return { rows, first: keyOf(read[0]!), last: keyOf(read.at(-1)!) };
}

/**
 * The list's order: the sort column, then the id, so that equal values page in a stable order. Active users
 * in username order need no id: their usernames are unique and so are the natural keys (natural-order.ts),
 * and without it the page is a plain walk of the index, with no sorting of equal keys.
 */
export function pageOrder(query: ParsedUserListQuery): string {
  const direction = query.sort.direction === 'desc' ? 'DESC' : 'ASC';
  const { keys, unique } = orderExpressions(query);
  const order = keys.map((expression) => `${expression} ${direction}`).join(', ');
  return unique ? order : `${order}, u.id ${direction}`;
}

/** The sort column's expressions, and whether they alone are unique (then the id is no part of the order). */
function orderExpressions(query: ParsedUserListQuery): { keys: readonly string[]; unique: boolean } {
  const keys = SORT_EXPRESSIONS.get(query.sort.column)!;
  const unique = query.sort.column === 'username' && query.view !== 'deleted' && !mentionsDeletedText(query.text);
  return { keys, unique };
}

/** Whether the text may bring deleted users into the list (is:deleted): then usernames can repeat. */
function mentionsDeletedText(text: string): boolean {
  const parsed = parseSearch(text);
  return parsed.ok && parsed.query !== null && mentionsDeleted(parsed.query);
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
 * Whether the page walks the username order index (CompileOptions.walkOrderIndex) rather than looking up and
 * sorting every match: worth it for many matches (the walk stops after a page of hits); for a few hundred,
 * reading them is cheaper than walking past everyone else (test/bench/search.bench.ts).
 */
function pagesByOrderIndex(query: ParsedUserListQuery, total: number): boolean {
  return query.sort.column === 'username' && query.view !== 'deleted' && total > ORDER_INDEX_WALK_FROM;
}
const ORDER_INDEX_WALK_FROM = 2_000;

/** The partial index of migration 015: the active users in the list's default order (natural usernames). */
const ORDER_INDEX = 'users_natural_order_active';

/** The ids of every user the query matches (in id order, at most `cap`), for "select all matching". */
export function searchUserIds(db: Database.Database, query: ParsedUserListQuery, cap: number): { ids: number[]; total: number } {
  const matched = countMatching(db, query);
  const { from, where, params } = matched;
  const counting = countSql(matched);
  const total = statement(db, counting.sql)
    .pluck()
    .get(...counting.params) as number;
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
  /** When the matches are the active users of one set (or those outside it): that set, which counts them faster. */
  set?: UserSet & { negated: boolean };
}

/**
 * The statement that counts the matches. The active users of one set (a word's trigram matches, has:pin,
 * a group) are counted from the set's own index, each tested against the deleted users (a small list,
 * collected once), and those outside the set as all active users less that: no member is looked up in the
 * users table (at 100,000 users, has:pin 2 ms instead of 17, -dept:sales 4-7 ms instead of 17-32,
 * test/bench/search.bench.ts).
 */
export function countSql(matching: Matching): { sql: string; params: unknown[] } {
  const set = matching.set;
  if (!set) return { sql: `SELECT count(*) FROM ${matching.from} WHERE ${matching.where}`, params: matching.params };
  const active = `SELECT count(*) FROM (${set.select}) m WHERE m.id NOT IN (SELECT d.id FROM users d WHERE d.deleted_at IS NOT NULL)`;
  return set.negated
    ? { sql: `SELECT (SELECT count(*) FROM users a WHERE a.deleted_at IS NULL) - (${active})`, params: set.params }
    : { sql: active, params: set.params };
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

  // A short word over the active users is tested in the search_text index (migration 007, in the list's
  // order, so it also serves the walk for a page) rather than the table; it holds only the active users. Not
  // when the word is narrowed to its candidates: then they are looked up, or the order index walked.
  const narrow =
    byView && query.view !== 'deleted' && parsed.query !== null && search !== null && !search.narrowedShortWord && scansSearchText(parsed.query);
  // A query that matches nobody names no index: SQLite drops a WHERE that is false, and with it the condition
  // of the partial index, which it then refuses to read ("no query solution").
  const anyIndex = search?.nobody !== true;
  // The page of many matches in username order walks the narrow index of that order (migration 015), reading
  // a user's row only where a term needs it. Named: without statistics (sites are never ANALYZEd) the planner
  // reads users_deleted_at and would compute the natural key of every active user to sort them.
  const walk = options.walkOrderIndex === true && byView && query.view !== 'deleted';
  // Otherwise a test of the flags (vip, dates, state, privileges) reads the index that holds them (migration
  // 013), which only the active users are in.
  const flags = !narrow && !walk && byView && query.view !== 'deleted' && parsed.query !== null && filtersByFlags(parsed.query);
  // Or the users of a set the query requires are looked up by id, when it tests flags as well.
  const lookUp = !narrow && !walk && parsed.query !== null && looksUpRequiredSet(parsed.query);
  // The active users of a set, and nothing else asked: countSql counts them from the set.
  const set = byView && query.view !== 'deleted' && query.groupId === null && !query.state ? search?.set : undefined;
  return {
    from: !anyIndex
      ? 'users u'
      : narrow
        ? `users u INDEXED BY ${SEARCH_TEXT_INDEX}`
        : walk
          ? `users u INDEXED BY ${ORDER_INDEX}`
          : flags
            ? `users u INDEXED BY ${FLAGS_INDEX}`
            : lookUp
              ? 'users u NOT INDEXED'
              : 'users u',
    where: conditions.length > 0 ? conditions.map((c) => c.sql).join(' AND ') : '1',
    params: conditions.flatMap((c) => c.params),
    ...(set ? { set } : {}),
  };
}

/** A text that does not parse, refused at the `text` field with where it is wrong (the box shows it inline). */
function searchError(error: SearchError): RosterError {
  const params = { ...error.params, position: error.position, length: error.length };
  return new RosterError('VALIDATION', 'error.VALIDATION', undefined, [{ path: ['text'], message: error.message, params }]);
}
