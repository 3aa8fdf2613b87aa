import type Database from 'better-sqlite3';
import type { ImportProblem, ImportRecord } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { actor, changedFields, recordChange, userEntryWriter } from '../audit/audit-log';
import { cachedGroupNames, userAuditView } from '../audit/user-audit';
import { createGroupsRepository } from '../site/groups-repository';
import { createUsersRepository } from '../site/users-repository';
import { removeImportedGroups } from './import-groups';
import { createSnapshots } from './user-snapshot';
import { UserWriteBatch } from './user-write-batch';
import { moreThan } from '../site/more-than';
import type { UserSnapshot } from './user-snapshot';
import { CHUNK_SIZE, chunksOf, progressReporter } from '../bulk/bulk-progress';
import type { CancelCheck, ProgressListener } from '../bulk/bulk-progress';

/** Users whose snapshots are read (and restored) at a time by an undo: one progress step each. */
const RESTORE_PAGE = 1000;

export interface ImportStart {
  source: ImportRecord['source'];
  /** The file name, or the CUCM publisher. */
  label: string;
  /** What the import was run with (mapping, duplicate rule, filters), kept for the record; no secrets. */
  details?: Record<string, unknown>;
}

/**
 * What one running import has done so far. Make it with beginImport INSIDE the import's transaction, tell it
 * about every user before changing it, and finish it in the same transaction: then the users, the ledger
 * and the audit entry commit together or not at all.
 */
export interface ImportLedger {
  readonly id: number;
  /** A user the import has just created. */
  created(userId: number): void;
  /** Call BEFORE the import updates (or soft-deletes) the user: the snapshot is taken now. */
  updating(userId: number): void;
  deleting(userId: number): void;
  /** A source row that was not imported, with its cells and reasons (for the error report). */
  rejected(line: number, cells: readonly string[], reasons: readonly Omit<ImportProblem, 'line'>[]): void;
  skipped(count?: number): void;
  /** Stores the counts, records one audit entry, and returns the record. */
  finish(): ImportRecord;
}

interface ImportRow {
  id: number;
  at: string;
  actor: string;
  source: ImportRecord['source'];
  label: string;
  created: number;
  updated: number;
  deleted: number;
  skipped: number;
  rejected: number;
  undone_at: string | null;
}

const RECORD_COLUMNS = 'id, at, actor, source, label, created, updated, deleted, skipped, rejected, undone_at';

function latestStandingId(db: Database.Database): number | null {
  return (db.prepare('SELECT max(id) FROM imports WHERE undone_at IS NULL').pluck().get() as number | null) ?? null;
}

function toRecord(row: ImportRow, latestStanding: number | null): ImportRecord {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    source: row.source,
    label: row.label,
    created: row.created,
    updated: row.updated,
    deleted: row.deleted,
    skipped: row.skipped,
    rejected: row.rejected,
    undoneAt: row.undone_at,
    canUndo: row.undone_at === null && row.id === latestStanding,
  };
}

export function importRecord(db: Database.Database, id: number): ImportRecord | null {
  const row = db.prepare(`SELECT ${RECORD_COLUMNS} FROM imports WHERE id = ?`).get(id) as ImportRow | undefined;
  return row ? toRecord(row, latestStandingId(db)) : null;
}

/** The most recent imports, newest first. */
export function listImports(db: Database.Database, limit: number): ImportRecord[] {
  const latest = latestStandingId(db);
  const rows = db.prepare(`SELECT ${RECORD_COLUMNS} FROM imports ORDER BY id DESC LIMIT ?`).all(limit) as ImportRow[];
  return rows.map((row) => toRecord(row, latest));
}

