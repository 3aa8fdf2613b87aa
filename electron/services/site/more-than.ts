import type Database from 'better-sqlite3';

/**
 * Whether `rows` (a SELECT) yields more than `limit` rows, reading at most one more than that: the answer
 * only chooses how an operation runs (inline or in a worker, the search index row by row or rebuilt), and
 * counting 200,000 rows to choose would itself cost more than a small operation.
 */
export function moreThan(db: Database.Database, limit: number, rows: string, ...params: unknown[]): boolean {
  return (
    (db
      .prepare(`SELECT count(*) FROM (${rows} LIMIT ?)`)
      .pluck()
      .get(...params, limit + 1) as number) > limit
  );
}
