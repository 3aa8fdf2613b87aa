import type Database from 'better-sqlite3';
import type { BulkChangeRecord, BulkParameters } from '@shared/channels/bulk';
import type { BulkAction } from '@shared/rules/bulk-rules';

interface BulkChangeRow {
  id: number;
  at: string;
  actor: string;
  action: BulkAction;
  parameters: string;
  user_count: number;
  undone_at: string | null;
}

const SELECT = 'SELECT id, at, actor, action, parameters, user_count, undone_at FROM bulk_changes';

function fromRow(row: BulkChangeRow): BulkChangeRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    parameters: JSON.parse(row.parameters) as BulkParameters,
    userCount: row.user_count,
    undoneAt: row.undone_at,
  };
}

/** One recorded bulk change, or null. */
export function bulkChange(db: Database.Database, id: number): BulkChangeRecord | null {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as BulkChangeRow | undefined;
  return row ? fromRow(row) : null;
}

/** The most recent bulk changes, newest first. */
export function recentBulkChanges(db: Database.Database, limit: number): BulkChangeRecord[] {
  return (db.prepare(`${SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as BulkChangeRow[]).map(fromRow);
}
