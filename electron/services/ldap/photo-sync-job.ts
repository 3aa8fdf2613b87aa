import type { PhotoSyncProgress, PhotoSyncOutcome } from '@shared/channels/photos';
import { RosterError } from '@shared/result';

/**
 * The one photo sync that may run at a time in this process: its progress for the panel's polling, its
 * cancel switch, and the last outcome with its lists (kept per site file, so another site shows its own).
 */
export class PhotoSyncJob {
  private running: { controller: AbortController; progress: PhotoSyncProgress; sitePath: string } | null = null;
  private last: { sitePath: string; outcome: PhotoSyncOutcome } | null = null;

  async run(
    sitePath: string,
    work: (signal: AbortSignal, onProgress: (progress: PhotoSyncProgress) => void) => Promise<PhotoSyncOutcome>,
  ): Promise<PhotoSyncOutcome> {
    if (this.running) throw new RosterError('CONFLICT', 'error.photos.running');
    const controller = new AbortController();
    const job = { controller, sitePath, progress: { phase: 'connecting', entries: 0, startedAt: new Date().toISOString() } as PhotoSyncProgress };
    this.running = job;
    try {
      const result = await work(controller.signal, (progress) => {
        job.progress = progress;
      });
      this.last = { sitePath, outcome: result };
      return result;
    } finally {
      this.running = null;
    }
  }

  /** Asks the running sync to stop; false when none runs. */
  cancel(): boolean {
    if (!this.running) return false;
    this.running.controller.abort();
    return true;
  }

  progress(sitePath: string): PhotoSyncProgress | null {
    return this.running?.sitePath === sitePath ? this.running.progress : null;
  }

  lastOutcome(sitePath: string): PhotoSyncOutcome | null {
    return this.last?.sitePath === sitePath ? this.last.outcome : null;
  }
}
