import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import type { OpenSite } from '../site/open-site';
import type { CucmEndUser } from './cucm-end-user';
import { compareInCucmWorker } from './cucm-worker-client';
import type { PackedComparison } from './cucm-worker-protocol';
import type { PackedRows } from './packed-rows';

/** Filters the users read and compares them with a site (compareCucmUsers), stopped at once when the signal aborts. */
export type CucmCompare = (
  site: OpenSite,
  users: PackedRows<CucmEndUser>,
  settings: CucmImportSettings,
  onProgress: (progress: CucmImportProgress) => void,
  signal?: AbortSignal,
) => Promise<PackedComparison>;

/**
 * Runs the SQL filter and the plan in a CUCM worker, on the worker's own read-only connection to the site file:
 * an SQL filter over 40,000 users and the plan against the site must never hold main, which keeps answering
 * meanwhile. The worker gets no site key: comparing reads no secret.
 */
export const compareInWorker: CucmCompare = (site, users, settings, onProgress, signal) =>
  compareInCucmWorker({ task: 'compare', sitePath: site.path, users, settings }, onProgress, signal);
