import { useCallback, useState } from 'react';
import { LARGE_SELECTION } from '@shared/rules/bulk-rules';
import { api, onEvent } from '../../../api/client';

export interface BulkProgressState {
  title: string;
  /** Which operation: the same words as its confirmation or its entry in the history. */
  detail: string;
  done: number;
  total: number;
  /** What the Cancel button asks main to stop. */
  cancel(): void;
}

/** Stops the heavy site operation running in its worker (a bulk change or undo, an import's undo, expire all, an export). */
const cancelSiteJob = () => void api.bulk.cancel();

/**
 * Runs a heavy request and shows its progress in BulkProgressModal: the bar follows the 'bulk.progress'
 * events main sends after each chunk of users, and Cancel calls `cancel` (the site jobs' cancel unless
 * told otherwise; the request then answers CANCELLED and the caller says what was left). With a known count
 * of users, the window opens at once for more than LARGE_SELECTION and never for fewer; with an unknown
 * count (null), it opens with main's first event, which only an operation large enough to run in a worker sends.
 */
export function useBulkProgress(cancel: () => void = cancelSiteJob) {
  const [progress, setProgress] = useState<BulkProgressState | null>(null);

  const track = useCallback(
    async <T>(title: string, detail: string, users: number | null, run: () => Promise<T>): Promise<T> => {
      if (users !== null && users <= LARGE_SELECTION) return run();
      if (users !== null) setProgress({ title, detail, done: 0, total: users, cancel });
      const stop = onEvent('bulk.progress', ({ done, total }) => setProgress({ title, detail, done, total, cancel }));
      try {
        return await run();
      } finally {
        stop();
        setProgress(null);
      }
    },
    [cancel],
  );

  return { progress, track };
}
