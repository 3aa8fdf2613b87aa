import { randomUUID } from 'node:crypto';
import type { CucmImportProgress, CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import { massDeletionThreshold } from '@shared/rules/cucm-import-rules';
import type { CucmImportSettings, CucmRemoval, CucmSharedNumbers } from '@shared/rules/cucm-import-rules';
import { RosterError } from '@shared/result';
import type { OpenSite } from '../site/open-site';
import { compareInWorker } from './cucm-compare-worker';
import type { CucmCompare } from './cucm-compare-worker';
import type { CucmSearchCriteria } from './cucm-end-user';
import { parseImportFilters } from './cucm-import-filters';
import type { PackedRead } from './cucm-worker-protocol';
import type { PackedPlan } from './packed-plan';

/** A computed preview, kept in main until it is applied or replaced. */
export interface CucmPreview {
  id: string;
  siteId: string;
  sitePath: string;
  /** The site as the plan saw it (see siteFingerprint). */
  fingerprint: string;
  publisher: string;
  settings: CucmImportSettings;
  /** Packed (see packed-rows.ts): main decodes only the rows of a list page it hands out. */
  plan: PackedPlan;
  summary: CucmPreviewSummary;
  /**
   * What becomes of the users to delete, as the administrator chose when applying (see confirmRemoval): set
   * only on the copy handed to the apply; absent means deleted.
   */
  removal?: CucmRemoval;
  /** Whether users marked as sharing a number get it, as chosen when applying: absent means they do. */
  sharedNumbers?: CucmSharedNumbers;
}

/** Reads the end users matching the XML filter's criteria completely (the AXL client in a worker, or a list in tests). */
export type EndUserSource = (
  criteria: CucmSearchCriteria,
  options: { signal?: AbortSignal; onProgress?: (progress: CucmImportProgress) => void },
) => Promise<PackedRead>;

export interface PreviewOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CucmImportProgress) => void;
  /** How the users read are compared with the site: in a CUCM worker unless a test says otherwise. */
  compare?: CucmCompare;
}

/**
 * Reads from CUCM with the XML filter, keeps what the SQL filter accepts, and plans the import against the
 * open site, each off main. Writes nothing. A read that could not be completed refuses here: no preview, so
 * nothing can be deleted because of it. `currentSite` is asked again after the (long) read and after the
 * compare: a site closed or replaced meanwhile is not the one compared with.
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

  const read = await source(criteria, { signal, onProgress: (progress) => onProgress?.(progress) });
  // Only a complete read goes on (the reader refuses any other; this says so where it matters).
  if (read.report.complete !== true) throw new RosterError('CUCM_PROTOCOL', 'cucmImport.read.noEnd', { users: read.users.count });
  stillCurrent();
  onProgress?.({ phase: 'filtering', pages: read.pages, users: read.users.count, pageSize: 0 });
  const { plan, matched, fingerprint, imported } = await compare(site, read.users, settings, (progress) => onProgress?.(progress), signal);
  stillCurrent();

  const threshold = massDeletionThreshold(imported, settings);
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
      fetched: read.users.count,
      matched,
      pages: read.pages,
      seconds: Math.round((performance.now() - started) / 10) / 100,
      counts: {
        add: plan.add.count,
        update: plan.update.count,
        delete: plan.delete.count,
        unchanged: plan.unchanged,
        conflict: plan.conflict.count,
        problem: plan.problem.count,
      },
      read: read.report,
      deletion: { imported, threshold, overThreshold: plan.delete.count > threshold },
      sharedNumbers: plan.shared,
    },
  };
}
