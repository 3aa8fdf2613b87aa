import { once } from 'node:events';
import { connect as tlsConnect } from 'node:tls';
import { reachHost } from '../connection-test/reach-host';
import type { TLSSocket } from 'node:tls';
import type { CucmTestReport, CucmTestStepId } from '@shared/channels/cucm';
import type { CucmSettings } from '@shared/rules/cucm-rules';
import { judgeCertificate, tlsOptionsFor } from '../connection-test/tls-judgement';
import { ConnectionTestRun, TestStopped } from '../connection-test/test-run';
import type { ProgressListener } from '../connection-test/test-run';
import { AxlClient } from './axl-client';
import { AxlFailure, certificateFailure } from './axl-failure';
import { doAuthenticateUserBody, getCcmVersionBody, soapAction } from './axl-request';
import { connectionFrom } from './cucm-connection';
import { childNamed, childText } from '@shared/xml/xml-document';
import { ExplainedCucmFailure, cucmProblem, explainCucmFailure } from './test-explanation';
import type { CucmTestContext } from './test-explanation';

export interface CucmTestControl {
  testId: string;
  signal: AbortSignal;
  onProgress: ProgressListener<CucmTestReport>;
  /** Overrides the settings' timeout (the tests use a short one). */
  timeoutMs?: number;
}

type CucmTestRun = ConnectionTestRun<CucmTestReport, CucmTestContext>;

/** The end user to authenticate, for the end-user test; never stored, never part of the report. */
export interface EndUserCredentials {
  userid: string;
  password: string;
}

/** "14.0.1.13900(155)" -> "14.0"; null when the text is not a version. */
function releaseOf(version: string): string | null {
  const match = /^(\d+)\.(\d+)/.exec(version);
  return match ? `${match[1]}.${match[2]}` : null;
}

function newRun(kind: CucmTestReport['kind'], settings: CucmSettings, endUser: string | null, control: CucmTestControl): CucmTestRun {
  const timeoutMs = control.timeoutMs ?? settings.timeoutSeconds * 1000;
  const timeoutSeconds = Math.round((timeoutMs / 1000) * 10) / 10;
  const steps: CucmTestStepId[] = ['resolve', 'connect', 'tls', 'auth', 'version', ...(kind === 'endUser' ? (['endUser'] as const) : [])];
  return new ConnectionTestRun<CucmTestReport, CucmTestContext>(
    {
      testId: control.testId,
      kind,
      startedAt: new Date().toISOString(),
      target: { host: settings.host, port: settings.port, axlVersion: settings.axlVersion, axlUser: settings.axlUser, timeoutSeconds, endUser },
      certificate: null,
      canTrustCertificate: false,
      cucmVersion: null,
    },
    steps,
    timeoutMs,
    control.signal,
    control.onProgress,
    { step: 'resolve', host: settings.host, address: settings.host, port: settings.port, timeoutSeconds, user: settings.axlUser },
    explainCucmFailure,
  );
}

/**
 * Resolve, connect, TLS (certificate judged), AXL sign-in and version as steps of `run`; returns the AXL
 * client over the accepted connection. The Authorization header is only sent once the certificate is.
 */
async function signIn(run: CucmTestRun, settings: CucmSettings, password: string, timeoutMs: number): Promise<AxlClient> {
  const { host, port, trust } = settings;
  const tcp = await reachHost(run, host, port);

  const secure = await run.step('tls', async (notes) => {
    const socket: TLSSocket = tlsConnect({ socket: tcp, ...tlsOptionsFor(host, trust) });
    run.holds(() => socket.destroy());
    await once(socket, 'secureConnect');
    notes.push({ key: 'cucm.note.tlsProtocol', params: { protocol: socket.getProtocol() ?? '', cipher: socket.getCipher().name } });
    const verdict = judgeCertificate(socket, host, trust);
    if (verdict) run.report.certificate = verdict.info;
    if (!verdict || verdict.problem) {
      run.report.canTrustCertificate = verdict?.pinnable ?? false;
      throw certificateFailure(host, verdict);
    }
    return socket;
  });

  // The client waits as long as a step may: the test's own timeout.
  const client = new AxlClient({ ...connectionFrom(settings, password), timeoutMs }, secure);
  // A socket HTTP holds is closed by the client; the test's closers end both at a cancel or timeout.
  run.holds(() => client.close());

  let refused: AxlFailure | null = null;
  const answer = await run.step('auth', async (notes) => {
    if (password === '') throw new AxlFailure('noPassword');
    notes.push({ key: 'cucm.note.request', params: { action: soapAction(settings.axlVersion, 'getCCMVersion') } });
    try {
      const found = await client.call('getCCMVersion', getCcmVersionBody());
      notes.push({ key: 'cucm.note.accepted', params: { status: 200, user: settings.axlUser } });
      return found;
    } catch (error) {
      // A SOAP fault comes after a successful sign-in (HTTP 500, not 401): it belongs to the next step.
      if (error instanceof AxlFailure && (error.reason === 'fault' || error.reason === 'wrongAnswer')) {
        notes.push({ key: 'cucm.note.accepted', params: { status: error.details.httpStatus ?? 500, user: settings.axlUser } });
        refused = error;
        return null;
      }
      throw error;
    }
  });

  await run.step('version', async (notes) => {
    if (refused) throw refused;
    const version = childText(childNamed(childNamed(answer!.response, 'return'), 'componentVersion'), 'version').trim();
    if (version === '') throw new AxlFailure('wrongAnswer', { expected: 'componentVersion', found: answer!.response.children[0]?.local ?? '—' });
    run.report.cucmVersion = version;
    notes.push({ key: 'cucm.note.version', params: { version, axlVersion: settings.axlVersion } });
    const release = releaseOf(version);
    if (release && Number(release) > Number(settings.axlVersion))
      notes.push({ key: 'cucm.note.versionOlderSchema', params: { release, axlVersion: settings.axlVersion } });
  });
  return client;
}

/** Test connection: reach the publisher, judge its certificate, sign in to AXL and ask its version. Saves nothing. */
export async function testCucmConnection(settings: CucmSettings, password: string, control: CucmTestControl): Promise<CucmTestReport> {
  const run = newRun('connection', settings, null, control);
  try {
    await signIn(run, settings, password, control.timeoutMs ?? settings.timeoutSeconds * 1000);
  } catch (error) {
    if (!(error instanceof TestStopped)) throw error;
  }
  return run.finish();
}

/**
 * As testCucmConnection, then has CUCM check one end user's password with doAuthenticateUser, as "Use
 * CUCM authentication" will. The end user's password is neither stored nor part of the report.
 */
export async function testCucmEndUser(
  settings: CucmSettings,
  password: string,
  endUser: EndUserCredentials,
  control: CucmTestControl,
): Promise<CucmTestReport> {
  const run = newRun('endUser', settings, endUser.userid, control);
  try {
    const client = await signIn(run, settings, password, control.timeoutMs ?? settings.timeoutSeconds * 1000);
    await run.step('endUser', async (notes) => {
      const { response } = await client.call('doAuthenticateUser', doAuthenticateUserBody(endUser.userid, endUser.password));
      const authenticated = childText(childNamed(response, 'return'), 'userAuthenticated').trim() === 'true';
      if (!authenticated) throw new ExplainedCucmFailure(cucmProblem('endUserRejected', { userid: endUser.userid }));
      notes.push({ key: 'cucm.note.endUserAccepted', params: { userid: endUser.userid } });
    });
  } catch (error) {
    if (!(error instanceof TestStopped)) throw error;
  }
  return run.finish();
}
