/// <reference types="electron-vite/node" />
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import { RosterError } from '@shared/result';
import { errorFromLogged } from '../log/error-cause';
import { errorFields, log, relayRecord } from '../log/log';
import { WORKER_HEAP_MB } from '../importing/worker-client';
// The build bundles the worker as a file of its own and gives its path here; run from the TypeScript source
// (tests, benchmarks) there is none, and the importing worker's source loader starts cucm-worker.ts itself.
import builtWorker from './cucm-worker?modulePath';
import type { CucmWorkerMessage, CucmWorkerTask, PackedComparison, PackedRead } from './cucm-worker-protocol';

const here = dirname(fileURLToPath(import.meta.url));

function script(): { file: URL; workerData?: { entry: string; sharedDir: string } } {
  if (typeof builtWorker === 'string' && builtWorker !== '') return { file: new URL(builtWorker, import.meta.url) };
  const source = join(here, 'cucm-worker.ts');
  const loader = join(here, '../importing/source-worker.mjs');
  if (!existsSync(source) || !existsSync(loader)) throw new Error(`the CUCM worker is missing next to ${here}`);
  return { file: pathToFileURL(loader), workerData: { entry: pathToFileURL(source).href, sharedDir: resolve(here, '../../../shared') } };
}

const cancelled = () => new RosterError('CANCELLED', 'cucm.error.cancelled');

/**
 * Runs one task in a CUCM worker thread. Cancel asks a read to stop (its requests are aborted) and ends a
 * compare outright: it only reads, so there is nothing to roll back, and no filter, however slow, outlasts it.
 */
function runCucmWorker<R>(task: CucmWorkerTask, onProgress: (progress: CucmImportProgress) => void, signal?: AbortSignal): Promise<R> {
  if (signal?.aborted) return Promise.reject(cancelled());
  const { file, workerData } = script();
  const worker = new Worker(file, { ...(workerData ? { workerData } : {}), resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  return new Promise<R>((resolvePromise, reject) => {
    let answer: { ok: true; value: R } | { ok: false; error: RosterError } | null = null;
    const stop = () => {
      if (task.task === 'read') worker.postMessage({ type: 'cancel' });
      else void worker.terminate();
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (message: CucmWorkerMessage) => {
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'log') relayRecord(message.record);
      else if (message.type === 'done') answer = { ok: true, value: message.result as R };
      else {
        const error = new RosterError(message.error.code, message.error.message, message.error.params, message.error.issues);
        answer = { ok: false, error: message.cause ? error.causedBy(errorFromLogged(message.cause)) : error };
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (answer) return;
      log.error('cucmWorker.crashed', { task: task.task, ...errorFields(error) });
      const key =
        task.task === 'read'
          ? 'cucmImport.read.failed'
          : error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'cucmImport.compare.outOfMemory'
            : 'cucmImport.compare.failed';
      answer = { ok: false, error: new RosterError('INTERNAL', key) };
    });
    worker.on('exit', () => {
      signal?.removeEventListener('abort', stop);
      if (signal?.aborted && !answer?.ok) reject(cancelled());
      else if (answer?.ok) resolvePromise(answer.value);
      else reject(answer?.error ?? new RosterError('INTERNAL', task.task === 'read' ? 'cucmImport.read.failed' : 'cucmImport.compare.failed'));
    });
    // The worker exits by itself once its one task is answered.
    worker.on('message', (message: CucmWorkerMessage) => {
      if (message.type === 'done' || message.type === 'failed') void worker.terminate();
    });
    worker.postMessage(task);
  });
}

export const readInWorker = (
  task: Extract<CucmWorkerTask, { task: 'read' }>,
  onProgress: (progress: CucmImportProgress) => void,
  signal?: AbortSignal,
) => runCucmWorker<PackedRead>(task, onProgress, signal);

export const compareInCucmWorker = (
  task: Extract<CucmWorkerTask, { task: 'compare' }>,
  onProgress: (progress: CucmImportProgress) => void,
  signal?: AbortSignal,
) => runCucmWorker<PackedComparison>(task, onProgress, signal);
