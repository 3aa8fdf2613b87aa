import { randomUUID } from 'node:crypto';
import type { CucmImportProgress, CucmPreviewSummary } from '@shared/channels/cucm-import';
import type { CucmImportSettings } from '@shared/cucm/cucm-import-settings';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import { parseXmlFilter } from '@shared/cucm/xml-filter';
import { fieldError, RosterError } from '@shared/result';
import type { OpenSite } from '../site/open-site';
import type { CucmEndUser, CucmFetchProgress, CucmSearchCriteria } from './cucm-end-user';
import { siteFingerprint } from './cucm-import-fingerprint';
import { planCucmImport } from './cucm-import-plan';
import type { CucmImportPlan } from './cucm-import-plan';
import { sqlFilterPredicate } from './cucm-import-sql-filter';

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
}

/**
 * Reads from CUCM with the XML filter, keeps what the SQL filter accepts, and plans the import against the
 * open site. Writes nothing. `currentSite` is asked again after the (long) read: a site closed or replaced
 * meanwhile is not the one to compare with.
 */
export async function previewCucmImport(
  currentSite: () => OpenSite,
  publisher: string,
  settings: CucmImportSettings,
  source: EndUserSource,
  { signal, onProgress }: PreviewOptions = {},
): Promise<CucmPreview> {
  const started = performance.now();
  const site = currentSite();
  const criteria = parseXmlFilter(settings.xmlFilter);
  const filter = parseSqlFilter(settings.sqlFilter);
  // The contract validated both already; a caller that did not gets the same answer at the fields.
  if (!criteria.ok) throw fieldError('VALIDATION', [{ path: ['settings', 'xmlFilter'], message: criteria.error.message, params: { ...criteria.error.params, position: criteria.error.position } }]);
  if (!filter.ok) throw fieldError('VALIDATION', [{ path: ['settings', 'sqlFilter'], message: filter.error.message, params: { ...filter.error.params, position: filter.error.position } }]);

  const { users, pages } = await source(criteria.value as CucmSearchCriteria, {
    signal,
    onProgress: (progress) => onProgress?.({ phase: 'fetching', ...progress }),
  });
  if (signal?.aborted) throw new RosterError('CANCELLED', 'cucm.error.cancelled');
  if (currentSite() !== site) throw new RosterError('CONFLICT', 'cucmImport.siteChanged');
  onProgress?.({ phase: 'comparing', pages, users: users.length, pageSize: 0 });

  const matched = users.filter(sqlFilterPredicate(filter.value));
  const plan = planCucmImport(site, matched, settings.mapping);
  const id = randomUUID();
  return {
    id,
    siteId: site.id,
    sitePath: site.path,
    fingerprint: siteFingerprint(site.db),
    publisher,
    settings,
    plan,
    summary: {
      previewId: id,
      publisher,
      at: new Date().toISOString(),
      fetched: users.length,
      matched: matched.length,
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
