import type Database from 'better-sqlite3';
import type { CompareOp, OrderedField, SearchNode, TextField } from '@shared/search';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import { userStateCondition } from '../security/secret-expiry';
import { shortWordTerms } from './short-word-terms';

/**
 * Compiles a parsed search (shared/search) into a condition over `users u`. The statement text is made only
 * of the fixed fragments in this file; everything the administrator typed travels as a bound parameter
 * (including the FTS5 MATCH expression, in which each value is one quoted phrase, so FTS syntax in the
 * text is taken literally).
 */
interface SqlCondition {
  sql: string;
  params: unknown[];
  /** Set when the condition is exactly membership of one set of users (UserSet), or its negation. */
  set?: UserSet & { negated: boolean };
}

/**
 * A set of users that some index lists: `select` names each user at most once (as `id`), and only users
 * that exist (the trigram index's rowids are the users' ids; a user's secrets are purged with the user, and
 * group members and cached photos cascade). Such a set is counted from its own index, without looking up
 * each member (user-search.ts, countSql): for has:pin, 25,000 secrets read instead of 25,000 users looked up.
 */
export interface UserSet {
  select: string;
  params: unknown[];
}

const TRUE: SqlCondition = { sql: '1', params: [] };
const FALSE: SqlCondition = { sql: '0', params: [] };

/** The users column a text field is searched in (users_fts has the same names): aliases through alias_text. */
function searchColumn(field: (typeof USER_FIELD_LIST)[number]): string | null {
  if (field.storage.as === 'aliases') return 'alias_text';
  if (field.storage.as === 'phones') return 'device_text';
  return field.storage.as === 'text' ? field.storage.column : null;
}

/** users_fts columns searched by a free word, and per field: those of the fields declared as searched. */
const SEARCHED = USER_FIELD_LIST.flatMap((field) => {
  const column = field.search ? searchColumn(field) : null;
  return column === null ? [] : [[field.name, column] as const];
});
const ALL_TEXT_COLUMNS: readonly string[] = SEARCHED.map(([, column]) => column);
const FIELD_COLUMNS = new Map<TextField, readonly string[]>([
  ...SEARCHED.map(([name, column]) => [name, [column]] as const),
  ['name', ['first_name', 'last_name']],
]);
const columnsOf = (field: TextField): readonly string[] => FIELD_COLUMNS.get(field) ?? [];

/** The trigram index needs three characters; shorter text is matched with LIKE (case- but not accent-blind). */
const MIN_INDEXED = 3;

const HAS_VALUE: Record<string, string> = {
  mobile: "u.mobile <> ''",
  email: "u.email <> ''",
  phone: "u.phone <> ''",
  pager: "u.pager <> ''",
  number: "u.number <> ''",
  alias: "u.alias_text <> ''",
};

/** has: of what is kept beside the user: the table, its user id column and what selects the rows. */
const HAS_ROWS: Record<string, readonly [from: string, user: string, where: string]> = {
  pin: ['secrets s', 's.owner_id', "s.owner_kind = 'user' AND s.name = 'pin'"],
  password: ['secrets s', 's.owner_id', "s.owner_kind = 'user' AND s.name = 'password'"],
  photo: ['photo_cache p', 'p.user_id', '1'],
};

/** The members of a group, by its name (unique, NOCASE), or of the groups a pattern names. */
const GROUP_ROWS = ['group_members m JOIN user_groups g ON g.id = m.group_id', 'm.user_id', 'g.name = ?'] as const;
const GROUPS_ROWS = [GROUP_ROWS[0], GROUP_ROWS[1], "g.name LIKE ? ESCAPE '\\'"] as const;

const ORDERED_COLUMNS: Record<OrderedField, string> = {
  // Extensions compare as numbers (999 < 1000); the same expression as the index of migration 006.
  number: 'CAST(u.number AS INTEGER)',
  vip: 'u.vip',
  created: 'u.created_at',
  updated: 'u.updated_at',
};

const SQL_OPS: Record<Exclude<CompareOp, '='>, string> = { '>': '>', '>=': '>=', '<': '<', '<=': '<=' };

