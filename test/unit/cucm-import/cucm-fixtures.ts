import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import { CUCM_IMPORT_DEFAULTS } from '@shared/rules/cucm-import-rules';
import type { CucmEndUser } from '../../../electron/services/cucm/cucm-end-user';
import { applyCucmImport } from '../../../electron/services/cucm/cucm-import-apply';
import { compareCucmUsers } from '../../../electron/services/cucm/cucm-import-compare';
import { previewCucmImport } from '../../../electron/services/cucm/cucm-import-preview';
import type { CucmPreview } from '../../../electron/services/cucm/cucm-import-preview';
import { CucmPreviews } from '../../../electron/services/cucm/cucm-import-previews';
import { packPlan } from '../../../electron/services/cucm/packed-plan';
import { packRows, unpackRows } from '../../../electron/services/cucm/packed-rows';
import type { OpenSite } from '../../../electron/services/site/open-site';
import type { CucmPreviewList } from '@shared/cucm/cucm-import-preview';

export const PUBLISHER = 'cucm-pub.example.com';

/**
 * A preview over a fixed list of end users, as if CUCM had returned them for the XML filter. The compare runs
 * here rather than in the import worker (the same code; the integration tests run it in the worker).
 */
export function previewOf(site: OpenSite, users: CucmEndUser[], settings: Partial<CucmImportSettings> = {}): Promise<CucmPreview> {
  return previewCucmImport(
    () => site,
    PUBLISHER,
    { ...CUCM_IMPORT_DEFAULTS, ...settings },
    () =>
      Promise.resolve({
        users: packRows(users),
        pages: 1,
        report: { complete: true as const, users: users.length, pages: 1, throttled: 0, busy: 0, waitedSeconds: 0 },
      }),
    {
      compare: async (compared, read, given) => {
        const { plan, ...rest } = compareCucmUsers(compared, unpackRows(read), given);
        return { plan: packPlan(plan), ...rest };
      },
    },
  );
}

/** All rows of one list of a preview. */
export function listOf(preview: CucmPreview, list: CucmPreviewList) {
  const previews = new CucmPreviews();
  previews.replace(preview);
  return previews.page(preview.id, list, 0, 100_000).rows;
}

export const usernames = (preview: CucmPreview, list: CucmPreviewList) => listOf(preview, list).map((row) => row.username);

export async function importOnce(site: OpenSite, users: CucmEndUser[], settings: Partial<CucmImportSettings> = {}) {
  return applyCucmImport(site, await previewOf(site, users, settings));
}
