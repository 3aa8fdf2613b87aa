import { randomUUID } from 'node:crypto';
import type { CucmImportProgress, CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import { RosterError } from '@shared/result';
import type { OpenSite } from '../site/open-site';
import { compareInWorker } from './cucm-compare-worker';
import type { CucmCompare } from './cucm-compare-worker';
import type { CucmEndUser, CucmFetchProgress, CucmSearchCriteria } from './cucm-end-user';
import { parseImportFilters } from './cucm-import-filters';
import type { CucmImportPlan } from './cucm-import-plan';

/** A computed preview, kept in main until it is applied or replaced. */
export interface CucmPreview {
  id: string;
  siteId: string;
  sitePath: string;
  /** The site as the plan saw it (see siteFingerprint). */
  fingerprint: string;
  publisher: string;
  settings: CucmImportSettings;
  plan: CucmImportPlan;
  summary: CucmPreviewSummary;
}

/** Reads the end users matching the XML filter's criteria (the AXL client, or a list in tests). */
export type EndUserSource = (
  criteria: CucmSearchCriteria,
  options: { signal?: AbortSignal; onProgress?: (progress: CucmFetchProgress) => void },
) => Promise<{ users: CucmEndUser[]; pages: number }>;

export interface PreviewOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CucmImportProgress) => void;
  /** How the users read are compared with the site: in the import worker unless a test says otherwise. */
  compare?: CucmCompare;
}

/**
 * Reads from CUCM with the XML filter, keeps what the SQL filter accepts, and plans the import against the
 * open site (off main, see cucm-compare-worker.ts). Writes nothing. `currentSite` is asked again after the
 * (long) read and after the compare: a site closed or replaced meanwhile is not the one compared with.
 */
export async function previewCucmImport(
  currentSite: () => OpenSite,
  publisher: string,
  settings: CucmImportSettings,
  source: EndUserSource,
  { signal, onProgress, compare = compareInWorker }: PreviewOptions = {},
): Promise<CucmPreview> {
  const started = performance.now();
  const site = currentSite();
  // Refused at the fields before anything is read from CUCM.
  const { criteria } = parseImportFilters(settings);
  const stillCurrent = () => {
    if (signal?.aborted) throw new RosterError('CANCELLED', 'cucm.error.cancelled');
    if (currentSite() !== site) throw new RosterError('CONFLICT', 'cucmImport.siteChanged');
  };

  const { users, pages } = await source(criteria, {
    signal,
    onProgress: (progress) => onProgress?.({ phase: 'fetching', ...progress }),
  });
  stillCurrent();
  onProgress?.({ phase: 'comparing', pages, users: users.length, pageSize: 0 });
  const { plan, matched, fingerprint } = await compare(site, users, settings, signal);
  stillCurrent();

  const id = randomUUID();
  return {
    id,
    siteId: site.id,
    sitePath: site.path,
    fingerprint,
    publisher,
    settings,
    plan,
    summary: {
      previewId: id,
      publisher,
      at: new Date().toISOString(),
      fetched: users.length,
      matched,
      pages,
      seconds: Math.round((performance.now() - started) / 10) / 100,
      counts: {
        add: plan.add.length,
        update: plan.update.length,
        delete: plan.delete.length,
        unchanged: plan.unchanged,
        conflict: plan.conflict.length,
        problem: plan.problem.length,
      },
    },
  };
}