export interface CompileOptions {
  /**
   * The page is read in the order of the list's order index (users_natural_order_active): then an id set
   * of the trigram index is tested while walking that index (`+u.id IN`, which the planner cannot use to
   * look rows up), so the first page stops after 50 hits instead of reading and sorting every match. The
   * users having a secret, a photo or a group are not collected at all then: each user walked past is looked
   * up there (EXISTS, one primary-key lookup), so has:pin looks up some 200 users for its first page instead
   * of collecting 25,000 secrets first. Measured in test/bench/search.bench.ts.
   */
  walkOrderIndex?: boolean;
  /**
   * A word shorter than the trigrams (and a field's short value) is first narrowed to the users holding an
   * indexed trigram that begins with it (migration 009, short-word-terms.ts), then tested with its LIKE as
   * always, so it finds exactly the same users. For a page: few matches are then found without walking the
   * whole search_text index. Counting keeps the plain scan, which costs the same whatever the word; but
   * either way a word that no indexed trigram begins with matches nobody, and is answered without a scan.
   */
  shortWordCandidates?: boolean;
  now?: Date;
}

export interface SearchCondition {
  sql: string;
  params: unknown[];
  /** Whether some short word is narrowed by its candidates (then the search_text index is not the one to read). */
  narrowedShortWord: boolean;
  /** Whether the query matches nobody whatever the rows (a short word that no value contains). */
  nobody: boolean;
  /** When the whole query is membership of one set of users (or its negation): that set, to count it by. */
  set?: UserSet & { negated: boolean };
}

export function compileSearch(db: Database.Database, node: SearchNode, options: CompileOptions = {}): SearchCondition {
  const walk = options.walkOrderIndex ?? false;
  const compiler = new Compiler(db, options.now ?? new Date(), options.shortWordCandidates ?? false, walk);
  const condition = compiler.node(node);
  // '#ID' is the fixed placeholder of the id-set tests above; it never comes from the text.
  return {
    sql: condition.sql.replaceAll('#ID', walk ? '+u.id' : 'u.id'),
    params: condition.params,
    narrowedShortWord: compiler.narrowedShortWord,
    nobody: condition === FALSE,
    ...(condition.set ? { set: condition.set } : {}),
  };
}

/**
 * At most this many users (counted per term) are collected as a short word's candidates; a commoner word is
 * tested on every row, which then finds a page of matches quickly (test/bench/search.bench.ts).
 */
const SHORT_WORD_CANDIDATES_UP_TO = 20_000;

/** Whether the query speaks about deleted users (is:deleted, also negated): then it, not the view, decides. */
export function mentionsDeleted(node: SearchNode): boolean {
  return anyTerm(node, (term) => term.kind === 'is' && term.state === 'deleted');
}

/** Whether the query has a state that the clock decides (locked until, expired after): its matches change with time. */
export function readsClock(node: SearchNode): boolean {
  return anyTerm(node, (term) => term.kind === 'is' && !TIMELESS_STATES.has(term.state));
}
const TIMELESS_STATES = new Set(['enabled', 'disabled', 'phantom', 'deleted', 'sharednumber']);

/** Whether some term of the query, under any and / or / not, satisfies the test. */
function anyTerm(node: SearchNode, test: (term: SearchNode) => boolean): boolean {
  switch (node.kind) {
    case 'and':
    case 'or':
      return node.items.some((item) => anyTerm(item, test));
    case 'not':
      return anyTerm(node.item, test);
    default:
      return test(node);
  }
}

class Compiler {
  narrowedShortWord = false;

  constructor(
    private readonly db: Database.Database,
    private readonly now: Date,
    private readonly shortWordCandidates: boolean,
    private readonly walkOrderIndex: boolean,
  ) {}

