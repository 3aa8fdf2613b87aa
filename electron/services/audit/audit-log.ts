import { userInfo } from 'node:os';
import type Database from 'better-sqlite3';

export type AuditEntity = 'user' | 'group' | 'defaults' | 'pool' | 'settings' | 'site';

/**
 * One changed field. A secret's value never enters the log: its change is recorded with `secret: true`
 * and no before/after.
 */
export type AuditChange = { field: string; before: unknown; after: unknown } | { field: string; secret: true };

export interface AuditEntry {
  entity: AuditEntity;
  /** The user's or group's id; null for site-wide entities (defaults, pool, a settings section). */
  entityId: number | null;
  /** What a person recognises: the username, the group name, the settings section. */
  entityLabel: string;
  /** create, update, delete, restore, purge, expire, unlock, ... */
  action: string;
  changes: AuditChange[];
  importId?: number | null;
}

/** Who made the change: the workstation account running Roster. */
function actor(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Records a change. Call it inside the change's own transaction, so both commit or neither does. */
export function recordChange(db: Database.Database, entry: AuditEntry, at = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, entity_label, action, changes, import_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(at, actor(), entry.entity, entry.entityId, entry.entityLabel, entry.action, JSON.stringify(entry.changes), entry.importId ?? null);
}

/** The fields whose values differ (compared as JSON), in the order of `after`'s keys. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const field of Object.keys(after)) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) {
      changes.push({ field, before: before[field] ?? null, after: after[field] ?? null });
    }
  }
  return changes;
}
