import type Database from 'better-sqlite3';
import type { ImportCounts, ImportPreview, ImportPreviewRow, ImportProblem, ImportSummary } from '@shared/channels/import';
import type { SiteSecrets } from '../secrets/site-secrets';
import { createDefaultsRepository } from '../site/defaults-repository';
import { createImportedGroup, rememberImportedGroups } from './import-groups';
import { beginImport } from './import-ledger';
import { ImportWriter } from './import-writer';
import { UserWriteBatch } from './user-write-batch';
import { readFileLayout } from './file-layout';
import type { FileLayout } from './file-layout';
import { planContext } from './plan-context';
import type { ImportRunOptions } from './plan-context';
import { RowPlanner } from './row-plan';
import type { NewGroup, PlanContext, RowPlan } from './row-plan';
import { streamRows } from './row-stream';
import type { StreamHooks } from './row-stream';

/** Rows of the preview table. */
const PREVIEW_ROWS = 100;
/** Problems (and duplicate pairs) sent back with a preview; the counts say how many in all. */
const PREVIEW_PROBLEMS = 2_000;
/** Problems sent back with a summary; the ledger (and so the error report) keeps every rejected row. */
const SUMMARY_PROBLEMS = 1_000;

/** One pass over the file: each row planned (and, in a run, written) as it is read. */
async function pass(
  layout: FileLayout,
  db: Database.Database,
  options: ImportRunOptions,
  hooks: StreamHooks,
  phase: 'reading' | 'writing',
  secrets: SiteSecrets | null,
  onPlan: (plan: RowPlan, keptCells: () => string[]) => void,
) {
  let planner: RowPlanner | null = null;
  let context: PlanContext | null = null;
  const rows = await streamRows(layout, phase, hooks, {
    header(header, firstData) {
      context = planContext(db, options, header, firstData, secrets);
      planner = new RowPlanner(context, layout.encoding);
    },
    row(record) {
      onPlan(planner!.plan(record), () => planner!.keptCells(record.cells));
    },
  });
  return { rows, groupsToCreate: (context as PlanContext | null)?.groups.toCreate ?? [] };
}

const withLine = (line: number, problems: readonly Omit<ImportProblem, 'line'>[]): ImportProblem[] => problems.map((p) => ({ line, ...p }));

function previewRow(plan: RowPlan, language: ImportPreviewRow['language']): ImportPreviewRow {
  const source = plan.outcome === 'create' || plan.outcome === 'update' ? plan.draft : plan.values;
  return {
    line: plan.line,
    outcome: plan.outcome,
    username: source.username ?? '',
    firstName: source.firstName ?? '',
    lastName: source.lastName ?? '',
    department: source.department ?? '',
    email: source.email ?? '',
    number: source.number ?? '',
    language: source.language ?? language,
    existingUserId: plan.outcome === 'update' ? plan.existing.id : plan.outcome === 'create' ? null : plan.existingId,
  };
}

