import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ImportProgress } from '@shared/channels/import';
import type { BulkProgress } from '@shared/channels/bulk';
import { RosterError } from '@shared/result';
import type { ContractError } from '@shared/result';
import { MemoryKeyStore } from '../secrets/memory-key-store';
import { SiteSecrets } from '../secrets/site-secrets';
import { loadSiteKey, siteKeyAccount } from '../secrets/site-key';
import { LATEST_VERSION } from '../site/migrations';
import { registerNaturalOrder } from '../site/natural-order';
import { applyCucmImport } from '../cucm/cucm-import-apply';
import { compareCucmUsers } from '../cucm/cucm-import-compare';
import { createDefaultsRepository } from '../site/defaults-repository';
import { createExtensionPoolRepository } from '../site/extension-pool-repository';
import { createSettingsRepository } from '../site/settings-repository';
import { createUsersRepository } from '../site/users-repository';
import { previewImport, runImport } from './import-pass';
import { applyRecordedChange } from '../bulk/apply-bulk-change';
import { undoBulkChange } from '../bulk/undo-bulk-change';
import { exportUsers } from '../exporting/export-users';
import { expireAllHolders } from '../security/secret-expiry';
import { undoImport } from './import-ledger';
import { fillDemo } from './demo-fill';
import type { StreamHooks } from './row-stream';
import type { WorkerMessage, WorkerResult, WorkerStart } from './worker-protocol';
import { describeError } from '../log/error-cause';
import { errorFields, log, setLogSink } from '../log/log';

/**
 * The import worker thread: reads, judges and (for a run) writes a file's rows, or compares or applies a CUCM
 * import, or runs one of the other heavy site operations (worker-protocol.ts JobTask), on its own connection to the site file, so the main process keeps answering. WAL mode lets main go
 * on reading while this connection holds the write transaction. One task per worker; the thread ends when it
 * is done.
 */

const port = parentPort;
if (port) port.once('message', (start: WorkerStart) => void work(start));

const post = (message: WorkerMessage) => port!.postMessage(message);
// This thread's lines go to main, which writes them to the one log file.
setLogSink((record) => post({ type: 'log', record }));

function openSite(path: string, task: WorkerStart['task']): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  // The username index is built on it (migration 012): without it no user could be written here.
  registerNaturalOrder(db);
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  // One transaction writes every row into a dozen indexes of users, the audit log and the ledger: with
  // SQLite's default 2 MB cache their pages are evicted and read back again and again (a 100,000-row import
  // spends about a fifth more time). 64 MB holds them; the thread ends with its task, and so does the cache.
  // An export only reads, once, in order: the default cache does, and the process's peak stays 64 MB lower.
  if (task !== 'export') db.pragma('cache_size = -65536');
  // Main writes in short synchronous transactions: waiting for one to end is brief.
  db.pragma('busy_timeout = 5000');
  if (db.pragma('user_version', { simple: true }) !== LATEST_VERSION) {
    db.close();
    throw new RosterError('CONFLICT', 'import.site.outdated');
  }
  return db;
}

/** The site's secrets with the key handed over, or null without a (right) key. */
function siteSecrets(db: Database.Database, start: WorkerStart): SiteSecrets | null {
  if (!start.key) return null;
  const store = new MemoryKeyStore();
  store.set(siteKeyAccount(start.siteId), Buffer.from(start.key).toString('base64'));
  // Checked first: SiteSecrets would adopt a new key for a site without secrets, which only main may do.
  const keyCheck = db.prepare('SELECT key_check FROM site').pluck().get() as Buffer;
  if (!loadSiteKey(store, start.siteId, keyCheck)) return null;
  return new SiteSecrets(db, start.siteId, store);
}

/**
 * The failure as it crosses to main. A refusal's cause stays in this thread (only the contract error is
 * posted), so it is logged here; an unexpected error is logged with its stack. Values of the file (names,
 * passwords) never go to the log: only messages and stacks.
 */
function contractError(task: WorkerStart['task'], error: unknown): ContractError {
  if (error instanceof RosterError) {
    if (error.cause !== undefined)
      log.warn('worker.refused', { task, code: error.code, message: error.messageKey, cause: describeError(error.cause) });
    return error.toContractError();
  }
  log.error('worker.failed', { task, ...errorFields(error) });
  return { code: 'INTERNAL', message: 'import.worker.failed' };
}

/** An export's secrets: made from the key handed over; without one, none can be read (keyAvailable false). */
function exportSecrets(db: Database.Database, start: WorkerStart) {
  return siteSecrets(db, start) ?? { keyAvailable: false, read: () => null };
}

/** The stream's hooks, whose progress also carries a bulk change's. */
interface WorkerHooks extends StreamHooks {
  progress(progress: ImportProgress | BulkProgress): void;
}

async function perform(start: WorkerStart, db: Database.Database, hooks: WorkerHooks): Promise<WorkerResult> {
  switch (start.task) {
    case 'bulkApply':
      return applyRecordedChange({ db }, start.ids, start.change, start.parameters, hooks.progress, hooks.cancelled);
    case 'bulkUndo':
      return undoBulkChange({ db }, start.id, hooks.progress, hooks.cancelled);
    case 'importUndo':
      return undoImport(db, start.id, hooks.cancelled, hooks.progress);
    case 'expireAll':
      return { count: expireAllHolders(db, start.secret, hooks.cancelled, hooks.progress) };
    case 'export':
      return exportUsers({ db, secrets: exportSecrets(db, start) }, start.request, hooks.cancelled, hooks.progress);
    case 'preview':
      // The key comes along for a preview too: a password or PIN that identifies users is compared here, in main.
      return previewImport(db, start.options, hooks, siteSecrets(db, start));
    case 'run':
      return runImport(db, start.options, hooks, { secrets: siteSecrets(db, start) });
    case 'demo':
      return fillDemo(db, start.size, hooks.progress, hooks.cancelled);
    case 'cucmCompare':
      return compareCucmUsers({ db, defaults: createDefaultsRepository(db), pool: createExtensionPoolRepository(db) }, start.users, start.settings);
    case 'cucmApply':
      return applyCucmImport(
        {
          db,
          users: createUsersRepository(db),
          defaults: createDefaultsRepository(db),
          pool: createExtensionPoolRepository(db),
          settings: createSettingsRepository(db),
          secrets: siteSecrets(db, start),
        },
        start.preview,
      );
  }
}

async function work(start: WorkerStart): Promise<void> {
  const cancel = new Int32Array(start.cancel);
  const hooks: WorkerHooks = {
    progress: (progress: ImportProgress | BulkProgress) => post({ type: 'progress', progress }),
    cancelled: () => Atomics.load(cancel, 0) === 1,
  };
  let db: Database.Database | null = null;
  let message: WorkerMessage;
  const operation = log.operation(`worker.${start.task}`);
  try {
    db = openSite(start.sitePath, start.task);
    message = { type: 'done', result: await perform(start, db, hooks) };
    operation.end();
  } catch (error) {
    operation.fail(error);
    message = { type: 'failed', error: contractError(start.task, error) };
  } finally {
    // Closed before answering: when main hears the answer, this connection holds no lock any more.
    db?.close();
  }
  post(message);
}
