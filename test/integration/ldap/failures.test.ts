import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closedPort, slapdAvailable, startSilentListener, startSlapd } from '../../support/slapd';
import type { SilentListener, Slapd } from '../../support/slapd';
import { TEST_TIMEOUT_MS, adminSettings, photoSettings, runPhotosTest, statuses, stepOf } from './ldap-fixtures';
import { testContactPhotos } from '../../../electron/services/ldap/connection-tests';

const available = await slapdAvailable();

describe.skipIf(!available)('connection failures are explained and bounded', () => {
  let slapd: Slapd;
  let silent: SilentListener;
  beforeAll(async () => {
    slapd = await startSlapd();
    silent = await startSilentListener();
  });
  afterAll(async () => {
    await silent?.stop();
    await slapd?.stop();
  });

  test('a closed port: refused, with what to try', async () => {
    const port = await closedPort();
    const report = await runPhotosTest(photoSettings(slapd, { port }), slapd.adminPassword);
    expect(statuses(report)).toBe('resolve:ok connect:failed tls:skipped bind:skipped search:skipped photos:skipped');
    const problem = stepOf(report, 'connect').problem!;
    expect(problem.code).toBe('refused');
    expect(problem.explanation.params).toMatchObject({ address: '127.0.0.1', port });
  });

  test('a listener that never answers times out within the timeout (plain LDAP: at the bind)', async () => {
    const started = Date.now();
    const report = await runPhotosTest(photoSettings(slapd, { port: silent.port }), slapd.adminPassword);
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped bind:failed search:skipped photos:skipped');
    expect(stepOf(report, 'bind').problem?.code).toBe('answerTimeoutPlain');
    expect(Date.now() - started).toBeLessThan(TEST_TIMEOUT_MS * 4);
  });

  test('a listener that never answers times out in the TLS handshake (LDAPS) and in StartTLS', async () => {
    for (const tls of ['ldaps', 'startTls'] as const) {
      const report = await runPhotosTest(photoSettings(slapd, { port: silent.port, tls }), slapd.adminPassword);
      expect(stepOf(report, 'tls').status).toBe('failed');
      // LDAPS: a plain port waits for the client; StartTLS: an LDAPS port waits for a TLS hello. Never "try LDAPS" to LDAPS.
      expect(stepOf(report, 'tls').problem?.code).toBe(tls === 'ldaps' ? 'tlsSilent' : 'startTlsSilent');
    }
  });

  test('LDAPS against the plain port is explained as a TLS mismatch', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { tls: 'ldaps', port: slapd.port }), slapd.adminPassword);
    expect(stepOf(report, 'tls').status).toBe('failed');
    expect(['tls.notTls', 'tls.handshakeClosed', 'tlsSilent']).toContain(stepOf(report, 'tls').problem?.code);
  });

  test('a host name that does not resolve', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { host: 'no-such-host.invalid' }), slapd.adminPassword);
    expect(stepOf(report, 'resolve').problem?.code).toBe('hostNotFound');
    expect(stepOf(report, 'connect').status).toBe('skipped');
  });

  test('a running test is cancelled at once and says so', async () => {
    const controller = new AbortController();
    const running = testContactPhotos(photoSettings(slapd, { port: silent.port }), slapd.adminPassword, {
      testId: 'cancel-me-1',
      signal: controller.signal,
      onProgress: (report) => {
        if (report.steps.some((s) => s.id === 'bind' && s.status === 'running')) controller.abort();
      },
      timeoutMs: 60_000,
    });
    const report = await running;
    expect(report.cancelled).toBe(true);
    expect(report.ok).toBe(false);
    expect(stepOf(report, 'bind').status).toBe('cancelled');
    expect(stepOf(report, 'search').status).toBe('skipped');
  });

  test('the authentication test reports the same connection failures', async () => {
    const { testAdminLdap } = await import('../../../electron/services/ldap/connection-tests');
    const report = await testAdminLdap(adminSettings(slapd, { port: await closedPort() }), 'anna.berg', 'x', {
      testId: 'auth-refused-1',
      signal: new AbortController().signal,
      onProgress: () => {},
      timeoutMs: TEST_TIMEOUT_MS,
    });
    expect(stepOf(report, 'connect').problem?.code).toBe('refused');
    expect(stepOf(report, 'account').status).toBe('skipped');
  });
});
