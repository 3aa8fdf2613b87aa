import { LARGE_SELECTION } from '@shared/rules/bulk-rules';
import type Database from 'better-sqlite3';
import type { BulkProgress } from '@shared/channels/bulk';
import { RosterError } from '@shared/result';

/** How many users one statement of a bulk change handles: big enough to be fast, small enough to report. */
export const CHUNK_SIZE = 5000;

export type ProgressListener = (progress: BulkProgress) => void;

/** The ids in chunks of CHUNK_SIZE, as the JSON arrays the statements bind. */
export function chunksOf(ids: readonly number[]): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < ids.length; start += CHUNK_SIZE) chunks.push(JSON.stringify(ids.slice(start, start + CHUNK_SIZE)));
  return chunks;
}

/** Reports after each chunk, only for selections large enough for the renderer to show a progress bar. */
export function progressReporter(total: number, listener: ProgressListener | undefined): (done: number) => void {
  if (!listener || total <= LARGE_SELECTION) return () => undefined;
  return (done) => listener({ done: Math.min(done, total), total });
}

/** True once the administrator asked to stop; checked between chunks, inside the change's transaction. */
export type CancelCheck = () => boolean;

/** A cancel stops the change with CANCELLED; thrown inside its transaction, it rolls everything back. */
export function stopIfCancelled(cancelled: CancelCheck | undefined): void {
  if (cancelled?.()) throw new RosterError('CANCELLED', 'bulk.cancelled');
}

/** What a bulk change needs of the site: only its connection (main's, or a worker's own). */
export interface BulkSite {
  db: Database.Database;
}