  node(node: SearchNode): SqlCondition {
    switch (node.kind) {
      case 'and':
        return this.combine(node.items, 'AND');
      case 'or':
        return this.combine(node.items, 'OR');
      case 'not': {
        const inner = this.node(node.item);
        const set = inner.set && !inner.set.negated ? { set: { ...inner.set, negated: true } } : {};
        return { sql: `NOT (${inner.sql})`, params: inner.params, ...set };
      }
      case 'text':
        return this.text(node.field, node.value, node.wildcard);
      case 'compare':
        return this.compare(node.field, node.op, node.value);
      case 'range':
        return join([this.compare(node.field, '>=', node.from), this.compare(node.field, '<=', node.to)], 'AND');
      case 'language':
        return { sql: 'u.language = ?', params: [node.code] };
      case 'source':
        return { sql: 'u.source = ?', params: [node.source] };
      case 'import':
        // What the import brought in or changed while it stands (an undone import changed nothing); the
        // users it deleted are found with is:deleted.
        return {
          sql: "#ID IN (SELECT r.user_id FROM import_rows r JOIN imports i ON i.id = r.import_id WHERE r.import_id = ? AND i.undone_at IS NULL AND r.outcome <> 'deleted')",
          params: [node.id],
        };
      case 'group':
        // A pattern may name several groups, whose members can repeat: no set to count.
        return node.wildcard ? this.heldBy(GROUPS_ROWS, [likePattern(node.name, true)], false) : this.heldBy(GROUP_ROWS, [node.name], true);
      case 'has': {
        const rows = HAS_ROWS[node.what];
        return rows ? this.heldBy(rows, [], true) : { sql: HAS_VALUE[node.what]!, params: [] };
      }
      case 'is':
        return this.state(node.state);
      case 'priv':
        // The column name comes from PRIVILEGES (a fixed list), never from the text.
        return { sql: `u."${node.privilege}" = 1`, params: [] };
    }
  }

  /**
   * The users some rows name (secrets, photos, group members): collected once (IN, and a set to count when
   * each user is named once), or while walking the order index, looked up for each user passed (EXISTS).
   */
  private heldBy([from, user, where]: readonly [string, string, string], params: unknown[], distinct: boolean): SqlCondition {
    if (this.walkOrderIndex) return { sql: `EXISTS (SELECT 1 FROM ${from} WHERE ${user} = u.id AND ${where})`, params };
    return userSet(`SELECT ${user} AS id FROM ${from} WHERE ${where}`, params, distinct);
  }

  /**
   * All words (AND) or alternatives (OR) that the index can answer go into ONE MATCH with FTS5's own AND /
   * OR: one index lookup instead of one per word, and no union of sets.
   */
  private combine(items: SearchNode[], operator: 'AND' | 'OR'): SqlCondition {
    const phrases: string[] = [];
    const rest: SqlCondition[] = [];
    for (const item of items) {
      const phrase = item.kind === 'text' && !item.wildcard ? ftsPhrase(item.field, item.value) : null;
      if (phrase !== null) phrases.push(phrase);
      else rest.push(this.node(item));
    }
    const conditions = phrases.length > 0 ? [ftsCondition(phrases, operator), ...rest] : rest;
    return join(conditions, operator);
  }

  private text(field: TextField | null, value: string, wildcard: boolean): SqlCondition {
    if (value.replaceAll('*', '') === '') return TRUE;
    const columns = field === null ? ALL_TEXT_COLUMNS : columnsOf(field);
    if (!wildcard) {
      const phrase = ftsPhrase(field, value);
      if (phrase !== null) return ftsCondition([phrase]);
      const exact = field === null ? shortWord(value) : anyColumnLike(columns, likePattern(value, false));
      return this.narrowed(field, value, exact);
    }
    // A pattern must match a whole value; its longer literal pieces first narrow the rows through the index.
    const pieces = value.split('*').filter((piece) => [...piece].length >= MIN_INDEXED);
    const like = anyColumnLike(columns, likePattern(value, true));
    return pieces.length === 0 ? like : join([ftsCondition(pieces.map((piece) => ftsPhrase(field, piece)!)), like], 'AND');
  }

  /** A short word's LIKE, tested only on the users holding a trigram that begins with the word (when few do). */
  private narrowed(field: TextField | null, value: string, exact: SqlCondition): SqlCondition {
    // Without candidates, asked only whether any indexed trigram begins with the word (upTo 0: null if one does).
    const upTo = this.shortWordCandidates ? SHORT_WORD_CANDIDATES_UP_TO : 0;
    const terms = shortWordTerms(this.db, value, field === null ? null : columnsOf(field), upTo);
    if (terms === null) return exact;
    // No indexed trigram begins with the word: no value contains it.
    if (terms.length === 0) return FALSE;
    this.narrowedShortWord = true;
    // The terms come from the index, but are quoted like typed text all the same: each is one literal trigram.
    const anyTerm = terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
    const match = field === null ? anyTerm : `{${columnsOf(field).join(' ')}} : (${anyTerm})`;
    return join([{ sql: '#ID IN (SELECT rowid FROM users_fts WHERE users_fts MATCH ?)', params: [match] }, exact], 'AND');
  }

