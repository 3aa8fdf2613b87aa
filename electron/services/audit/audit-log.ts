import { userInfo } from 'node:os';
import type Database from 'better-sqlite3';
import type { AuditChange, AuditEntity } from '@shared/channels/audit';

export type { AuditChange };

/** A change of a field with a value (not a secret's). */
interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The changes of fields with values (not secrets), typed as such. */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return changedFields(before, after) as FieldChange[];
}

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
  /** The bulk change (or its undo, or an "expire all now") the entry belongs to. */
  bulkChangeId?: number | null;
}

/** Who made the change: the workstation account running Roster (bulk changes record it too). */
export function actor(): string {
  try {
    return userInfo().username;
  } catch {
    // An account without a name in the system's user database (some containers): the change is still recorded.
    return 'unknown';
  }
}

/** Records a change. Call it inside the change's own transaction, so both commit or neither does. */
export function recordChange(db: Database.Database, entry: AuditEntry, at = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, entity_label, action, changes, import_id, bulk_change_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    actor(),
    entry.entity,
    entry.entityId,
    entry.entityLabel,
    entry.action,
    JSON.stringify(entry.changes),
    entry.importId ?? null,
    entry.bulkChangeId ?? null,
  );
}

/** Records the entries of one operation for one user at a time. */
export type UserEntryWriter = (userId: number, username: string, action: string, changes: AuditChange[]) => void;

/**
 * The writer of an operation's per-user entries (an import, an undo): ONE prepared statement for all of
 * them, the instant, the actor and the operation's id bound once. Call inside the operation's transaction.
 */
export function userEntryWriter(
  db: Database.Database,
  operation: { importId?: number | null; bulkChangeId?: number | null },
  at: string,
): UserEntryWriter {
  const insert = db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, entity_label, action, changes, import_id, bulk_change_id)
     VALUES (?, ?, 'user', ?, ?, ?, ?, ?, ?)`,
  );
  const who = actor();
  return (userId, username, action, changes) =>
    void insert.run(at, who, userId, username, action, JSON.stringify(changes), operation.importId ?? null, operation.bulkChangeId ?? null);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fields whose values differ (compared as JSON), in the order of `after`'s keys. Nested objects (a
 * user's privileges, notification switches, a settings subsection) are compared member by member and named
 * with dotted paths ("privileges.sms"), so the log says which switch changed rather than repeating the
 * whole object; lists are compared as a whole.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChange[] {
  const changes: FieldChange[] = [];
  const visit = (prefix: string, from: Record<string, unknown>, to: Record<string, unknown>) => {
    for (const key of Object.keys(to)) {
      const field = prefix + key;
      const a = from[key];
      const b = to[key];
      // Most fields are equal scalars: compared as they are, without writing them as JSON (an import compares every user).
      if (a === b && (typeof b !== 'object' || b === null)) continue;
      // A new object (a created user's privileges) is listed member by member too.
      if (isPlainObject(b) && (a === undefined || a === null || isPlainObject(a))) visit(`${field}.`, isPlainObject(a) ? a : {}, b);
      else if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, before: a ?? null, after: b ?? null });
    }
  };
  visit('', before, after);
  return changes;
}

/** A secret of `name` set or cleared, as the log records it: never a value. */
export function secretChange(field: string, action: 'set' | 'clear'): AuditChange {
  return action === 'clear' ? { field, secret: true, cleared: true } : { field, secret: true };
}
