import type { BulkProgress } from '@shared/channels/bulk';
import type { OpenSite } from '../site/open-site';
import { startImportWorker } from './worker-client';

/** A demo being filled: its end, and how to ask it to stop. */
export interface DemoFill {
  /** Settles when the worker has ended: filled, or refused (CANCELLED after a cancel: the site is empty). */
  readonly done: Promise<void>;
  /** Asks the worker to stop at its next progress step; it rolls back and answers CANCELLED. */
  cancel(): void;
}

/**
 * Fills the site just created (not yet anyone's open site) with the generated demo in a worker
 * (demo-fill.ts), so main keeps answering and the page can show `onProgress`. No key crosses: the demo
 * holds no secrets.
 */
export function fillDemoInWorker(site: OpenSite, size: number, onProgress: (progress: BulkProgress) => void): DemoFill {
  const worker = startImportWorker<BulkProgress>({ task: 'demo', size }, { sitePath: site.path, siteId: site.id, key: null }, onProgress);
  return { done: worker.result.then(() => undefined), cancel: () => worker.cancel() };
}