  private compare(field: OrderedField, op: CompareOp, value: number | string): SqlCondition {
    const column = ORDERED_COLUMNS[field];
    if (field === 'created' || field === 'updated') {
      // Timestamps are ISO strings; a day is [day, next day), so "> day" means from the next day on.
      const day = String(value);
      const next = nextDay(day);
      switch (op) {
        case '=':
          return { sql: `(${column} >= ? AND ${column} < ?)`, params: [day, next] };
        case '>':
          return { sql: `${column} >= ?`, params: [next] };
        case '>=':
          return { sql: `${column} >= ?`, params: [day] };
        case '<':
          return { sql: `${column} < ?`, params: [day] };
        case '<=':
          return { sql: `${column} < ?`, params: [next] };
      }
    }
    const sqlOp = op === '=' ? '=' : SQL_OPS[op];
    // A user without a number has none to compare.
    const guard = field === 'number' ? "u.number <> '' AND " : '';
    return { sql: `(${guard}${column} ${sqlOp} ?)`, params: [value] };
  }

  private state(state: string): SqlCondition {
    switch (state) {
      case 'locked':
        return userStateCondition(this.db, 'locked', this.now);
      case 'enabled':
        return { sql: 'u.enabled = 1', params: [] };
      case 'disabled':
        return { sql: 'u.enabled = 0', params: [] };
      case 'phantom':
        return { sql: 'u.phantom = 1', params: [] };
      case 'deleted':
        return { sql: 'u.deleted_at IS NOT NULL', params: [] };
      case 'passwordexpired':
        return userStateCondition(this.db, 'passwordExpired', this.now);
      case 'pinexpired':
        return userStateCondition(this.db, 'pinExpired', this.now);
      case 'sharednumber':
        // Another active user holds the same number (a shared line): looked up along the number index.
        return {
          sql: "(u.number <> '' AND EXISTS (SELECT 1 FROM users s WHERE s.number = u.number AND s.id <> u.id AND s.deleted_at IS NULL))",
          params: [],
        };
      default:
        return join([userStateCondition(this.db, 'passwordExpired', this.now), userStateCondition(this.db, 'pinExpired', this.now)], 'OR');
    }
  }
}

/** One FTS5 phrase (quotes doubled, so the text is literal), limited to the field's columns; null if too short. */
function ftsPhrase(field: TextField | null, value: string): string | null {
  if ([...value].length < MIN_INDEXED) return null;
  const phrase = `"${value.replaceAll('"', '""')}"`;
  return field === null ? phrase : `{${columnsOf(field).join(' ')}} : ${phrase}`;
}

function ftsCondition(phrases: string[], operator: 'AND' | 'OR' = 'AND'): SqlCondition {
  // Each phrase is parenthesised so a column filter binds to its own phrase only.
  const match = phrases.length === 1 ? phrases[0]! : phrases.map((phrase) => `(${phrase})`).join(` ${operator} `);
  return userSet('SELECT rowid AS id FROM users_fts WHERE users_fts MATCH ?', [match], true);
}

/** Membership of the users `select` names; a set to count by when it names each of them once. */
function userSet(select: string, params: unknown[], distinct: boolean): SqlCondition {
  const condition = { sql: `#ID IN (${select})`, params };
  return distinct ? { ...condition, set: { select, params, negated: false } } : condition;
}

/**
 * A free word too short for the trigram index, matched in users.search_text (migration 007: the ten columns
 * lower-cased and joined by char 31), which its index holds, so the rows are tested without reading the
 * table. LIKE folds ASCII case only, and so does lower() there; the pattern is lowered the same way, so the
 * results are those of a LIKE per column. (A field's short word stays a LIKE on its columns: search_text
 * could only pre-filter it, and measured slower.)
 */
function shortWord(value: string): SqlCondition {
  const pattern = likePattern(value, false);
  if (value.includes(SEARCH_TEXT_SEPARATOR)) return anyColumnLike(ALL_TEXT_COLUMNS, pattern);
  return { sql: "u.search_text LIKE ? ESCAPE '\\'", params: [asciiLower(pattern)] };
}
const SEARCH_TEXT_SEPARATOR = '\u001f';

function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** The partial index of migrations 007 and 012: the active users in the list's order, with their search_text. */
export const SEARCH_TEXT_INDEX = 'users_search_text_active';

/**
 * Whether the query should be read through the search_text index: it has a short free word and nothing that
 * narrows the rows by another index (a trigram word, an id set, a number range) on every path. The planner
 * does not pick that index by itself (it cannot weigh a LIKE), so the caller names it.
 */