export function beginImport(db: Database.Database, start: ImportStart, at = new Date().toISOString()): ImportLedger {
  if (!db.inTransaction) throw new Error('beginImport must run inside the import transaction');
  const id = Number(
    db
      .prepare('INSERT INTO imports (at, actor, source, label, details) VALUES (?, ?, ?, ?, ?)')
      .run(at, actor(), start.source, start.label.slice(0, 300), JSON.stringify(start.details ?? {})).lastInsertRowid,
  );
  const snapshots = createSnapshots(db);
  const addRow = db.prepare('INSERT INTO import_rows (import_id, user_id, outcome, before) VALUES (?, ?, ?, ?)');
  const addReject = db.prepare('INSERT INTO import_rejects (import_id, line, cells, reasons) VALUES (?, ?, ?, ?)');
  const counts = { created: 0, updated: 0, deleted: 0, skipped: 0, rejected: 0 };
  const touched = new Set<number>();
  /** The users this import created, recorded by finish() in one statement. */
  const createdIds: number[] = [];

  const before = (userId: number, outcome: 'updated' | 'deleted') => {
    // A user touched twice by one import (two rows matching it) keeps its first, pre-import snapshot.
    if (touched.has(userId)) return;
    const snapshot = snapshots.take(userId);
    if (!snapshot) throw new Error(`import ledger: user ${userId} does not exist`);
    addRow.run(id, userId, outcome, JSON.stringify(snapshot));
    touched.add(userId);
    counts[outcome] += 1;
  };

  return {
    id,
    created(userId) {
      createdIds.push(userId);
      touched.add(userId);
      counts.created += 1;
    },
    updating: (userId) => before(userId, 'updated'),
    deleting: (userId) => before(userId, 'deleted'),
    rejected(line, cells, reasons) {
      addReject.run(id, line, JSON.stringify(cells), JSON.stringify(reasons));
      counts.rejected += 1;
    },
    skipped(count = 1) {
      counts.skipped += count;
    },
    finish() {
      // The created users' rows in one statement: written one by one, they cost a tenth of a large import's
      // time. Nothing reads them before the import ends.
      if (createdIds.length > 0)
        db.prepare("INSERT INTO import_rows (import_id, user_id, outcome, before) SELECT ?, value, 'created', NULL FROM json_each(?)").run(
          id,
          JSON.stringify(createdIds),
        );
      db.prepare('UPDATE imports SET created = ?, updated = ?, deleted = ?, skipped = ?, rejected = ? WHERE id = ?').run(
        counts.created,
        counts.updated,
        counts.deleted,
        counts.skipped,
        counts.rejected,
        id,
      );
      recordChange(
        db,
        {
          entity: 'site',
          entityId: null,
          entityLabel: start.label.slice(0, 300),
          action: start.source === 'csv' ? 'import.csv' : 'import.cucm',
          changes: Object.entries(counts).map(([field, after]) => ({ field, before: null, after })),
          importId: id,
        },
        at,
      );
      return importRecord(db, id)!;
    },
  };
}

/** The secrets a snapshot and the user's current ones differ in, by name only (set back, or cleared). */
function secretChanges(current: UserSnapshot['secrets'], restored: UserSnapshot['secrets']) {
  const stamp = (list: UserSnapshot['secrets'], name: string) => list.find((s) => s.name === name)?.updatedAt ?? null;
  return (['password', 'pin'] as const).flatMap((name) => {
    const [now, then] = [stamp(current, name), stamp(restored, name)];
    if (now === then) return [];
    return [then === null ? ({ field: name, secret: true, cleared: true } as const) : ({ field: name, secret: true } as const)];
  });
}

function restoreOne(snapshots: ReturnType<typeof createSnapshots>, snapshot: UserSnapshot, current: UserSnapshot | null): void {
  try {
    snapshots.restore(snapshot, current);
  } catch (error) {
    // Someone took the username or number back by hand since the import: refuse rather than guess.
    if (error instanceof Error && /UNIQUE/.test(error.message)) {
      throw new RosterError('CONFLICT', 'import.undo.clash', { username: String(snapshot.row.username ?? '') }).causedBy(error);
    }
    throw error;
  }
}

/** The users an import created, purged by its undo in chunks: each chunk is a point to report and to stop. */
function createdUsers(db: Database.Database, id: number): number[] {
  return db
    .prepare(
      "SELECT r.user_id FROM import_rows r JOIN users u ON u.id = r.user_id WHERE r.import_id = ? AND r.outcome = 'created' ORDER BY r.user_id",
    )
    .pluck()
    .all(id) as number[];
}

/**
 * Undoes an import as a whole, in one transaction: users it created are purged, users it updated or deleted
 * get their snapshots back. Only the most recent standing import can be undone, so an undo never writes an
 * older state over a later import. Changes made by hand since the import to the same users are undone too;
 * the renderer says so before asking. The work goes in chunks of users: after each, `onProgress` hears how
 * many of the import's users are done, and a cancel rolls the whole undo back (the import stays in place).
 */
