import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CucmSettingsView, CucmTestReport } from '@shared/channels/cucm';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import type { CucmSettings } from '@shared/rules/cucm-rules';
import { AxlFailure } from '../../../electron/services/cucm/axl-failure';
import { cucmConnectionOf } from '../../../electron/services/cucm/cucm-connection';
import { fetchEndUsers } from '../../../electron/services/cucm/fetch-end-users';
import { OpenSite } from '../../../electron/services/site/open-site';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';
import { startAxlServer } from '../../support/axl-server';
import type { AxlServer } from '../../support/axl-server';
import { closedPort, startSilentListener } from '../../support/slapd';
import type { SilentListener } from '../../support/slapd';

const statuses = (report: CucmTestReport) => Object.fromEntries(report.steps.map((s) => [s.id, s.status]));
const problemOf = (report: CucmTestReport) => report.steps.find((s) => s.problem)?.problem;

describe('the cucm channels against the AXL test server', () => {
  let server: AxlServer;
  let silent: SilentListener;
  let api: SiteHarness;
  beforeAll(async () => {
    server = await startAxlServer({ users: 500 });
    silent = await startSilentListener();
  });
  afterAll(async () => {
    await silent?.stop();
    await server?.close();
  });
  afterEach(() => api?.close());

  const settingsFor = (changes: Partial<CucmSettings> = {}): CucmSettings => ({
    ...CUCM_DEFAULTS,
    host: server.host,
    port: server.port,
    axlUser: server.user,
    timeoutSeconds: 10,
    ...changes,
  });
  const testConnection = (settings: CucmSettings, password: { action: 'keep' } | { action: 'set'; value: string }) =>
    api.call<CucmTestReport>('cucm.testConnection', { testId: `test-${Math.random().toString(36).slice(2, 10)}`, settings, password });

  test('saving stores the AXL password as a secret and audits the section, never the value', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const initial = await api.call<CucmSettingsView>('cucm.get');
    expect(initial).toEqual({ settings: CUCM_DEFAULTS, password: { set: false, unreadable: false } });

    const saved = await api.call<CucmSettingsView>('cucm.save', {
      draft: { settings: settingsFor(), password: { action: 'set', value: server.password } },
    });
    expect(saved.settings.host).toBe(server.host);
    expect(saved.password).toEqual({ set: true, unreadable: false });
    expect(JSON.stringify(api.answers)).not.toContain(server.password);

    const audit = await api.call<{ rows: { entityLabel: string; changes: { field: string }[] }[] }>('audit.list', {});
    const entry = audit.rows.find((r) => r.entityLabel === 'cucm')!;
    expect(entry.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['host', 'port', 'axlUser', 'password']));
    expect(entry.changes).toContainEqual({ field: 'password', secret: true });
    expect(JSON.stringify(audit.rows)).not.toContain(server.password);

    // The same values again record nothing; clearing the password is recorded as such.
    await api.call('cucm.save', { draft: { settings: settingsFor(), password: { action: 'keep' } } });
    expect((await api.call<{ rows: unknown[] }>('audit.list', {})).rows.length).toBe(audit.rows.length);
    const cleared = await api.call<CucmSettingsView>('cucm.save', { draft: { settings: settingsFor(), password: { action: 'clear' } } });
    expect(cleared.password.set).toBe(false);
    const after = await api.call<{ rows: { entityLabel: string; changes: unknown[] }[] }>('audit.list', {});
    expect(after.rows[0]!.changes).toEqual([{ field: 'password', secret: true, cleared: true }]);
  });

  test('a half configuration is refused at its field', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const error = await api.refusal('cucm.save', { draft: { settings: { ...CUCM_DEFAULTS, host: 'cucm-pub' }, password: { action: 'keep' } } });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toEqual([{ path: ['draft', 'settings', 'axlUser'], message: 'rule.cucm.axlUserRequired' }]);
  });

  test('the connection test shows the self-signed certificate, then passes once it is pinned', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const untrusted = await testConnection(settingsFor(), { action: 'set', value: server.password });
    expect(untrusted.ok).toBe(false);
    expect(statuses(untrusted)).toEqual({ resolve: 'ok', connect: 'ok', tls: 'failed', auth: 'skipped', version: 'skipped' });
    expect(untrusted.certificate).toMatchObject({ fingerprint: server.fingerprint256, trustedBy: null });
    expect(untrusted.certificate!.subject).toContain('CN=cucm-pub.example.test');
    expect(untrusted.canTrustCertificate).toBe(true);
    expect(problemOf(untrusted)!.code).toBe('certUntrusted');

    const cert = untrusted.certificate!;
    const pinned = settingsFor({
      trust: {
        caPem: '',
        pinned: [{ fingerprint: cert.fingerprint, subject: cert.subject, issuer: cert.issuer, validFrom: cert.validFrom, validTo: cert.validTo }],
      },
    });
    const passed = await testConnection(pinned, { action: 'set', value: server.password });
    expect(passed.ok).toBe(true);
    expect(statuses(passed)).toEqual({ resolve: 'ok', connect: 'ok', tls: 'ok', auth: 'ok', version: 'ok' });
    expect(passed.certificate!.trustedBy).toBe('pinned');
    expect(passed.cucmVersion).toMatch(/^14\.0\.1\./);
    expect(passed.steps.every((s) => s.durationMs !== null)).toBe(true);
    // The steps were followed live.
    expect(api.events.filter((e) => e.event === 'cucm.testProgress').length).toBeGreaterThan(5);

    // Saved with the pin and the password, the import's connection reads the users.
    await api.call('cucm.save', { draft: { settings: pinned, password: { action: 'set', value: server.password } } });
    const site = await OpenSite.open(api.sitePath, api.ctx.keyStore);
    try {
      const { users, report } = await fetchEndUsers(cucmConnectionOf(site), {}, {});
      expect(users.count).toBe(500);
      expect(report).toMatchObject({ complete: true, users: 500 });
    } finally {
      site.close();
    }
  });

  test('a wrong password is explained as bad credentials or a missing AXL role; the stored one is used when kept', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const pinned = settingsFor({ trust: server.trust });
    const wrong = await testConnection(pinned, { action: 'set', value: 'not-the-password' });
    expect(statuses(wrong)).toEqual({ resolve: 'ok', connect: 'ok', tls: 'ok', auth: 'failed', version: 'skipped' });
    expect(problemOf(wrong)).toMatchObject({
      code: 'unauthorized',
      explanation: { key: 'cucm.problem.unauthorized', params: { user: server.user } },
    });

    const none = await testConnection(pinned, { action: 'keep' });
    expect(problemOf(none)!.code).toBe('noPassword');

    await api.call('cucm.save', { draft: { settings: pinned, password: { action: 'set', value: server.password } } });
    expect((await testConnection(pinned, { action: 'keep' })).ok).toBe(true);
  });

  test('an AXL version the server does not speak ends at the version step with CUCM’s fault', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const report = await testConnection(settingsFor({ axlVersion: '15.0', trust: server.trust }), { action: 'set', value: server.password });
    expect(statuses(report)).toMatchObject({ auth: 'ok', version: 'failed' });
    const problem = problemOf(report)!;
    expect(problem.code).toBe('fault');
    expect(problem.serverMessage).toContain('15.0');
  });

  test('unreachable and silent servers are explained; a silent one within the timeout', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const refused = await testConnection(settingsFor({ port: await closedPort() }), { action: 'set', value: 'x' });
    expect(statuses(refused)).toMatchObject({ resolve: 'ok', connect: 'failed' });
    expect(problemOf(refused)!.code).toBe('refused');

    const silentSettings = settingsFor({ port: silent.port, timeoutSeconds: 1 });
    const started = Date.now();
    const hung = await testConnection(silentSettings, { action: 'set', value: 'x' });
    expect(statuses(hung)).toMatchObject({ connect: 'ok', tls: 'failed' });
    expect(problemOf(hung)!.code).toBe('connectTimeout');
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  test('a running test can be cancelled', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const testId = 'cancel-me-1234';
    const running = api.call<CucmTestReport>('cucm.testConnection', {
      testId,
      settings: settingsFor({ port: silent.port, timeoutSeconds: 30 }),
      password: { action: 'set', value: 'x' },
    });
    await expect
      .poll(() =>
        api.events.some(
          (e) =>
            e.event === 'cucm.testProgress' &&
            (e.payload as { report: CucmTestReport }).report.steps.some((s) => s.id === 'tls' && s.status === 'running'),
        ),
      )
      .toBe(true);
    expect(await api.call('cucm.cancelTest', { testId })).toEqual({ cancelled: true });
    const report = await running;
    expect(report.cancelled).toBe(true);
    expect(statuses(report).tls).toBe('cancelled');
  });

  test('one end user’s CUCM password is checked with doAuthenticateUser and never kept', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    const pinned = settingsFor({ trust: server.trust });
    const userid = server.users[3]!.userid;
    const base = { settings: pinned, password: { action: 'set', value: server.password }, userid };
    const good = await api.call<CucmTestReport>('cucm.testEndUser', { ...base, testId: 'end-user-good', endUserPassword: server.endUserPassword });
    expect(good.ok).toBe(true);
    expect(statuses(good)).toMatchObject({ auth: 'ok', version: 'ok', endUser: 'ok' });
    expect(good.target.endUser).toBe(userid);

    const bad = await api.call<CucmTestReport>('cucm.testEndUser', { ...base, testId: 'end-user-bad', endUserPassword: 'Wrong-0ne' });
    expect(statuses(bad).endUser).toBe('failed');
    expect(problemOf(bad)!.code).toBe('endUserRejected');

    const unknown = await api.call<CucmTestReport>('cucm.testEndUser', {
      ...base,
      userid: 'no.such.user',
      testId: 'end-user-unknown',
      endUserPassword: 'x',
    });
    expect(problemOf(unknown)).toMatchObject({ code: 'fault', explanation: { params: { axlcode: 5007 } } });

    const everything = JSON.stringify([api.answers, api.events]);
    expect(everything).not.toContain(server.endUserPassword);
    expect(everything).not.toContain('Wrong-0ne');
    expect(everything).not.toContain(server.password);
  });
});

