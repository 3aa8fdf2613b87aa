import type { LdapTestReport, LdapTestStepId } from '@shared/channels/ldap';
import { ConnectionTestRun } from '../connection-test/test-run';
import type { ProgressListener as Listener } from '../connection-test/test-run';
import { explainFailure } from './failure-explanation';
import type { FailureContext } from './failure-explanation';

export { TestStopped } from '../connection-test/step-errors';

/** Told of every change of a running test, for the steps shown live on the screen. */
export type ProgressListener = Listener<LdapTestReport>;

/**
 * One LDAP connection test as a list of steps (the shared machinery of connection-test/test-run.ts), its
 * failures explained in LDAP's terms (Active Directory sub-codes, StartTLS, base DN).
 */
export class TestRun extends ConnectionTestRun<LdapTestReport, FailureContext> {
  constructor(
    report: Omit<LdapTestReport, 'steps' | 'ok' | 'cancelled'>,
    stepIds: readonly LdapTestStepId[],
    timeoutMs: number,
    signal: AbortSignal,
    onProgress: ProgressListener,
  ) {
    const context: FailureContext = {
      step: stepIds[0]!,
      host: report.target.host,
      address: report.target.host,
      port: report.target.port,
      timeoutSeconds: report.target.timeoutSeconds,
      baseDn: report.target.baseDn,
      tls: report.target.tls,
      anonymous: true,
      kind: report.kind,
    };
    super(report, stepIds, timeoutMs, signal, onProgress, context, explainFailure);
  }
}