export function undoImport(db: Database.Database, id: number, cancelled: CancelCheck = () => false, onProgress?: ProgressListener): ImportRecord {
  const now = new Date().toISOString();
  return db.transaction(() => {
    const record = importRecord(db, id);
    if (!record) throw new RosterError('NOT_FOUND', 'import.undo.notFound');
    if (record.undoneAt !== null) throw new RosterError('CONFLICT', 'import.undo.already', { at: record.undoneAt });
    if (!record.canUndo) throw new RosterError('CONFLICT', 'import.undo.notLatest');
    const touched = record.created + record.updated + record.deleted;
    const report = progressReporter(touched, onProgress);
    let done = 0;
    report(done);
    // Thrown inside the transaction: a cancel leaves the site as it was.
    const stopIfCancelled = () => {
      if (cancelled()) throw new RosterError('CANCELLED', 'import.undo.cancelled');
    };

    // The search index is written once at the end, as an import writes it (user-write-batch.ts); rebuilt as a
    // whole when the undo touches more users than would stay untouched (an import into an empty site). The
    // indexes of users stay: restoreOne relies on the unique ones.
    // Counted no further than the answer needs: a small undo of a large site runs on main.
    const mostOfSite = !moreThan(db, 2 * touched - 1, 'SELECT 1 FROM users');
    const searchIndex = new UserWriteBatch(db, { rebuildSearchIndex: mostOfSite, keepUserIndexes: true });

    // Each user the undo touches gets an entry of their own under the import's id, in the undo's transaction.
    const who = actor();
    const auditPurge = db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, entity_label, action, changes, import_id)
       SELECT ?, ?, 'user', u.id, u.username, 'undoCreate', '[]', ? FROM users u WHERE u.id IN (SELECT value FROM json_each(?))`,
    );
    const purge = db.prepare('DELETE FROM users WHERE id IN (SELECT value FROM json_each(?))');
    const created = createdUsers(db, id);
    for (const chunk of chunksOf(created)) {
      stopIfCancelled();
      auditPurge.run(now, who, id, chunk);
      purge.run(chunk);
      done = Math.min(done + CHUNK_SIZE, created.length);
      report(done);
    }
    const snapshots = createSnapshots(db);
    const users = createUsersRepository(db);
    const groups = cachedGroupNames(createGroupsRepository(db));
    const audit = userEntryWriter(db, { importId: id }, now);
    const viewOf = (userId: number) => {
      const user = users.get(userId);
      return user ? userAuditView(groups, user) : {};
    };
    // Read in pages: better-sqlite3 cannot write while a statement is still iterating, and a whole import's
    // snapshots need not sit in memory at once.
    const page = db.prepare(
      `SELECT r.user_id, r.before FROM import_rows r JOIN users u ON u.id = r.user_id
       WHERE r.import_id = ? AND r.outcome <> 'created' AND r.user_id > ? ORDER BY r.user_id LIMIT ${RESTORE_PAGE}`,
    );
    for (
      let after = 0, rows = page.all(id, after) as { user_id: number; before: string }[];
      rows.length > 0;
      rows = page.all(id, after) as typeof rows
    ) {
      stopIfCancelled();
      for (const row of rows) {
        const snapshot = JSON.parse(row.before) as UserSnapshot;
        const before = viewOf(row.user_id);
        const current = snapshots.take(row.user_id);
        const wasDeleted = current !== null && current.row.deleted_at !== snapshot.row.deleted_at && snapshot.row.deleted_at == null;
        searchIndex.changing(row.user_id);
        restoreOne(snapshots, snapshot, current);
        const changes = [...changedFields(before, viewOf(row.user_id)), ...secretChanges(current?.secrets ?? [], snapshot.secrets)];
        // A user the import deleted comes back (a restore); an updated one gets its values back.
        if (wasDeleted || changes.length > 0) audit(row.user_id, String(snapshot.row.username ?? ''), wasDeleted ? 'restore' : 'undo', changes);
      }
      after = rows[rows.length - 1]!.user_id;
      done += rows.length;
      report(done);
    }
    searchIndex.finish();
    stopIfCancelled();
    // The groups the import created go once no restored user is in them any more.
    removeImportedGroups(db, id, now);
    db.prepare('UPDATE imports SET undone_at = ? WHERE id = ?').run(now, id);
    recordChange(
      db,
      {
        entity: 'site',
        entityId: null,
        entityLabel: record.label,
        action: 'import.undo',
        changes: [
          { field: 'created', before: record.created, after: 0 },
          { field: 'updated', before: record.updated, after: 0 },
          { field: 'deleted', before: record.deleted, after: 0 },
        ],
        importId: id,
      },
      now,
    );
    return importRecord(db, id)!;
  })();
}
