import type Database from 'better-sqlite3';

/** The triggers that keep the trigram index in step with each inserted or updated user (migration 011). */
const ROW_TRIGGERS = ['users_fts_insert', 'users_fts_update'];
/** And with each deleted one: dropped too when the index is rebuilt as a whole. */
const DELETE_TRIGGER = 'users_fts_delete';

/** The index's columns, in the order of its external content, the view users_search_content. */
const INDEX_COLUMNS = 'username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text';

/**
 * Below this many written users the indexes of users are kept up to date row by row: building a dozen
 * indexes again costs about 10 µs per user of the whole table (1.1 s at 100,000), which a small import into a
 * large site must not pay.
 */
const MIN_DEFERRED_WRITES = 2_000;
/**
 * Once an operation has written this share of the table's rows, the rest are written without the table's
 * secondary indexes, which are built again at the end: a row written into a dozen B-trees costs several times
 * what sorting it into them once costs (test/bench/import.bench.ts).
 */
const DEFERRED_SHARE = 1 / 4;

interface StoredSql {
  name: string;
  sql: string;
}

export interface UserWriteOptions {
  /**
   * The work touches most of the site (the undo of a large import): the delete trigger goes too, and
   * finish() rebuilds the whole index from the users as they then are, cheaper than removing entries one
   * by one (each entry removed costs several entries written).
   */
  rebuildSearchIndex?: boolean;
  /**
   * Keep the indexes of users up to date row by row however many users are written: an undo relies on
   * the unique indexes to refuse, user by user, a username or number taken back by hand since the import.
   */
  keepUserIndexes?: boolean;
}

/**
 * Keeps the search index and the indexes of users in step with a bulk write (an import, a CUCM apply, the
 * demo) in bulk instead of row by row.
 *
 * The trigram index (users_fts): its insert and update triggers are dropped at the start, an updated user's
 * old entry is removed before its first change (an external-content index must be told the values it holds),
 * and every created or updated user is indexed once at the end, by one INSERT … SELECT. Measured on 100,000 rows, the per-row triggers cost about 80% of the
 * database's work.
 *
 * The secondary indexes of users (username, number, flags, the list's order, ...): once the operation has
 * written a quarter of the table's rows (and at least MIN_DEFERRED_WRITES), they are dropped and built again
 * from their stored SQL at the end. Nothing the operation reads meanwhile needs them: rows are read by id, and
 * the claims on usernames and numbers were loaded before the first write. The unique username index, built
 * again, checks once more what the planner already ensured.
 *
 * Everything happens inside the operation's one transaction: a rollback (cancel, refusal, failure) restores
 * the triggers and indexes with everything else, and a killed worker never commits, so the schema is never
 * left without them. Other connections (main) read their own snapshot, schema included, meanwhile. The
 * delete trigger stays unless the whole index is rebuilt (UserWriteOptions).
 */
export class UserWriteBatch {
  private readonly triggers: StoredSql[];
  /** Users whose index entry is to be written at the end (and, for those that existed, already removed). */
  private readonly pending = new Set<number>();
  private readonly removeEntry;
  /** The users table's rows when the operation began: the share above is of these. */
  private readonly tableRows: number;
  private droppedIndexes: StoredSql[] | null = null;
  private finished = false;

  constructor(
    private readonly db: Database.Database,
    private readonly options: UserWriteOptions = {},
  ) {
    if (!db.inTransaction) throw new Error('UserWriteBatch must run inside the operation transaction');
    const read = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name = ?");
    this.triggers = (options.rebuildSearchIndex ? [...ROW_TRIGGERS, DELETE_TRIGGER] : ROW_TRIGGERS)
      .map((name) => read.get(name) as StoredSql | undefined)
      .filter((trigger): trigger is StoredSql => trigger !== undefined);
    for (const trigger of this.triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    this.removeEntry = db.prepare(
      `INSERT INTO users_fts (users_fts, rowid, ${INDEX_COLUMNS}) SELECT 'delete', * FROM users_search_content WHERE id = ?`,
    );
    this.tableRows = db.prepare('SELECT count(*) FROM users').pluck().get() as number;
  }

  /** A user this operation just created: indexed at the end. */
  created(id: number): void {
    this.pending.add(id);
    this.deferIndexesWhenLarge();
  }

  /** An existing user about to be changed: its current entry leaves the index now, the new one comes at the end. */
  changing(id: number): void {
    if (this.pending.has(id)) return;
    if (!this.options.rebuildSearchIndex) this.removeEntry.run(id);
    this.pending.add(id);
    this.deferIndexesWhenLarge();
  }

  /** Builds the dropped indexes again, indexes every created or changed user and puts the triggers back. Before COMMIT. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const index of this.droppedIndexes ?? []) this.db.exec(index.sql);
    if (this.options.rebuildSearchIndex) this.db.exec("INSERT INTO users_fts (users_fts) VALUES ('rebuild')");
    else if (this.pending.size > 0)
      this.db
        .prepare(`INSERT INTO users_fts (rowid, ${INDEX_COLUMNS}) SELECT * FROM users_search_content WHERE id IN (SELECT value FROM json_each(?))`)
        .run(JSON.stringify([...this.pending]));
    for (const trigger of this.triggers) this.db.exec(trigger.sql);
  }

  private deferIndexesWhenLarge(): void {
    if (
      this.options.keepUserIndexes ||
      this.droppedIndexes !== null ||
      this.pending.size < Math.max(MIN_DEFERRED_WRITES, this.tableRows * DEFERRED_SHARE)
    )
      return;
    // Only indexes written as SQL (not the primary key's or a UNIQUE constraint's, which have no SQL).
    this.droppedIndexes = this.db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'users' AND sql IS NOT NULL")
      .all() as StoredSql[];
    for (const index of this.droppedIndexes) this.db.exec(`DROP INDEX ${index.name}`);
  }
}
