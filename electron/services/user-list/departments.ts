import type Database from 'better-sqlite3';

/** At most this many departments are offered; a directory with more is searched by typing. */
const MAX_DEPARTMENTS = 500;

/** The departments of active users, each once (ignoring case), alphabetically. */
export function departmentsInUse(db: Database.Database): string[] {
  return db
    .prepare(
      `SELECT min(department) FROM users WHERE deleted_at IS NULL AND department <> ''
       GROUP BY department COLLATE NOCASE ORDER BY department COLLATE NOCASE LIMIT ?`,
    )
    .pluck()
    .all(MAX_DEPARTMENTS) as string[];
}
