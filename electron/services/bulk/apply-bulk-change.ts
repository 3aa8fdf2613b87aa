import type { BulkParameters, BulkResult } from '@shared/channels/bulk';
import type { BulkChange } from '@shared/rules/bulk-rules';
import type Database from 'better-sqlite3';
import { RosterError } from '@shared/result';
import { actor, recordChange } from '../audit/audit-log';
import type { AuditChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';
import { bulkAuditChanges } from './bulk-audit';
import { bulkChange } from './bulk-changes';
import { planOf } from './bulk-plan';
import { chunksOf, CHUNK_SIZE, progressReporter } from './bulk-progress';
import { stopIfCancelled } from './bulk-progress';
import type { BulkSite, CancelCheck, ProgressListener } from './bulk-progress';
import { selectionLabel } from './selection-label';
import { userEntriesStatement } from './user-entries';

/** The parameters a change is recorded with; a group's name is kept so the history still reads after a rename. */
export function bulkParameters(site: Pick<OpenSite, 'groups'>, change: BulkChange): BulkParameters {
  if (change.action === 'addToGroup' || change.action === 'removeFromGroup') {
    const group = site.groups.get(change.groupId);
    if (!group) throw new RosterError('NOT_FOUND', 'bulk.error.unknownGroup', { id: change.groupId });
    return { groupId: group.id, groupName: group.name };
  }
  if (change.action === 'setPrivilege' || change.action === 'clearPrivilege') return { privilege: change.privilege };
  if (change.action === 'lock') return { until: change.until, reason: change.reason };
  return {};
}

/** What the change is recorded with besides its action; "expire all now" marks its change as such. */
export type RecordedParameters = BulkParameters & { expireAll?: boolean };

/** The site-wide entry of a change, when it is not the bulk screen's own ("bulk.<action>" over the selection). */
export interface Summary {
  entity: 'site' | 'settings';
  entityLabel: string;
  action: string;
  changes(userCount: number): AuditChange[];
}

/**
 * Applies one change to the selected active users, all in ONE transaction (chunks of CHUNK_SIZE users are
 * only a way to report progress; a failure anywhere rolls everything back). Only the users whose state
 * actually changes are recorded, with their before-values, for undo. Each of them gets an audit entry of
 * their own under the change's id (their history shows it), written by one INSERT ... SELECT per chunk;
 * the log also gets one summary entry for the whole change (action 'bulk.<name>', the parameters and the
 * user count), from which the screen shows the whole operation. A change that changes nobody records nothing.
 */
export function applyBulkChange(
  site: OpenSite,
  ids: readonly number[],
  change: BulkChange,
  onProgress?: ProgressListener,
  cancelled?: CancelCheck,
): BulkResult {
  return applyRecordedChange(site, ids, change, bulkParameters(site, change), onProgress, cancelled);
}

/**
 * applyBulkChange with the parameters already known (main reads the group's name; a worker, which has no
 * repositories, gets them with the task). Only the connection is used.
 */
export function applyRecordedChange(
  site: BulkSite,
  ids: readonly number[],
  change: BulkChange,
  parameters: BulkParameters,
  onProgress?: ProgressListener,
  cancelled?: CancelCheck,
): BulkResult {
  return site.db.transaction(() => recordBulkChange(site, ids, change, parameters, onProgress, undefined, cancelled))();
}

/** The work of applyBulkChange, for a change the Users screen does not make ("expire all now"); inside a transaction. */
export function recordBulkChange(
  site: BulkSite,
  ids: readonly number[],
  change: BulkChange,
  parameters: RecordedParameters,
  onProgress?: ProgressListener,
  summary?: Summary,
  cancelled?: CancelCheck,
): BulkResult {
  const unique = [...new Set(ids)];
  const plan = planOf(change);
  const db = site.db;
  const now = new Date().toISOString();
  const report = progressReporter(unique.length, onProgress);
  const who = actor();

  return inTransaction(db, (): BulkResult => {
    const selected = db
      .prepare('SELECT count(*) FROM users WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))')
      .pluck()
      .get(JSON.stringify(unique)) as number;
    const changeId = Number(
      db
        .prepare('INSERT INTO bulk_changes (at, actor, action, parameters) VALUES (?, ?, ?, ?)')
        .run(now, who, change.action, JSON.stringify(parameters)).lastInsertRowid,
    );
    const record = db.prepare(
      `INSERT INTO bulk_change_rows (change_id, user_id, before)
       SELECT @change, id, ${plan.before} FROM users
       WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(@chunk)) AND (${plan.changes})`,
    );
    const apply = plan.apply.map((sql) => db.prepare(sql));
    const entries = userEntriesStatement(db, plan, 'apply');
    const bind = { change: changeId, now, actor: who, groupId: parameters.groupId ?? null, groupName: parameters.groupName ?? null, ...plan.bind };

    let userCount = 0;
    chunksOf(unique).forEach((chunk, index) => {
      // Thrown inside the transaction: it rolls back, and the site is as it was.
      stopIfCancelled(cancelled);
      userCount += record.run({ ...bind, chunk }).changes;
      for (const statement of apply) statement.run({ ...bind, chunk });
      entries.run({ ...bind, chunk });
      report((index + 1) * CHUNK_SIZE);
    });

    if (userCount === 0) {
      db.prepare('DELETE FROM bulk_changes WHERE id = ?').run(changeId);
      return { change: null, selected };
    }
    db.prepare('UPDATE bulk_changes SET user_count = ? WHERE id = ?').run(userCount, changeId);
    recordChange(
      db,
      summary
        ? {
            entity: summary.entity,
            entityId: null,
            entityLabel: summary.entityLabel,
            action: summary.action,
            changes: summary.changes(userCount),
            bulkChangeId: changeId,
          }
        : {
            entity: 'site',
            entityId: null,
            entityLabel: selectionLabel(db, changeId, userCount),
            action: `bulk.${change.action}`,
            changes: bulkAuditChanges(change.action as BulkChange['action'], parameters, userCount),
            bulkChangeId: changeId,
          },
      now,
    );
    return { change: bulkChange(db, changeId)!, selected };
  });
}

/** Runs `work` in the caller's transaction, or in one of its own. */
function inTransaction<T>(db: Database.Database, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work)();
}
