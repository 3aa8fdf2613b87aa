import type Database from 'better-sqlite3';
import type { AuditChange, AuditFilter, AuditOperation, AuditRecord, UserHistoryPage } from '@shared/channels/audit';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: AuditRecord['entity'];
  entity_id: number | null;
  entity_label: string;
  action: string;
  changes: string;
  import_id: number | null;
  bulk_change_id: number | null;
  import_source: 'csv' | 'cucm' | null;
  import_label: string | null;
  bulk_action: string | null;
  bulk_parameters: string | null;
}

/**
 * An entry with the import or bulk change it belongs to: one row each per operation, so naming the
 * operation costs one lookup by primary key per entry shown.
 */
const SELECT = `
  SELECT audit_log.*, i.source AS import_source, i.label AS import_label, b.action AS bulk_action, b.parameters AS bulk_parameters
  FROM audit_log
  LEFT JOIN imports i ON i.id = audit_log.import_id
  LEFT JOIN bulk_changes b ON b.id = audit_log.bulk_change_id`;

/**
 * The first instant of a local calendar day, as stored (ISO, UTC). Days are the local calendar of this
 * machine, the one the screen shows times in; `at` is compared as text, which ISO instants allow.
 */
function localDayStart(day: string, plusDays = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year!, month! - 1, date! + plusDays).toISOString();
}

/**
 * One WHERE clause with every filter as a parameter: an unused filter's parameter is NULL (or '') and its
 * condition is then true, so the statement text never depends on what the user typed.
 */
const WHERE = `
  WHERE (@entity IS NULL OR audit_log.entity = @entity)
    AND (@userId IS NULL OR (audit_log.entity = 'user' AND audit_log.entity_id = @userId))
    AND (@user = '' OR (audit_log.entity = 'user' AND instr(lower(audit_log.entity_label), lower(@user)) > 0))
    AND (@from IS NULL OR audit_log.at >= @from)
    AND (@toExclusive IS NULL OR audit_log.at < @toExclusive)
    AND (@importId IS NULL OR audit_log.import_id = @importId)
    AND (@bulkChangeId IS NULL OR audit_log.bulk_change_id = @bulkChangeId)
    AND (@text = '' OR instr(lower(audit_log.entity_label), lower(@text)) > 0 OR EXISTS (
      SELECT 1 FROM json_each(audit_log.changes) c
      WHERE instr(lower(json_extract(c.value, '$.field')), lower(@text)) > 0
         OR instr(lower(coalesce(json_extract(c.value, '$.before'), '')), lower(@text)) > 0
         OR instr(lower(coalesce(json_extract(c.value, '$.after'), '')), lower(@text)) > 0))`;

function parameters(filter: AuditFilter) {
  return {
    entity: filter.entity,
    userId: filter.userId,
    user: filter.user,
    from: filter.from === null ? null : localDayStart(filter.from),
    // "To" includes its whole day: everything before the next day's start.
    toExclusive: filter.to === null ? null : localDayStart(filter.to, 1),
    text: filter.text,
    importId: filter.importId,
    bulkChangeId: filter.bulkChangeId,
  };
}

function operationOf(row: AuditRow): AuditOperation | null {
  if (row.import_id !== null && row.import_source !== null) {
    return { kind: 'import', id: row.import_id, source: row.import_source, label: row.import_label ?? '' };
  }
  if (row.bulk_change_id !== null && row.bulk_action !== null) {
    const parameters = JSON.parse(row.bulk_parameters ?? '{}') as { groupName?: string; privilege?: string; expireAll?: boolean };
    return {
      kind: 'bulkChange',
      id: row.bulk_change_id,
      action: row.bulk_action,
      groupName: parameters.groupName ?? null,
      privilege: parameters.privilege ?? null,
      expireAll: parameters.expireAll === true,
    };
  }
  return null;
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId: row.entity_id,
    entityLabel: row.entity_label,
    action: row.action,
    changes: JSON.parse(row.changes) as AuditChange[],
    importId: row.import_id,
    bulkChangeId: row.bulk_change_id,
    operation: operationOf(row),
  };
}

/** One page of matching entries, newest first (entries of the same instant in the order written, reversed). */
export function listAudit(db: Database.Database, filter: AuditFilter, offset: number, limit: number): { total: number; rows: AuditRecord[] } {
  const params = parameters(filter);
  const total = db.prepare(`SELECT count(*) FROM audit_log ${WHERE}`).pluck().get(params) as number;
  const rows = db
    .prepare(`${SELECT} ${WHERE} ORDER BY audit_log.at DESC, audit_log.id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as AuditRow[];
  return { total, rows: rows.map(toRecord) };
}

/** Every matching entry, newest first, one at a time (an export may cover the whole log). */
export function* allAudit(db: Database.Database, filter: AuditFilter): Generator<AuditRecord> {
  const statement = db.prepare(`${SELECT} ${WHERE} ORDER BY audit_log.at DESC, audit_log.id DESC`);
  for (const row of statement.iterate(parameters(filter)) as Iterable<AuditRow>) yield toRecord(row);
}

/**
 * One page of a user's history, newest first, along the index of users' entries (audit_log_user): a page
 * reads its own rows only, however long the log. Entries are written in time order, so the id orders them.
 */
export function userHistory(db: Database.Database, userId: number, before: number | null, limit: number): UserHistoryPage {
  const total = db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'user' AND entity_id = ?").pluck().get(userId) as number;
  const rows = db
    .prepare(
      `${SELECT} WHERE audit_log.entity = 'user' AND audit_log.entity_id = @userId AND audit_log.id < @before
       ORDER BY audit_log.id DESC LIMIT @limit`,
    )
    .all({ userId, before: before ?? Number.MAX_SAFE_INTEGER, limit: limit + 1 }) as AuditRow[];
  const page = rows.slice(0, limit).map(toRecord);
  return { rows: page, total, next: rows.length > limit ? page[page.length - 1]!.id : null };
}
