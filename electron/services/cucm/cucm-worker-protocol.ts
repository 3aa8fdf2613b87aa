import type { LoggedError } from '../log/error-cause';
import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import type { ContractError } from '@shared/result';
import type { LogRecord } from '../log/log';
import type { CucmConnection } from './cucm-connection';
import type { CucmEndUser, CucmSearchCriteria } from './cucm-end-user';
import type { PackedPlan } from './packed-plan';
import type { PackedRows } from './packed-rows';
import type { EndUsersRead } from './end-user-reader';

/**
 * The CUCM worker's tasks: read the end users from CUCM (network and XML off main), or filter and compare
 * them with the site (on the worker's own read-only connection). What goes in and out is packed (see
 * packed-rows.ts): main never rebuilds 40,000 users or a plan of them.
 */
export type CucmWorkerTask =
  | { task: 'read'; connection: CucmConnection; criteria: CucmSearchCriteria; busyBudgetMs?: number }
  | { task: 'compare'; sitePath: string; users: PackedRows<CucmEndUser>; settings: CucmImportSettings };

export interface PackedRead extends Omit<EndUsersRead, 'users'> {
  users: PackedRows<CucmEndUser>;
}

export interface PackedComparison {
  plan: PackedPlan;
  matched: number;
  fingerprint: string;
  imported: number;
}

/** Main to worker after the start: stop now (a read only; a compare is terminated). */
export interface CucmWorkerCancel {
  type: 'cancel';
}

export type CucmWorkerMessage =
  | { type: 'progress'; progress: CucmImportProgress }
  | { type: 'log'; record: LogRecord }
  | { type: 'done'; result: PackedRead | PackedComparison }
  /** cause: what the refusal was caused by (a network error), described for main's log. */
  | { type: 'failed'; error: ContractError; cause?: LoggedError };
