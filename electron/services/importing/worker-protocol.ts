import type { CucmImportResult } from '@shared/cucm/cucm-import-preview';
import type { ImportPreview, ImportProgress, ImportSummary } from '@shared/channels/import';
import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import type { CucmEndUser } from '../cucm/cucm-end-user';
import type { CucmComparison } from '../cucm/cucm-import-compare';
import type { CucmPreview } from '../cucm/cucm-import-preview';
import type { ContractError } from '@shared/result';
import type { BulkChangeRecord, BulkParameters, BulkProgress, BulkResult } from '@shared/channels/bulk';
import type { ImportRecord } from '@shared/channels/import';
import type { BulkChange } from '@shared/rules/bulk-rules';
import type { SecretKind } from '@shared/rules/security-rules';
import type { ExportRequest } from '../exporting/export-users';
import type { ImportRunOptions } from './plan-context';
import type { LogRecord } from '../log/log';

/**
 * What a worker is to do: read and judge a file (preview), import it (run), compare the users read from
 * CUCM with the site (cucmCompare: SQL filter and plan, read only), or apply a CUCM import's preview
 * (cucmApply), or fill a new site with the generated demo of `size` users (demo), each with what it needs.
 */
export type WorkerTask =
  | { task: 'preview' | 'run'; options: ImportRunOptions }
  | { task: 'cucmCompare'; users: CucmEndUser[]; settings: CucmImportSettings }
  | { task: 'cucmApply'; preview: CucmPreview }
  | { task: 'demo'; size: number }
  | JobTask;

/**
 * The heavy site operations besides the import (electron/services/jobs/site-jobs.ts): a bulk change (its
 * parameters read on main, where the groups are) and its undo, an import's undo, "expire all now" (its
 * settings checked on main), and an export (its target checked on main).
 */
export type JobTask =
  | { task: 'bulkApply'; ids: readonly number[]; change: BulkChange; parameters: BulkParameters }
  | { task: 'bulkUndo'; id: number }
  | { task: 'importUndo'; id: number }
  | { task: 'expireAll'; secret: SecretKind }
  | { task: 'export'; request: ExportRequest };

/** The site a worker opens, and how main tells it to stop. */
export interface WorkerSite {
  sitePath: string;
  siteId: string;
  /**
   * The site's data key, handed over in memory (never through a file or the worker's data, never logged);
   * null when this workstation's keychain lacks it.
   */
  key: Uint8Array | null;
  /** One Int32: main stores 1 to cancel; the worker checks it between chunks. */
  cancel: SharedArrayBuffer;
}

/** The one message main sends a new import worker. */
export type WorkerStart = WorkerTask & WorkerSite;

export type JobResult =
  BulkResult | { change: BulkChangeRecord; restored: number } | ImportRecord | { count: number } | { path: string; rows: number };

export type WorkerResult = ImportPreview | ImportSummary | CucmComparison | CucmImportResult | JobResult | { users: number };

/**
 * What the worker sends back: progress and log lines, then exactly one of done or failed. Log lines go to main,
 * which owns the log file and its rotation (a second writer would rotate the file under the first).
 */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress | BulkProgress }
  | { type: 'log'; record: LogRecord }
  | { type: 'done'; result: WorkerResult }
  | { type: 'failed'; error: ContractError };
