import type { BulkChangeRecord, BulkProgress, BulkResult } from '@shared/channels/bulk';
import type { ImportRecord } from '@shared/channels/import';
import type { BulkChange } from '@shared/rules/bulk-rules';
import type { SecretKind } from '@shared/rules/security-rules';
import { RosterError } from '@shared/result';
import { applyBulkChange, bulkParameters } from '../bulk/apply-bulk-change';
import { bulkChange } from '../bulk/bulk-changes';
import { undoBulkChange } from '../bulk/undo-bulk-change';
import { exportUsers } from '../exporting/export-users';
import type { ExportRequest } from '../exporting/export-users';
import type { ImportJobs } from '../importing/import-jobs';
import { importRecord, undoImport } from '../importing/import-ledger';
import { startImportWorker } from '../importing/worker-client';
import type { RunningWorker } from '../importing/worker-client';
import type { JobResult, JobTask } from '../importing/worker-protocol';
import type { KeyStore } from '../secrets/key-store';
import { loadSiteKey } from '../secrets/site-key';
import { expireAllSecrets, refuseExpiryWithoutDays } from '../security/secret-expiry';
import { moreThan } from '../site/more-than';
import type { OpenSite } from '../site/open-site';

export type JobKind = JobTask['task'];

/**
 * Up to this many users an operation runs inline on main: a few milliseconds of SQL, where starting a
 * worker thread (loading its code, opening the site file) would cost more than the work. Above it, the
 * operation runs in a worker on its own connection, so main keeps answering.
 */
const INLINE_LIMIT = 2000;

interface Running {
  kind: JobKind;
  worker: RunningWorker | null;
}

/**
 * The heavy site operations besides the import, one at a time, each in a worker thread (the import's,
 * electron/services/importing/import-worker.ts) on its own connection to the site file: a bulk change and
 * its undo, an import's undo, "expire all now" and an export. Each is ONE transaction in the worker; a
 * cancel is checked between chunks and rolls it back; a crash of the worker leaves the transaction
 * uncommitted, which SQLite discards. The site is as before or as after, never between.
 *
 * A second heavy operation while one runs (or while an import or preview runs) is refused at once with
 * CONFLICT 'job.busy.<running>' rather than queued: the administrator chose the second one while seeing the
 * site as it was before the first (a queued "undo" or "delete" would act on a site that changed meanwhile),
 * and a refusal that names what runs says what to wait for. While a worker writes, main's busy timeout is
 * zero, so a write from another screen is refused at once (refuseWritesDuring, jobs/write-guard.ts) instead of freezing main.
 */
export class SiteJobs {
  private running: Running | null = null;

  constructor(
    private readonly imports: ImportJobs,
    private readonly keyStore: KeyStore,
    /** Tests lower it to 0 to put every operation in the worker. */
    private readonly inlineLimit = INLINE_LIMIT,
  ) {
    imports.guardWith(() => this.refuseIfRunning());
  }

  /** What runs now, or null. */
  get current(): JobKind | null {
    return this.running?.kind ?? null;
  }

  /** Refuses when one of these operations runs (every ImportJobs task checks this: an import, a preview, a CUCM apply). */
  refuseIfRunning(): void {
    if (this.running) throw new RosterError('CONFLICT', `job.busy.${this.running.kind}`);
  }

  /** Refuses when any heavy operation (one of these, or an import or preview) runs. */
  private refuseIfBusy(): void {
    this.refuseIfRunning();
    if (this.imports.busy) throw new RosterError('CONFLICT', 'job.busy.import');
  }

  async applyBulk(site: OpenSite, ids: readonly number[], change: BulkChange, onProgress: (progress: BulkProgress) => void): Promise<BulkResult> {
    this.refuseIfBusy();
    const parameters = bulkParameters(site, change);
    // The selection's length bounds its users (the change drops repeated ids): a Set of 100,000 ids to count
    // them exactly would cost main tens of milliseconds and garbage, only to choose where the change runs.
    if (ids.length <= this.inlineLimit) return applyBulkChange(site, ids, change, onProgress);
    return (await this.inWorker(site, { task: 'bulkApply', ids, change, parameters }, onProgress)) as BulkResult;
  }

