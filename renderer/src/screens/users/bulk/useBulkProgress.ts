import { useCallback, useState } from 'react';
import { LARGE_SELECTION } from '@shared/rules/bulk-rules';
import { onEvent } from '../../../api/client';

export interface BulkProgressState {
  title: string;
  /** Which change: the same words as its confirmation or its entry in the history. */
  detail: string;
  done: number;
  total: number;
}

/**
 * Runs a bulk request and, for more than LARGE_SELECTION users, shows its progress: the bar starts at 0
 * and follows the 'bulk.progress' events main sends after each chunk of users.
 */
export function useBulkProgress() {
  const [progress, setProgress] = useState<BulkProgressState | null>(null);

  const track = useCallback(async <T>(title: string, detail: string, users: number, run: () => Promise<T>): Promise<T> => {
    if (users <= LARGE_SELECTION) return run();
    setProgress({ title, detail, done: 0, total: users });
    const stop = onEvent('bulk.progress', ({ done, total }) => setProgress({ title, detail, done, total }));
    try {
      return await run();
    } finally {
      stop();
      setProgress(null);
    }
  }, []);

  return { progress, track };
}
