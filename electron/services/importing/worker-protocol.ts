import type { ImportPreview, ImportProgress, ImportSummary } from '@shared/channels/import';
import type { ContractError } from '@shared/result';
import type { ImportRunOptions } from './plan-context';

/** The one message main sends a new import worker. */
export interface WorkerStart {
  task: 'preview' | 'run';
  sitePath: string;
  siteId: string;
  /**
   * The site's data key, handed over in memory (never through a file or the worker's data, never logged);
   * null when this workstation's keychain lacks it.
   */
  key: Uint8Array | null;
  options: ImportRunOptions;
  /** One Int32: main stores 1 to cancel; the worker checks it between chunks. */
  cancel: SharedArrayBuffer;
}

export type WorkerResult = ImportPreview | ImportSummary;

/** What the worker sends back: progress, then exactly one of done or failed. */
export type WorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; result: WorkerResult }
  | { type: 'failed'; error: ContractError };