/** Reads and judges every row, writing nothing. Runs inside a read transaction: one consistent view of the site. */
export async function previewImport(
  db: Database.Database,
  options: ImportRunOptions,
  hooks: StreamHooks,
  secrets: SiteSecrets | null,
): Promise<ImportPreview> {
  const layout = await readFileLayout(options.reading);
  const counts: ImportCounts = { create: 0, update: 0, skip: 0, reject: 0 };
  const firstRows: ImportPreviewRow[] = [];
  const problems: ImportProblem[] = [];
  let problemCount = 0;
  const duplicatesInFile: ImportPreview['duplicatesInFile'] = [];
  let duplicatesInFileCount = 0;
  const language = createDefaultsRepository(db).get().language;

  db.exec('BEGIN');
  try {
    const { rows, groupsToCreate } = await pass(layout, db, options, hooks, 'reading', secrets, (plan) => {
      counts[plan.outcome] += 1;
      if (firstRows.length < PREVIEW_ROWS) firstRows.push(previewRow(plan, language));
      if (plan.outcome !== 'reject') return;
      problemCount += plan.problems.length;
      if (problems.length < PREVIEW_PROBLEMS) problems.push(...withLine(plan.line, plan.problems).slice(0, PREVIEW_PROBLEMS - problems.length));
      if (plan.duplicateOf !== null) {
        duplicatesInFileCount += 1;
        if (duplicatesInFile.length < PREVIEW_PROBLEMS) duplicatesInFile.push({ line: plan.line, firstLine: plan.duplicateOf });
      }
    });
    return { rows, firstRows, counts, problems, problemCount, duplicatesInFile, duplicatesInFileCount, groupsToCreate };
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

export interface RunSetup {
  /** The site's secrets with its key, or null when this workstation lacks the key. */
  secrets: SiteSecrets | null;
}

/**
 * Imports the file as ONE transaction: BEGIN IMMEDIATE, every row planned and written as it is read
 * (through the editor's repository), the indexes written in bulk (UserWriteBatch), the ledger's
 * record and audit entry, COMMIT. A cancel, a refusal or
 * any failure rolls it all back, so the site is exactly as it was.
 */
export async function runImport(db: Database.Database, options: ImportRunOptions, hooks: StreamHooks, setup: RunSetup): Promise<ImportSummary> {
  const layout = await readFileLayout(options.reading);
  const started = performance.now();
  const now = new Date().toISOString();
  const problems: ImportProblem[] = [];

  db.exec('BEGIN IMMEDIATE');
  try {
    const ledger = beginImport(db, { source: 'csv', label: layout.file.fileName, details: runDetails(options, layout) }, now);
    const batch = new UserWriteBatch(db);
    const writer = new ImportWriter(db, ledger, setup.secrets, now, batch);
    const createdGroups: number[] = [];
    let changed = 0;
    const createGroups = (groups: readonly NewGroup[]) => {
      for (const group of groups) {
        createImportedGroup(db, group, ledger.id, now);
        createdGroups.push(group.id);
      }
    };
    const { rows, groupsToCreate } = await pass(layout, db, options, hooks, 'writing', setup.secrets, (plan, keptCells) => {
      switch (plan.outcome) {
        case 'create':
          createGroups(plan.newGroups);
          writer.create(plan.draft);
          changed += 1;
          return;
        case 'update':
          createGroups(plan.newGroups);
          writer.update(plan.existing, plan.draft);
          changed += 1;
          return;
        case 'skip':
          ledger.skipped();
          return;
        case 'reject':
          ledger.rejected(plan.line, keptCells(), plan.problems);
          if (problems.length < SUMMARY_PROBLEMS) problems.push(...withLine(plan.line, plan.problems).slice(0, SUMMARY_PROBLEMS - problems.length));
      }
    });
    const seconds = () => (performance.now() - started) / 1000;
    if (changed === 0) {
      // No row changes the site: the import leaves no record, no audit entry and nothing to undo.
      const counts = ledger.finish();
      db.exec('ROLLBACK');
      const record = { ...counts, id: 0, canUndo: false };
      return { record, recorded: false, groupsCreated: [], problems, seconds: seconds(), rowsPerSecond: rate(rows, seconds()) };
    }
    rememberImportedGroups(db, ledger.id, createdGroups);
    batch.finish();
    const record = ledger.finish();
    db.exec('COMMIT');
    // Copy the import's pages into the site file here, in the worker: otherwise main's next commit would
    // do it (SQLite's automatic checkpoint), synchronously, and freeze the window for as long.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { record, recorded: true, groupsCreated: groupsToCreate, problems, seconds: seconds(), rowsPerSecond: rate(rows, seconds()) };
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

const rate = (rows: number, seconds: number) => (seconds > 0 ? Math.round(rows / seconds) : rows);

/** What the import ran with, for its record (no secrets: the options hold none). */
function runDetails(options: ImportRunOptions, layout: FileLayout): Record<string, unknown> {
  return {
    encoding: layout.encoding,
    delimiter: layout.delimiter,
    hasHeader: layout.hasHeader,
    // The error report repeats the file's own header row above the refused rows.
    header: layout.hasHeader ? (layout.headRows[0]?.cells ?? []) : null,
    preset: options.reading.preset,
    mapping: options.mapping,
    duplicates: options.duplicates,
    includeCredentials: options.includeCredentials,
  };
}
