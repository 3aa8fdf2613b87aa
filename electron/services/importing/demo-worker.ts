import type { BulkProgress } from '@shared/channels/bulk';
import type { OpenSite } from '../site/open-site';
import { startImportWorker } from './worker-client';

/**
 * Fills the site just created (not yet anyone's open site) with the generated demo in a worker
 * (demo-fill.ts), so main keeps answering and the page can show `onProgress`. No key crosses: the demo
 * holds no secrets.
 */
export async function fillDemoInWorker(site: OpenSite, size: number, onProgress: (progress: BulkProgress) => void): Promise<void> {
  await startImportWorker<BulkProgress>({ task: 'demo', size }, { sitePath: site.path, siteId: site.id, key: null }, onProgress).result;
}
