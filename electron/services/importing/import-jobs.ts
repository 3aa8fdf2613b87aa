import type { CucmImportResult } from '@shared/cucm/cucm-import-preview';
import type { ImportPreview, ImportProgress, ImportSummary } from '@shared/channels/import';
import { importOptionIssues } from '@shared/import/option-rules';
import { fieldError, RosterError } from '@shared/result';
import type { KeyStore } from '../secrets/key-store';
import { loadSiteKey } from '../secrets/site-key';
import type { CucmPreview } from '../cucm/cucm-import-preview';
import type { OpenSite } from '../site/open-site';
import type { ImportRunOptions } from './plan-context';
import { startImportWorker } from './worker-client';
import type { RunningWorker } from './worker-client';
import type { WorkerResult, WorkerTask } from './worker-protocol';

interface Job {
  task: WorkerTask['task'];
  worker: RunningWorker;
}

/**
 * The import, preview or CUCM apply running in a worker, one at a time. While a run holds the site's write lock, main's
 * connection must not wait for it (better-sqlite3 waits synchronously, freezing every window for up to the
 * busy timeout): its busy timeout drops to zero, so a write elsewhere fails at once with SQLITE_BUSY, which
 * refuseWritesDuring (jobs/write-guard.ts) turns into a clear CONFLICT. Reads go on as usual (WAL).
 */
export class ImportJobs {
  private job: Job | null = null;
  /** Refuses when another kind of heavy operation runs (SiteJobs registers it): none runs beside an import. */
  private refuseIfOthersRun: () => void = () => undefined;

  /** Called once by SiteJobs, which knows what else runs; every task of this class asks it before starting. */
  guardWith(refuse: () => void): void {
    this.refuseIfOthersRun = refuse;
  }

  /** An import or preview is running. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** An import (from a file or from CUCM) is writing to the site. */
  get writing(): boolean {
    return this.job !== null && this.job.task !== 'preview';
  }

  preview(site: OpenSite, keyStore: KeyStore, options: ImportRunOptions, onProgress: (progress: ImportProgress) => void): Promise<ImportPreview> {
    return this.startFile('preview', site, keyStore, options, onProgress) as Promise<ImportPreview>;
  }

  run(site: OpenSite, keyStore: KeyStore, options: ImportRunOptions, onProgress: (progress: ImportProgress) => void): Promise<ImportSummary> {
    return this.startFile('run', site, keyStore, options, onProgress) as Promise<ImportSummary>;
  }

  /** Applies a CUCM import's preview in the worker (40,000 users would otherwise hold main for seconds). */
  applyCucm(site: OpenSite, keyStore: KeyStore, preview: CucmPreview): Promise<CucmImportResult> {
    return this.start({ task: 'cucmApply', preview }, site, keyStore) as Promise<CucmImportResult>;
  }

  /**
   * Cancels the running import or preview; false when none runs. The worker stops at its next chunk (a
   * quarter of a megabyte) and rolls back. It is never stopped by force on a cancel: at its very end it may
   * be committing, and a forced stop would then report a failure for an import that took place.
   */
  cancel(): boolean {
    if (!this.job) return false;
    this.job.worker.cancel();
    return true;
  }

  /** Stops the worker's thread outright (for tests: a crash must leave the site as it was). */
  async kill(): Promise<void> {
    await this.job?.worker.terminate();
  }

  private startFile(
    task: 'preview' | 'run',
    site: OpenSite,
    keyStore: KeyStore,
    options: ImportRunOptions,
    onProgress: (progress: ImportProgress) => void,
  ) {
    if (this.job) throw new RosterError('CONFLICT', 'import.busy');
    const issues = importOptionIssues(options);
    if (issues.length > 0) throw fieldError('VALIDATION', issues);
    const credentials = options.includeCredentials && options.mapping.some((field) => field === 'password' || field === 'pin');
    if (task === 'run' && credentials && !siteKey(site, keyStore)) throw new RosterError('SECRET_MISSING', 'error.SECRET_MISSING');
    return this.start({ task, options }, site, keyStore, onProgress);
  }

  private async start(
    task: WorkerTask,
    site: OpenSite,
    keyStore: KeyStore,
    onProgress: (progress: ImportProgress) => void = () => undefined,
  ): Promise<WorkerResult> {
    if (this.job) throw new RosterError('CONFLICT', 'import.busy');
    // A CUCM apply as much as a file's import: it would wait on the other's write lock, or write beside it.
    this.refuseIfOthersRun();
    const writes = task.task !== 'preview';
    const busyTimeout = site.db.pragma('busy_timeout', { simple: true }) as number;
    try {
      if (writes) site.db.pragma('busy_timeout = 0');
      const worker = startImportWorker(task, { sitePath: site.path, siteId: site.id, key: siteKey(site, keyStore) }, onProgress);
      this.job = { task: task.task, worker };
      return await worker.result;
    } finally {
      this.job = null;
      if (writes && site.db.open) site.db.pragma(`busy_timeout = ${busyTimeout}`);
    }
  }
}

function siteKey(site: OpenSite, keyStore: KeyStore): Buffer | null {
  return loadSiteKey(keyStore, site.id, site.db.prepare('SELECT key_check FROM site').pluck().get() as Buffer);
}
