import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import type { CucmEndUser } from './cucm-end-user';
import { parseImportFilters } from './cucm-import-filters';
import { siteFingerprint } from './cucm-import-fingerprint';
import { planCucmImport } from './cucm-import-plan';
import type { CucmImportPlan, PlanSite } from './cucm-import-plan';
import { sqlFilterPredicate } from './cucm-import-sql-filter';

/** What comparing the users read from CUCM with a site found. */
export interface CucmComparison {
  plan: CucmImportPlan;
  /** How many of the users the SQL filter kept. */
  matched: number;
  /** The site as the plan saw it (see siteFingerprint). */
  fingerprint: string;
  /** Active users imported from CUCM before (what the mass-deletion threshold is a share of). */
  imported: number;
}

/**
 * The step of a preview after the read: keeps the users the SQL filter accepts and plans the import against
 * the site. Pure work over its arguments and the site's database, so the import worker runs it (see
 * cucm-compare-worker.ts) while main goes on answering.
 */
export function compareCucmUsers(
  site: PlanSite,
  users: readonly CucmEndUser[],
  settings: CucmImportSettings,
  /** Told when the SQL filter is done and the plan starts, with how many users it kept. */
  onFiltered?: (matched: number) => void,
): CucmComparison {
  const { filter } = parseImportFilters(settings);
  const matched = users.filter(sqlFilterPredicate(filter));
  onFiltered?.(matched.length);
  // One read transaction: the plan and its fingerprint see the same site, even if main saves something meanwhile.
  return site.db.transaction(() => ({
    plan: planCucmImport(site, matched, settings.mapping),
    matched: matched.length,
    fingerprint: siteFingerprint(site.db),
    imported: site.db.prepare("SELECT count(*) FROM users WHERE deleted_at IS NULL AND source = 'cucm'").pluck().get() as number,
  }))();
}
