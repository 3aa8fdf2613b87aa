import { LARGE_SELECTION } from '@shared/rules/bulk-rules';
import type { BulkProgress } from '@shared/channels/bulk';

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