describe('cucmConnectionOf: the import’s connection from the saved settings', () => {
  let api: SiteHarness;
  afterEach(() => api?.close());

  async function openSite(): Promise<OpenSite> {
    return OpenSite.open(api.sitePath, api.ctx.keyStore);
  }
  const refusalOf = (site: OpenSite) => {
    try {
      cucmConnectionOf(site);
    } catch (error) {
      if (error instanceof AxlFailure) return `${error.code} ${error.reason}`;
      throw error;
    }
    return 'accepted';
  };

  test('refuses until the publisher, the AXL user and the password are saved', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    let site = await openSite();
    expect(refusalOf(site)).toBe('CUCM_NOT_CONFIGURED notConfigured');
    site.close();
    const settings = { ...CUCM_DEFAULTS, host: 'cucm-pub.example.com', axlUser: 'axl' };
    await api.call('cucm.save', { draft: { settings, password: { action: 'keep' } } });
    site = await openSite();
    expect(refusalOf(site)).toBe('CUCM_NOT_CONFIGURED noPassword');
    site.close();
    await api.call('cucm.save', { draft: { settings, password: { action: 'set', value: 's3cret' } } });
    site = await openSite();
    expect(cucmConnectionOf(site)).toMatchObject({
      host: 'cucm-pub.example.com',
      port: 8443,
      axlVersion: '14.0',
      axlUser: 'axl',
      password: 's3cret',
      timeoutMs: 30_000,
    });
    site.close();
  });

  test('says so when this workstation cannot decrypt the stored password', async () => {
    api = await siteHarness({ file: 'cucm.roster', name: 'CUCM', demo: false });
    await api.call('cucm.save', {
      draft: { settings: { ...CUCM_DEFAULTS, host: 'cucm', axlUser: 'axl' }, password: { action: 'set', value: 's3cret' } },
    });
    api.shutdown();
    const site = await OpenSite.open(api.sitePath, new MemoryKeyStore());
    try {
      expect(refusalOf(site)).toBe('SECRET_MISSING passwordUnreadable');
    } finally {
      site.close();
    }
  });
});
