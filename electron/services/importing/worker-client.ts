import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { atBackgroundPriority } from '../jobs/background-priority';
import { errorFields, log, relayRecord } from '../log/log';
import { importWorkerScript } from './worker-script';
import type { WorkerMessage, WorkerResult, WorkerSite, WorkerStart, WorkerTask } from './worker-protocol';

/**
 * The worker's heap limit: a runaway import ends with a clear message instead of taking the app down.
 * Far above what a 100,000-row import needs (see test/bench/import.bench.ts).
 */
export const WORKER_HEAP_MB = 1024;

export interface RunningWorker {
  /** Settles once the worker thread has ended (its site connection closed). */
  readonly result: Promise<WorkerResult>;
  /** Asks the worker to stop at its next chunk; it rolls back and answers CANCELLED. */
  cancel(): void;
  /** Stops the thread at once (as a crash would): its connection dies and SQLite discards the open transaction. */
  terminate(): Promise<void>;
}

export function startImportWorker<P = ImportProgress>(
  task: WorkerTask,
  site: Omit<WorkerSite, 'cancel'>,
  onProgress: (progress: P) => void,
): RunningWorker {
  const script = importWorkerScript();
  const cancelFlag = new SharedArrayBuffer(4);
  // Below main's priority: under load the screens' requests go first (jobs/background-priority.ts).
  const { entry, options } = atBackgroundPriority(script.file);
  const worker = new Worker(entry, {
    ...options,
    ...(script.workerData ? { workerData: script.workerData } : {}),
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    let answer: { ok: true; value: WorkerResult } | { ok: false; error: RosterError } | null = null;
    worker.on('message', (message: WorkerMessage) => {
      // The task decides the kind of progress (an import's, or a bulk change's).
      if (message.type === 'progress') onProgress(message.progress as P);
      else if (message.type === 'log') relayRecord(message.record);
      else if (message.type === 'done') answer = { ok: true, value: message.result };
      else answer = { ok: false, error: new RosterError(message.error.code, message.error.message, message.error.params, message.error.issues) };
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (answer) return;
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        log.error('worker.outOfMemory', { task: task.task, heapMb: WORKER_HEAP_MB });
        answer = { ok: false, error: new RosterError('INTERNAL', 'import.worker.outOfMemory') };
      } else {
        log.error('worker.crashed', { task: task.task, ...errorFields(error) });
        answer = { ok: false, error: new RosterError('INTERNAL', 'import.worker.failed') };
      }
    });
    worker.on('exit', () => {
      const settled = answer ?? { ok: false as const, error: new RosterError('INTERNAL', 'import.worker.failed') };
      if (settled.ok) resolve(settled.value);
      else reject(settled.error);
    });
  });
  worker.postMessage({ ...task, ...site, cancel: cancelFlag } satisfies WorkerStart);
  return {
    result,
    cancel: () => Atomics.store(new Int32Array(cancelFlag), 0, 1),
    terminate: async () => {
      await worker.terminate();
    },
  };
}
