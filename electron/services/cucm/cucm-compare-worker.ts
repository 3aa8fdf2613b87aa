import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import { RosterError } from '@shared/result';
import { startImportWorker } from '../importing/worker-client';
import type { OpenSite } from '../site/open-site';
import type { CucmEndUser } from './cucm-end-user';
import type { CucmComparison } from './cucm-import-compare';

/** Compares the users read with a site (compareCucmUsers), stopped at once when the signal aborts. */
export type CucmCompare = (site: OpenSite, users: CucmEndUser[], settings: CucmImportSettings, signal?: AbortSignal) => Promise<CucmComparison>;

const cancelled = () => new RosterError('CANCELLED', 'cucm.error.cancelled');

/** The worker's own failures, in the words of this step rather than a file import's. */
function compareFailure(error: unknown): unknown {
  if (!(error instanceof RosterError)) return error;
  if (error.messageKey === 'import.worker.outOfMemory') return new RosterError('INTERNAL', 'cucmImport.compare.outOfMemory').causedBy(error);
  if (error.messageKey === 'import.worker.failed') return new RosterError('INTERNAL', 'cucmImport.compare.failed').causedBy(error);
  return error;
}

/**
 * Runs the compare in the import worker, on the worker's own connection to the site file: an SQL filter over
 * 40,000 users and the plan against the site must never hold main, which keeps answering meanwhile. Cancel
 * terminates the thread outright: the compare only reads, so there is nothing to roll back, and no filter,
 * however slow, can outlast a cancel. The worker gets no site key: comparing reads no secret.
 */
export const compareInWorker: CucmCompare = async (site, users, settings, signal) => {
  if (signal?.aborted) throw cancelled();
  const worker = startImportWorker({ task: 'cucmCompare', users, settings }, { sitePath: site.path, siteId: site.id, key: null }, () => undefined);
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return (await worker.result) as CucmComparison;
  } catch (error) {
    // A terminated worker reports that it failed; that failure is the cancel.
    if (signal?.aborted) throw cancelled();
    throw compareFailure(error);
  } finally {
    signal?.removeEventListener('abort', stop);
  }
};