  async undoBulk(site: OpenSite, id: number, onProgress: (progress: BulkProgress) => void): Promise<{ change: BulkChangeRecord; restored: number }> {
    this.refuseIfBusy();
    const recorded = bulkChange(site.db, id);
    // An unknown or undone change is refused by the undo itself, with its own message.
    if (!recorded || recorded.userCount <= this.inlineLimit) return undoBulkChange(site, id, onProgress);
    return (await this.inWorker(site, { task: 'bulkUndo', id }, onProgress)) as { change: BulkChangeRecord; restored: number };
  }

  async undoImport(site: OpenSite, id: number, onProgress: (progress: BulkProgress) => void = () => undefined): Promise<ImportRecord> {
    this.refuseIfBusy();
    const record = importRecord(site.db, id);
    if (!record || record.created + record.updated + record.deleted <= this.inlineLimit) return undoImport(site.db, id);
    return (await this.inWorker(site, { task: 'importUndo', id }, onProgress)) as ImportRecord;
  }

  async expireAll(site: OpenSite, secret: SecretKind, onProgress: (progress: BulkProgress) => void = () => undefined): Promise<number> {
    this.refuseIfBusy();
    refuseExpiryWithoutDays(site, secret);
    // The stored secrets of this kind bound its holders (a deleted user may keep one).
    const stored = "SELECT 1 FROM secrets WHERE owner_kind = 'user' AND name = ?";
    if (!moreThan(site.db, this.inlineLimit, stored, secret)) return expireAllSecrets(site, secret);
    return ((await this.inWorker(site, { task: 'expireAll', secret }, onProgress)) as { count: number }).count;
  }

  async exportUsers(
    site: OpenSite,
    request: ExportRequest,
    onProgress: (progress: BulkProgress) => void = () => undefined,
  ): Promise<{ path: string; rows: number }> {
    this.refuseIfBusy();
    if (request.includeCredentials && !site.secrets.keyAvailable) throw new RosterError('SECRET_MISSING', 'export.error.keyMissing');
    const many = request.ids
      ? request.ids.length > this.inlineLimit
      : moreThan(site.db, this.inlineLimit, 'SELECT 1 FROM users WHERE deleted_at IS NULL');
    if (!many) return this.inline('export', () => exportUsers(site, request));
    return (await this.inWorker(site, { task: 'export', request }, onProgress, request.includeCredentials)) as { path: string; rows: number };
  }

  /**
   * Asks the running worker to stop at its next chunk; false when none runs. Never a forced stop: at its very
   * end it may be committing, and a forced stop would then report a failure for a change that took place.
   */
  cancel(): boolean {
    if (!this.running?.worker) return false;
    this.running.worker.cancel();
    return true;
  }

  /** Stops the worker's thread outright (for tests: a crash must leave the site as it was). */
  async kill(): Promise<void> {
    await this.running?.worker?.terminate();
  }

  /** An operation on main that awaits (an export's file writes): still one at a time. */
  private async inline<T>(kind: JobKind, work: () => Promise<T>): Promise<T> {
    this.running = { kind, worker: null };
    try {
      return await work();
    } finally {
      this.running = null;
    }
  }

  private async inWorker(
    site: OpenSite,
    task: JobTask,
    onProgress: (progress: BulkProgress) => void = () => undefined,
    withKey = false,
  ): Promise<JobResult> {
    const writes = task.task !== 'export';
    const busyTimeout = site.db.pragma('busy_timeout', { simple: true }) as number;
    try {
      if (writes) site.db.pragma('busy_timeout = 0');
      // The key crosses only for an export that includes credentials: nothing else here decrypts a secret.
      const key = withKey ? siteKey(site, this.keyStore) : null;
      const worker = startImportWorker<BulkProgress>(task, { sitePath: site.path, siteId: site.id, key }, onProgress);
      this.running = { kind: task.task, worker };
      return (await worker.result) as JobResult;
    } finally {
      this.running = null;
      if (writes && site.db.open) site.db.pragma(`busy_timeout = ${busyTimeout}`);
    }
  }
}

function siteKey(site: OpenSite, keyStore: KeyStore): Buffer | null {
  return loadSiteKey(keyStore, site.id, site.db.prepare('SELECT key_check FROM site').pluck().get() as Buffer);
}
