import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { CucmSettingsView, CucmTestReport } from '@shared/channels/cucm';
import { CUCM_IMPORT_DEFAULTS } from '@shared/rules/cucm-import-rules';
import type { ContractError, Result } from '@shared/result';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import type { CucmSettings } from '@shared/rules/cucm-rules';
import { startCaptureHttpsServer } from '../../support/capture-listener';
import type { CaptureHttpsServer } from '../../support/capture-listener';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

// The stored AXL password tried as an attacker would: through the contract, against an HTTPS server of
// our own (self-signed certificate) that records every byte it is sent after the handshake.

const AXL_USER = 'axl-roster';
const AXL_PASSWORD = 'Axl-Secret-Customer-A';
const BASIC = Buffer.from(`${AXL_USER}:${AXL_PASSWORD}`).toString('base64');
const OTHER_PIN = { fingerprint: Array(32).fill('CD').join(':'), subject: 'CN=cucm-pub', issuer: 'CN=cucm-pub', validFrom: '', validTo: '' };

let counter = 0;
const testId = () => `axl-endpoint-${++counter}`;

describe('the stored AXL password goes only to the publisher, trust and AXL user it was saved for', () => {
  let listener: CaptureHttpsServer;
  let api: SiteHarness;
  beforeAll(async () => {
    listener = await startCaptureHttpsServer();
  });
  afterAll(async () => {
    await listener?.stop();
  });
  afterEach(() => {
    api?.close();
    listener.forget();
  });

  const listenerPin = () => ({
    fingerprint: listener.fingerprint256,
    subject: 'CN=cucm-pub.example.test',
    issuer: 'CN=cucm-pub.example.test',
    validFrom: '',
    validTo: '',
  });
  /** Our listener, its certificate pinned as "Trust this certificate" would. */
  const atListener = (patch: Partial<CucmSettings> = {}): CucmSettings => ({
    ...CUCM_DEFAULTS,
    host: listener.host,
    port: listener.port,
    axlUser: AXL_USER,
    timeoutSeconds: 2,
    trust: { caPem: '', pinned: [listenerPin()] },
    ...patch,
  });
  const customerA = (): CucmSettings => ({
    ...atListener(),
    host: 'cucm-pub.customer-a.example',
    port: 8443,
    trust: { caPem: '', pinned: [OTHER_PIN] },
  });

  async function siteSavedWith(settings: CucmSettings) {
    api = await siteHarness({ file: 'customer-a.roster', name: 'Customer A', demo: false });
    await api.call('cucm.save', { draft: { settings, password: { action: 'set', value: AXL_PASSWORD } } });
  }

  const keeping = (settings: CucmSettings) => ({ testId: testId(), settings, password: { action: 'keep' } });
  const endUser = { userid: 'anna.berg', endUserPassword: 'x' };

  function expectElsewhere(result: Result<unknown>, host: string) {
    expect(result.ok).toBe(false);
    expect((result as { error: ContractError }).error).toEqual({
      code: 'SECRET_ELSEWHERE',
      message: 'connectionTest.secretElsewhere.test',
      params: { host },
      issues: [{ path: ['password', 'value'], message: 'connectionTest.secretElsewhere.test', params: { host } }],
    });
  }

  test('control: with the listener as the saved publisher, the kept password reaches it in the Authorization header', async () => {
    await siteSavedWith(atListener());
    const report = await api.call<CucmTestReport>('cucm.testConnection', keeping(atListener({ axlVersion: '12.5' })));
    expect(report.steps.find((s) => s.id === 'auth')?.problem?.code).toBe('unauthorized');
    expect(listener.connections).toBe(1);
    expect(listener.saw(`Basic ${BASIC}`)).toBe(true);
  });

  test('testConnection and testEndUser with a certificate pinned in the request are refused; nothing reaches the listener', async () => {
    await siteSavedWith(customerA());
    expectElsewhere(await api.dispatch('cucm.testConnection', keeping(atListener())), listener.host);
    expectElsewhere(await api.dispatch('cucm.testEndUser', { ...keeping(atListener()), ...endUser }), listener.host);
    // The saved publisher's name with the listener's port and pin is no better.
    const sameName = { ...atListener(), host: 'cucm-pub.customer-a.example' };
    expectElsewhere(await api.dispatch('cucm.testConnection', keeping(sameName)), sameName.host);
    expect(api.events.filter((e) => e.event === 'cucm.testProgress')).toEqual([]);
    expect(listener.connections).toBe(0);
  });

  test('the saved publisher with another port, trust or AXL user is another endpoint: refused, no connection', async () => {
    const saved = atListener();
    await siteSavedWith(saved);
    const changed: CucmSettings[] = [
      { ...saved, port: 8443 },
      { ...saved, trust: { caPem: listener.certificatePem, pinned: [] } },
      { ...saved, trust: { caPem: '', pinned: [listenerPin(), OTHER_PIN] } },
      { ...saved, axlUser: 'ccmadministrator' },
    ];
    for (const settings of changed) {
      expectElsewhere(await api.dispatch('cucm.testConnection', keeping(settings)), saved.host);
      expectElsewhere(await api.dispatch('cucm.testEndUser', { ...keeping(settings), ...endUser }), saved.host);
    }
    expect(listener.connections).toBe(0);
  });

  test('saving another publisher or trust while keeping the password is refused at the password field', async () => {
    await siteSavedWith(customerA());
    const error = await api.refusal('cucm.save', { draft: { settings: atListener(), password: { action: 'keep' } } });
    expect(error).toMatchObject({
      code: 'SECRET_ELSEWHERE',
      message: 'connectionTest.secretElsewhere.save',
      issues: [{ path: ['draft', 'password', 'value'], message: 'connectionTest.secretElsewhere.save', params: { host: listener.host } }],
    });
    expect((await api.call<CucmSettingsView>('cucm.get')).settings.host).toBe('cucm-pub.customer-a.example');
    // What does not change where the password goes saves as before.
    await api.call('cucm.save', { draft: { settings: { ...customerA(), axlVersion: '12.5', timeoutSeconds: 60 }, password: { action: 'keep' } } });
  });

  test('the CUCM import does not follow saved settings changed behind Roster’s back', async () => {
    await siteSavedWith(customerA());
    const db = new Database(api.sitePath);
    db.prepare("UPDATE settings SET json = ? WHERE section = 'cucm'").run(JSON.stringify(atListener()));
    db.close();
    expect((await api.call<CucmSettingsView>('cucm.get')).settings.port).toBe(listener.port);
    const error = await api.refusal('cucm.preview', { settings: CUCM_IMPORT_DEFAULTS });
    expect(error).toMatchObject({ code: 'SECRET_ELSEWHERE', message: 'connectionTest.secretElsewhere.saved' });
    expect(listener.connections).toBe(0);
  });
});
