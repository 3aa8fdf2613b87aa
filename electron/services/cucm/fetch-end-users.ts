import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import type { CucmConnection } from './cucm-connection';
import type { CucmSearchCriteria } from './cucm-end-user';
import { readInWorker } from './cucm-worker-client';
import type { PackedRead } from './cucm-worker-protocol';

export interface FetchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CucmImportProgress) => void;
  /** How long busy answers may be waited out in a row (see axl-busy.ts). */
  busyBudgetMs?: number;
}

/**
 * Every end user matching `criteria`, read completely or not at all (see readEndUsers), in a CUCM worker
 * thread: requests, answers and their XML never hold main. The users come back packed (see packed-rows.ts).
 */
export function fetchEndUsers(connection: CucmConnection, criteria: CucmSearchCriteria, options: FetchOptions = {}): Promise<PackedRead> {
  const { signal, onProgress, busyBudgetMs } = options;
  return readInWorker(
    { task: 'read', connection, criteria, ...(busyBudgetMs === undefined ? {} : { busyBudgetMs }) },
    (progress) => onProgress?.(progress),
    signal,
  );
}
