import type { LdapTestReport } from '@shared/channels/ldap';
import type { Result } from '@shared/result';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, onEvent } from '../../api/client';
import { notifyError } from '../../app/notify';

function newTestId(): string {
  return crypto.randomUUID();
}

/**
 * One connection test of a section: started with the screen's values, its steps followed live through the
 * progress events, cancellable. Only events of this test's id are taken.
 */
export function useConnectionTest() {
  const [report, setReport] = useState<LdapTestReport | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('ldap.testProgress', ({ report: progress }) => {
        if (progress.testId === current.current) setReport(progress);
      }),
    [],
  );

  const run = useCallback(async (start: (testId: string) => Promise<Result<LdapTestReport>>) => {
    const testId = newTestId();
    current.current = testId;
    setReport(null);
    setRunning(true);
    const result = await start(testId);
    if (current.current !== testId) return;
    setRunning(false);
    if (result.ok) setReport(result.value);
    else notifyError(result.error);
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void api.ldap.cancel({ testId: current.current });
  }, []);

  const close = useCallback(() => {
    current.current = null;
    setReport(null);
    setRunning(false);
  }, []);

  return { report, running, run, cancel, close };
}
