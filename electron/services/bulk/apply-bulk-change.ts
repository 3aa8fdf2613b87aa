import type { BulkParameters, BulkResult } from '@shared/channels/bulk';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { RosterError } from '@shared/result';
import { actor, recordChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';
import { bulkAuditChanges } from './bulk-audit';
import { bulkChange } from './bulk-changes';
import { planOf } from './bulk-plan';
import { chunksOf, CHUNK_SIZE, progressReporter } from './bulk-progress';
import type { ProgressListener } from './bulk-progress';
import { selectionLabel } from './selection-label';

/** The parameters a change is recorded with; a group's name is kept so the history still reads after a rename. */
function parametersOf(site: OpenSite, change: BulkChange): BulkParameters {
  if (change.action === 'addToGroup' || change.action === 'removeFromGroup') {
    const group = site.groups.get(change.groupId);
    if (!group) throw new RosterError('NOT_FOUND', 'bulk.error.unknownGroup', { id: change.groupId });
    return { groupId: group.id, groupName: group.name };
  }
  if (change.action === 'setPrivilege' || change.action === 'clearPrivilege') return { privilege: change.privilege };
  return {};
}

/**
 * Applies one change to the selected active users, all in ONE transaction (chunks of CHUNK_SIZE users are
 * only a way to report progress; a failure anywhere rolls everything back). Only the users whose state
 * actually changes are recorded, with their before-values, for undo. The audit log gets ONE summary entry
 * for the whole change (action 'bulk.<name>', the parameters and the user count), not one row per user:
 * 100,000 per-user rows would bloat the log and bury every other entry; the recorded rows hold the detail.
 * A change that changes nobody records nothing.
 */
export function applyBulkChange(site: OpenSite, ids: readonly number[], change: BulkChange, onProgress?: ProgressListener): BulkResult {
  const unique = [...new Set(ids)];
  const plan = planOf(change);
  const db = site.db;
  const now = new Date().toISOString();
  const report = progressReporter(unique.length, onProgress);

  return db.transaction((): BulkResult => {
    const parameters = parametersOf(site, change);
    const selected = db
      .prepare('SELECT count(*) FROM users WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))')
      .pluck()
      .get(JSON.stringify(unique)) as number;
    const changeId = Number(
      db
        .prepare('INSERT INTO bulk_changes (at, actor, action, parameters) VALUES (?, ?, ?, ?)')
        .run(now, actor(), change.action, JSON.stringify(parameters)).lastInsertRowid,
    );
    const record = db.prepare(
      `INSERT INTO bulk_change_rows (change_id, user_id, before)
       SELECT @change, id, ${plan.before} FROM users
       WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(@chunk)) AND (${plan.changes})`,
    );
    const apply = plan.apply.map((sql) => db.prepare(sql));
    const bind = { change: changeId, now, groupId: parameters.groupId ?? null };

    let userCount = 0;
    chunksOf(unique).forEach((chunk, index) => {
      userCount += record.run({ ...bind, chunk }).changes;
      for (const statement of apply) statement.run({ ...bind, chunk });
      report((index + 1) * CHUNK_SIZE);
    });

    if (userCount === 0) {
      db.prepare('DELETE FROM bulk_changes WHERE id = ?').run(changeId);
      return { change: null, selected };
    }
    db.prepare('UPDATE bulk_changes SET user_count = ? WHERE id = ?').run(userCount, changeId);
    recordChange(
      db,
      {
        entity: 'site',
        entityId: null,
        entityLabel: selectionLabel(db, changeId, userCount),
        action: `bulk.${change.action}`,
        changes: bulkAuditChanges(change.action, parameters, userCount),
      },
      now,
    );
    return { change: bulkChange(db, changeId)!, selected };
  })();
}
