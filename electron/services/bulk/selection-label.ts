import type Database from 'better-sqlite3';

const SHOWN = 3;

/**
 * What the audit entry of a bulk change is about, as a person recognises it: the first usernames of the
 * changed users, and how many more (names and digits only, so it reads the same in any language).
 */
export function selectionLabel(db: Database.Database, changeId: number, userCount: number): string {
  const names = db
    .prepare(
      `SELECT u.username FROM bulk_change_rows r JOIN users u ON u.id = r.user_id
       WHERE r.change_id = ? ORDER BY u.username COLLATE NOCASE LIMIT ?`,
    )
    .pluck()
    .all(changeId, SHOWN) as string[];
  const more = userCount - names.length;
  return more > 0 ? `${names.join(', ')} +${more}` : names.join(', ');
}
