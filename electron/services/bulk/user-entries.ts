import type Database from 'better-sqlite3';
import type { BulkPlan } from './bulk-plan';

/**
 * The statement that writes the own audit entry of every recorded user of the current chunk (@chunk) of a
 * bulk change (@change), or of its undo: ONE INSERT ... SELECT over bulk_change_rows, the changes built in
 * SQL by the plan, so that 100,000 entries cost one statement per chunk and no round trip per user. Binds
 * @now, @actor and the plan's own parameters (@groupName for a group).
 */
export function userEntriesStatement(db: Database.Database, plan: BulkPlan, direction: 'apply' | 'undo'): Database.Statement {
  const { action, changes } = plan.entry[direction];
  return db.prepare(
    `INSERT INTO audit_log (at, actor, entity, entity_id, entity_label, action, changes, import_id, bulk_change_id)
     SELECT @now, @actor, 'user', u.id, u.username, '${action}', ${changes}, NULL, @change
     FROM bulk_change_rows r JOIN users u ON u.id = r.user_id
     WHERE r.change_id = @change AND r.user_id IN (SELECT value FROM json_each(@chunk))`,
  );
}