export function scansSearchText(node: SearchNode): boolean {
  return hasShortWord(node) && !narrowsByIndex(node);
}

/** The index of migration 013: the active users' state, VIP, dates, number and privileges. */
export const FLAGS_INDEX = 'users_flags_active';

/**
 * Whether the query should be read through the flags index: it tests some of its columns (vip>=4,
 * created>…, is:disabled, priv:sms) and nothing narrows the rows by another index. Without statistics the
 * planner takes the narrower users_department_active for deleted_at IS NULL and reads every active row
 * behind it; through this index the rows are filtered by the index's own columns first (a page of a rare
 * VIP level: 16 ms instead of 430-560 ms at 100,000 users).
 */
export function filtersByFlags(node: SearchNode): boolean {
  return anyTerm(node, isFlagTerm) && !narrowsByIndex(node);
}

/**
 * Whether the query should be read by looking up the users of a set it requires (a word's trigram matches,
 * a group, has:pin, an import) and tests flags too: without statistics the planner would rather scan the
 * flags index whole, since it covers them, and test each active user against the set (counting müller
 * vip>=4 took 14 ms that way, 4 by looking up; the bench's mix 10-16 ms, now 2). The caller says NOT
 * INDEXED, which leaves SQLite the lookup by id alone. Only a set that every match is in (not under OR or
 * NOT) can lead.
 */
export function looksUpRequiredSet(node: SearchNode): boolean {
  return anyTerm(node, isFlagTerm) && requiresSet(node);
}

function requiresSet(node: SearchNode): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.some(requiresSet);
    case 'text':
      return narrowsByIndex(node);
    case 'group':
    case 'import':
      return true;
    case 'has':
      return HAS_ROWS[node.what] !== undefined;
    default:
      return false;
  }
}

function isFlagTerm(term: SearchNode): boolean {
  switch (term.kind) {
    case 'compare':
    case 'range':
      return term.field !== 'number';
    case 'is':
      return TIMELESS_STATES.has(term.state) && term.state !== 'deleted';
    case 'priv':
      return true;
    default:
      return false;
  }
}

function hasShortWord(node: SearchNode): boolean {
  return anyTerm(
    node,
    (term) =>
      term.kind === 'text' &&
      term.field === null &&
      !term.wildcard &&
      term.value !== '' &&
      [...term.value].length < MIN_INDEXED &&
      !term.value.includes(SEARCH_TEXT_SEPARATOR),
  );
}

function narrowsByIndex(node: SearchNode): boolean {
  switch (node.kind) {
    case 'and':
      return node.items.some(narrowsByIndex);
    case 'or':
      return node.items.length > 0 && node.items.every(narrowsByIndex);
    case 'text':
      return node.wildcard ? node.value.split('*').some((piece) => [...piece].length >= MIN_INDEXED) : [...node.value].length >= MIN_INDEXED;
    case 'group':
      return true;
    case 'compare':
    case 'range':
      return node.field === 'number';
    default:
      return false;
  }
}

function anyColumnLike(columns: readonly string[], pattern: string): SqlCondition {
  // A pattern that begins with % cannot narrow an index range, yet the planner, seeing a LIKE on a column
  // with a NOCASE index (department, last name), would read that index and then sort every match; the unary
  // + (a no-op on the value) keeps it to the plan it has without the LIKE.
  const column = (c: string) => (pattern.startsWith('%') ? `+u.${c}` : `u.${c}`);
  return { sql: `(${columns.map((c) => `${column(c)} LIKE ? ESCAPE '\\'`).join(' OR ')})`, params: columns.map(() => pattern) };
}

/** A LIKE pattern with %, _ and \ escaped; `*` becomes % when it is a wildcard, else the value is contained. */
function likePattern(value: string, wildcard: boolean): string {
  const escaped = value.replace(/[\\%_]/g, (c) => `\\${c}`);
  return wildcard ? escaped.replaceAll('*', '%') : `%${escaped}%`;
}

function join(conditions: SqlCondition[], operator: 'AND' | 'OR'): SqlCondition {
  if (conditions.length === 0) return TRUE;
  if (conditions.length === 1) return conditions[0]!;
  return { sql: `(${conditions.map((c) => c.sql).join(` ${operator} `)})`, params: conditions.flatMap((c) => c.params) };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
