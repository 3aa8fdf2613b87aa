import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { RosterError } from '@shared/result';
import type { ContractError } from '@shared/result';
import { describeError } from '../log/error-cause';
import { errorFields, log, setLogSink } from '../log/log';
import { LATEST_VERSION } from '../site/migrations';
import { registerNaturalOrder } from '../site/natural-order';
import { createDefaultsRepository } from '../site/defaults-repository';
import { createExtensionPoolRepository } from '../site/extension-pool-repository';
import { compareCucmUsers } from './cucm-import-compare';
import type { CucmWorkerCancel, CucmWorkerMessage, CucmWorkerTask, PackedComparison, PackedRead } from './cucm-worker-protocol';
import { readEndUsers } from './end-user-reader';
import { packPlan, planTransferables } from './packed-plan';
import { packRows, transferablesOf, unpackRows } from './packed-rows';

/**
 * The CUCM worker thread: reads the end users from CUCM (requests, answers and their XML), or filters and
 * compares them with the site, so that main keeps answering. One task per worker; the thread ends when done.
 */

const port = parentPort;
const requests = new AbortController();
if (port) {
  port.once('message', (start: CucmWorkerTask) => void work(start));
  port.on('message', (message: CucmWorkerCancel | CucmWorkerTask) => {
    if ('type' in message && message.type === 'cancel') requests.abort();
  });
}

const post = (message: CucmWorkerMessage, transfer: ArrayBuffer[] = []) => port!.postMessage(message, transfer);
// This thread's lines go to main, which writes them to the one log file.
setLogSink((record) => post({ type: 'log', record }));

/** The site for reading only: the compare writes nothing, and main may go on writing meanwhile (WAL). */
function openSite(path: string): Database.Database {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  registerNaturalOrder(db);
  if (db.pragma('user_version', { simple: true }) !== LATEST_VERSION) {
    db.close();
    throw new RosterError('CONFLICT', 'import.site.outdated');
  }
  return db;
}

async function read(start: Extract<CucmWorkerTask, { task: 'read' }>): Promise<[PackedRead, ArrayBuffer[]]> {
  post({ type: 'progress', progress: { phase: 'connecting', pages: 0, users: 0, pageSize: 0 } });
  const { users, pages, report } = await readEndUsers(start.connection, start.criteria, {
    signal: requests.signal,
    busyBudgetMs: start.busyBudgetMs,
    onProgress: (progress) => post({ type: 'progress', progress: { phase: 'fetching', ...progress } }),
    onWait: (wait) => post({ type: 'progress', progress: { phase: 'waiting', ...wait } }),
  });
  const packed = packRows(users);
  return [{ users: packed, pages, report }, transferablesOf(packed)];
}

function compare(start: Extract<CucmWorkerTask, { task: 'compare' }>): [PackedComparison, ArrayBuffer[]] {
  const users = unpackRows(start.users);
  const db = openSite(start.sitePath);
  try {
    const site = { db, defaults: createDefaultsRepository(db), pool: createExtensionPoolRepository(db) };
    const { plan, matched, fingerprint, imported } = compareCucmUsers(site, users, start.settings, (kept) =>
      post({ type: 'progress', progress: { phase: 'comparing', pages: 0, users: kept, pageSize: 0 } }),
    );
    const packed = packPlan(plan);
    return [{ plan: packed, matched, fingerprint, imported }, planTransferables(packed)];
  } finally {
    db.close();
  }
}

function contractError(task: string, error: unknown): ContractError {
  if (error instanceof RosterError) {
    if (error.cause !== undefined)
      log.warn('cucmWorker.refused', { task, code: error.code, message: error.messageKey, cause: describeError(error.cause) });
    return error.toContractError();
  }
  log.error('cucmWorker.failed', { task, ...errorFields(error) });
  return { code: 'INTERNAL', message: task === 'read' ? 'cucmImport.read.failed' : 'cucmImport.compare.failed' };
}

async function work(start: CucmWorkerTask): Promise<void> {
  const operation = log.operation(`cucmWorker.${start.task}`);
  try {
    const [result, transfer] = start.task === 'read' ? await read(start) : compare(start);
    operation.end();
    post({ type: 'done', result }, transfer);
  } catch (error) {
    operation.fail(error);
    const cause = error instanceof RosterError && error.cause !== undefined ? { cause: describeError(error.cause) } : {};
    post({ type: 'failed', error: contractError(start.task, error), ...cause });
  }
}
