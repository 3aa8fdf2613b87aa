import type { BulkChangeRecord } from '@shared/channels/bulk';
import { RosterError } from '@shared/result';
import { actor, recordChange } from '../audit/audit-log';
import { bulkAuditChanges } from './bulk-audit';
import { bulkChange } from './bulk-changes';
import { planOf } from './bulk-plan';
import { chunksOf, CHUNK_SIZE, progressReporter } from './bulk-progress';
import { stopIfCancelled } from './bulk-progress';
import type { BulkSite, CancelCheck, ProgressListener } from './bulk-progress';
import { selectionLabel } from './selection-label';
import { changeOf } from './recorded-change';
import { userEntriesStatement } from './user-entries';

/**
 * An undone delete brings users back; one whose username an active user holds now cannot come back, so the
 * whole undo is refused, naming the first clash (as restoring from Deleted users does). A number is not: an
 * undo puts back exactly what was, and numbers may be shared (a CUCM shared line deleted with one of its users).
 */
function refuseRestoreClashes(site: BulkSite, changeId: number): void {
  const nameClash = site.db
    .prepare(
      `SELECT u.username, a.username AS holder FROM bulk_change_rows r JOIN users u ON u.id = r.user_id
       JOIN users a ON a.username = u.username COLLATE NOCASE AND a.deleted_at IS NULL AND a.id <> u.id
       WHERE r.change_id = ? AND u.deleted_at IS NOT NULL LIMIT 1`,
    )
    .get(changeId) as { username: string; holder: string } | undefined;
  if (nameClash) throw new RosterError('CONFLICT', 'bulk.undo.usernameTaken', nameClash);
}

/**
 * Writes back the before-values a change recorded, for the users that still exist, in ONE transaction, and
 * marks the change undone: a change is undone at most once. Each user it puts back gets an entry of their
 * own under the change's id (written before the user is changed back, so it reads what the undo replaces),
 * and the undo one summary entry.
 */
export function undoBulkChange(
  site: BulkSite,
  id: number,
  onProgress?: ProgressListener,
  cancelled?: CancelCheck,
): { change: BulkChangeRecord; restored: number } {
  const db = site.db;
  const now = new Date().toISOString();
  return db.transaction(() => {
    const recorded = bulkChange(db, id);
    if (!recorded) throw new RosterError('NOT_FOUND', 'bulk.undo.notFound');
    if (recorded.undoneAt !== null) throw new RosterError('CONFLICT', 'bulk.undo.already', { at: recorded.undoneAt });
    const { groupId } = recorded.parameters;
    // Asked of the connection (a worker's has no repositories).
    const groupExists = (group: number) => db.prepare('SELECT 1 FROM user_groups WHERE id = ?').get(group) !== undefined;
    if (recorded.action === 'removeFromGroup' && (groupId === undefined || !groupExists(groupId))) {
      throw new RosterError('CONFLICT', 'bulk.undo.groupGone', { group: recorded.parameters.groupName ?? '' });
    }
    if (recorded.action === 'delete') refuseRestoreClashes(site, id);

    const userIds = db
      .prepare('SELECT r.user_id FROM bulk_change_rows r JOIN users u ON u.id = r.user_id WHERE r.change_id = ? ORDER BY r.user_id')
      .pluck()
      .all(id) as number[];
    const plan = planOf(changeOf(recorded));
    const undo = plan.undo.map((sql) => db.prepare(sql));
    const entries = userEntriesStatement(db, plan, 'undo');
    const report = progressReporter(userIds.length, onProgress);
    const bind = { change: id, now, actor: actor(), groupId: groupId ?? null, groupName: recorded.parameters.groupName ?? null, ...plan.bind };
    chunksOf(userIds).forEach((chunk, index) => {
      stopIfCancelled(cancelled);
      entries.run({ ...bind, chunk });
      for (const statement of undo) statement.run({ ...bind, chunk });
      report((index + 1) * CHUNK_SIZE);
    });

    db.prepare('UPDATE bulk_changes SET undone_at = ? WHERE id = ?').run(now, id);
    recordChange(
      db,
      {
        entity: 'site',
        entityId: null,
        entityLabel: selectionLabel(db, id, recorded.userCount),
        action: 'bulk.undo',
        changes: bulkAuditChanges(recorded.action, recorded.parameters, userIds.length, true),
        bulkChangeId: id,
      },
      now,
    );
    return { change: bulkChange(db, id)!, restored: userIds.length };
  })();
}
