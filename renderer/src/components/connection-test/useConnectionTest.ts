import type { ConnectionTestReport } from '@shared/channels/connection-test';
import type { ContractError, Result } from '@shared/result';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onEvent } from '../../api/client';
import { notifyError } from '../../app/notify';

/** The events that carry a running test's steps (one per kind of connection test). */
export type TestProgressEvent = 'ldap.testProgress' | 'cucm.testProgress';

function newTestId(): string {
  return crypto.randomUUID();
}

/**
 * One connection test of a screen: started with the screen's values, its steps followed live through the
 * progress events, cancellable. Only events of this test's id are taken.
 */
export function useConnectionTest<R extends ConnectionTestReport>(event: TestProgressEvent, cancelTest: (testId: string) => void) {
  const [report, setReport] = useState<R | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);
  // The cancel of the latest render (screens pass a new arrow each time).
  const cancelRef = useRef(cancelTest);
  useEffect(() => {
    cancelRef.current = cancelTest;
  });

  useEffect(
    () =>
      onEvent(event, ({ report: progress }) => {
        if (progress.testId === current.current) setReport(progress as unknown as R);
      }),
    [event],
  );

  /** Starts a test; `onRefused` hears a refusal (after its notification) to show it where it belongs. */
  const run = useCallback(async (start: (testId: string) => Promise<Result<R>>, onRefused?: (error: ContractError) => void) => {
    const testId = newTestId();
    current.current = testId;
    setReport(null);
    setRunning(true);
    const result = await start(testId);
    if (current.current !== testId) return;
    setRunning(false);
    if (result.ok) {
      setReport(result.value);
      return;
    }
    notifyError(result.error);
    onRefused?.(result.error);
  }, []);

  const cancel = useCallback(() => {
    if (current.current) cancelRef.current(current.current);
  }, []);

  const close = useCallback(() => {
    current.current = null;
    setReport(null);
    setRunning(false);
  }, []);

  return { report, running, run, cancel, close };
}
