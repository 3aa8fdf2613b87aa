import type Database from 'better-sqlite3';
import type { AuditChange, AuditFilter, AuditRecord } from '@shared/channels/audit';

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
}

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
  WHERE (@entity IS NULL OR entity = @entity)
    AND (@userId IS NULL OR (entity = 'user' AND entity_id = @userId))
    AND (@user = '' OR (entity = 'user' AND instr(lower(entity_label), lower(@user)) > 0))
    AND (@from IS NULL OR at >= @from)
    AND (@toExclusive IS NULL OR at < @toExclusive)
    AND (@text = '' OR instr(lower(entity_label), lower(@text)) > 0 OR EXISTS (
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
  };
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
  };
}

/** One page of matching entries, newest first (entries of the same instant in the order written, reversed). */
export function listAudit(db: Database.Database, filter: AuditFilter, offset: number, limit: number): { total: number; rows: AuditRecord[] } {
  const params = parameters(filter);
  const total = db.prepare(`SELECT count(*) FROM audit_log ${WHERE}`).pluck().get(params) as number;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${WHERE} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit, offset }) as AuditRow[];
  return { total, rows: rows.map(toRecord) };
}

/** Every matching entry, newest first, one at a time (an export may cover the whole log). */
export function* allAudit(db: Database.Database, filter: AuditFilter): Generator<AuditRecord> {
  const statement = db.prepare(`SELECT * FROM audit_log ${WHERE} ORDER BY at DESC, id DESC`);
  for (const row of statement.iterate(parameters(filter)) as Iterable<AuditRow>) yield toRecord(row);
}
