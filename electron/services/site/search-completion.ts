import type Database from 'better-sqlite3';
import type { CompletedValueField } from '@shared/channels/search';
import { COMPLETED_FIELDS } from '@shared/search';

/** At most this many suggestions: a dropdown, not a report. */
const LIMIT = 12;

/** Values for the search box's completion: field names, or a site's departments and group names. */
export function completeSearch(db: Database.Database, prefix: string, field: CompletedValueField | undefined): string[] {
  const lower = prefix.toLowerCase();
  if (field === undefined) return COMPLETED_FIELDS.filter((name) => name.startsWith(lower)).slice(0, LIMIT);
  const pattern = `%${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const sql =
    field === 'department'
      ? `SELECT department FROM users WHERE deleted_at IS NULL AND department <> '' AND department LIKE ? ESCAPE '\\'
         GROUP BY department COLLATE NOCASE ORDER BY count(*) DESC, department COLLATE NOCASE LIMIT ?`
      : `SELECT name FROM user_groups WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?`;
  return db.prepare(sql).pluck().all(pattern, LIMIT) as string[];
}
