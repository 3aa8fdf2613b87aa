import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { LdapSettings, LdapTestReport } from '@shared/channels/ldap';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import type { ContractError } from '@shared/result';
import { ADMIN_LDAP_DEFAULTS, CONTACT_PHOTOS_DEFAULTS } from '@shared/rules/ldap-rules';
import type { AdminLdapSettings, ContactPhotosSettings } from '@shared/rules/ldap-rules';
import { OpenSite } from '../../../electron/services/site/open-site';
import { SETTINGS_OWNER_ID } from '../../../electron/services/secrets/site-secrets';
import { startCaptureListener } from '../../support/capture-listener';
import type { CaptureListener } from '../../support/capture-listener';
import { createSite, siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { adminSettings, stepOf } from './ldap-fixtures';

// The stored bind password, and remembered test passwords, tried as an attacker would: through the
// contract, against a listener of our own that records every byte it is sent.

const BIND_PASSWORD = 'Bind-Secret-Customer-A';
const BIND_USER = 'CN=roster-photos,OU=Service,DC=customer-a,DC=example';
const CA_PEM = `-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUcustomerAcaNotARealOne\n-----END CERTIFICATE-----`;
const PIN = { fingerprint: Array(32).fill('AB').join(':'), subject: 'CN=attacker', issuer: 'CN=attacker', validFrom: '', validTo: '' };

let counter = 0;
const testId = () => `endpoint-test-${++counter}`;

describe('the stored bind password goes only to the server and bind user it was saved for', () => {
  let listener: CaptureListener;
  let api: SiteHarness;
  beforeAll(async () => {
    listener = await startCaptureListener();
  });
  afterAll(async () => {
    await listener?.stop();
  });
  afterEach(() => {
    api?.close();
    listener.forget();
  });

  /** The listener's own endpoint, plain LDAP, quick to give up (it never answers). */
  const atListener = (patch: Partial<ContactPhotosSettings> = {}): ContactPhotosSettings => ({
    ...CONTACT_PHOTOS_DEFAULTS,
    enabled: true,
    host: listener.host,
    port: listener.port,
    baseDn: 'DC=customer-a,DC=example',
    bindUser: BIND_USER,
    timeoutSeconds: 1,
    ...patch,
  });

  async function siteSavedWith(contactPhotos: ContactPhotosSettings) {
    api = await siteHarness({ file: 'customer-a.roster', name: 'Customer A', demo: false });
    await api.call('ldap.save', { draft: { contactPhotos, bindPassword: { action: 'set', value: BIND_PASSWORD }, adminLdap: ADMIN_LDAP_DEFAULTS } });
  }

  const testKeeping = (settings: ContactPhotosSettings) =>
    api.dispatch('ldap.testContactPhotos', { testId: testId(), settings, bindPassword: { action: 'keep' } });

  function expectElsewhere(result: Awaited<ReturnType<typeof testKeeping>>, host: string) {
    expect(result.ok).toBe(false);
    const error = (result as { error: ContractError }).error;
    expect(error).toEqual({
      code: 'SECRET_ELSEWHERE',
      message: 'connectionTest.secretElsewhere.test',
      params: { host },
      issues: [{ path: ['bindPassword', 'value'], message: 'connectionTest.secretElsewhere.test', params: { host } }],
    });
  }

  test('control: with the listener as the saved server, the kept password reaches it (so the listener would see a leak)', async () => {
    await siteSavedWith(atListener());
    const report = (await testKeeping(atListener({ filter: '(uid=*)' }))) as { ok: true; value: LdapTestReport };
    expect(report.ok).toBe(true);
    expect(stepOf(report.value, 'bind').status).toBe('failed');
    expect(listener.connections).toBe(1);
    expect(listener.saw(BIND_PASSWORD)).toBe(true);
  });

  test('a test naming our listener instead of the saved server is refused and nothing reaches the listener', async () => {
    await siteSavedWith(atListener({ host: 'dc1.customer-a.example', port: 389 }));
    expectElsewhere(await testKeeping(atListener()), listener.host);
    expect(api.events.filter((e) => e.event === 'ldap.testProgress')).toEqual([]);
    expect(listener.connections).toBe(0);
  });

  test('the saved server with another port, TLS mode, trust or bind user is another endpoint: refused, no connection', async () => {
    const saved = atListener({ tls: 'ldaps', trust: { caPem: CA_PEM, pinned: [] } });
    await siteSavedWith(saved);
    const changed: ContactPhotosSettings[] = [
      { ...saved, port: 636 },
      // The same address and port in clear text: the password would cross the network readable.
      { ...saved, tls: 'none' },
      { ...saved, tls: 'startTls' },
      // A certificate pinned in the request (the attacker's own), or the CA taken away.
      { ...saved, trust: { caPem: CA_PEM, pinned: [PIN] } },
      { ...saved, trust: { caPem: '', pinned: [PIN] } },
      // The password of one account sent as another's.
      { ...saved, bindUser: 'CN=attacker,DC=customer-a,DC=example' },
    ];
    for (const settings of changed) expectElsewhere(await testKeeping(settings), saved.host);
    expect(listener.connections).toBe(0);
    expect(listener.saw(BIND_PASSWORD)).toBe(false);
  });

  test('a typed password is used once for another server, and the stored one is not changed by it', async () => {
    await siteSavedWith(atListener({ host: 'dc1.customer-a.example', port: 389 }));
    const typed = await api.dispatch('ldap.testContactPhotos', {
      testId: testId(),
      settings: atListener(),
      bindPassword: { action: 'set', value: 'typed-for-this-test' },
    });
    expect(typed.ok).toBe(true);
    expect(listener.saw('typed-for-this-test')).toBe(true);
    expect(listener.saw(BIND_PASSWORD)).toBe(false);
    expectElsewhere(await testKeeping(atListener()), listener.host);
  });

  test('saving other servers while keeping the password is refused at the password field; typing it again saves', async () => {
    const saved = atListener({ host: 'dc1.customer-a.example', port: 389 });
    await siteSavedWith(saved);
    const error = await api.refusal('ldap.save', {
      draft: { contactPhotos: atListener(), bindPassword: { action: 'keep' }, adminLdap: ADMIN_LDAP_DEFAULTS },
    });
    expect(error).toMatchObject({
      code: 'SECRET_ELSEWHERE',
      message: 'connectionTest.secretElsewhere.save',
      issues: [{ path: ['draft', 'bindPassword', 'value'], message: 'connectionTest.secretElsewhere.save', params: { host: listener.host } }],
    });
    expect((await api.call<LdapSettings>('ldap.get')).contactPhotos.host).toBe('dc1.customer-a.example');
    // Settings that leave the endpoint alone still save with the password kept.
    await api.call('ldap.save', {
      draft: { contactPhotos: { ...saved, filter: '(uid=*)', cacheDays: 3 }, bindPassword: { action: 'keep' }, adminLdap: ADMIN_LDAP_DEFAULTS },
    });
    // Typed again, the password is stored for the new server.
    await api.call('ldap.save', {
      draft: { contactPhotos: atListener(), bindPassword: { action: 'set', value: 'new-server-password' }, adminLdap: ADMIN_LDAP_DEFAULTS },
    });
    expect((await testKeeping(atListener())).ok).toBe(true);
    expect(listener.saw('new-server-password')).toBe(true);
    expect(listener.saw(BIND_PASSWORD)).toBe(false);
  });

  test('the photo sync does not follow saved settings changed behind Roster’s back', async () => {
    await siteSavedWith(atListener({ host: 'dc1.customer-a.example', port: 389 }));
    // Someone with write access to the site file points the saved server at the listener.
    const db = new Database(api.sitePath);
    db.prepare("UPDATE settings SET json = ? WHERE section = 'contactPhotos'").run(JSON.stringify(atListener()));
    db.close();
    expect((await api.call<LdapSettings>('ldap.get')).contactPhotos.port).toBe(listener.port);
    const error = await api.refusal('photos.sync', { match: { by: 'username' } });
    expect(error).toMatchObject({ code: 'SECRET_ELSEWHERE', message: 'connectionTest.secretElsewhere.saved' });
    expect(listener.connections).toBe(0);
  });

  test('a password stored before passwords carried their server is bound to the saved settings', async () => {
    api = await siteHarness({ file: 'customer-a.roster', name: 'Customer A', demo: false });
    await api.call('ldap.save', { draft: { contactPhotos: atListener(), bindPassword: { action: 'keep' }, adminLdap: ADMIN_LDAP_DEFAULTS } });
    // As an earlier Roster stored it: the bare value.
    const site = await OpenSite.open(api.sitePath, api.ctx.keyStore);
    site.secrets.set('settings', SETTINGS_OWNER_ID, 'contactPhotos.bindPassword', BIND_PASSWORD);
    site.close();
    expectElsewhere(await testKeeping(atListener({ tls: 'startTls' })), listener.host);
    expect(listener.connections).toBe(0);
    expect((await testKeeping(atListener())).ok).toBe(true);
    expect(listener.saw(BIND_PASSWORD)).toBe(true);
  });
});

const available = await slapdAvailable();

describe.skipIf(!available)('a remembered test password stays with its site and its server', () => {
  let slapd: Slapd;
  let proxy: CaptureListener;
  let api: SiteHarness;
  beforeAll(async () => {
    slapd = await startSlapd();
    // Customer A's directory as the tests reach it: every byte recorded on its way to slapd.
    proxy = await startCaptureListener({ forwardTo: { host: slapd.host, port: slapd.port } });
  });
  afterAll(async () => {
    api?.close();
    await proxy?.stop();
    await slapd?.stop();
  });

  const rememberOn = () => api.call('security.save', { settings: { ...DEFAULT_SECURITY_SETTINGS, rememberCredentials: true } });
  const authTest = (settings: AdminLdapSettings, username: string, password: string) =>
    api.call<LdapTestReport>('ldap.testAdminLdap', { testId: testId(), settings, username, password });
  const recall = (settings: AdminLdapSettings) =>
    api.call('security.recallCredentials', {
      purpose: 'ldap.adminAuth',
      server: { host: settings.host, port: settings.port, tls: settings.tls, trust: settings.trust },
    });

  test('site A: typed once, then offered and used for the same server only', async () => {
    const anna = slapd.people[0]!;
    const viaProxy = adminSettings(slapd, { port: proxy.port, timeoutSeconds: 2 });
    api = await siteHarness({ file: 'customer-a.roster', name: 'Customer A', demo: false });
    await rememberOn();
    expect((await authTest(viaProxy, anna.uid, anna.password)).ok).toBe(true);
    expect(proxy.saw(anna.password)).toBe(true);

    expect(await recall(viaProxy)).toEqual({ username: anna.uid, passwordRemembered: true });
    expect((await authTest(viaProxy, anna.uid, '')).ok).toBe(true);

    // Another server (here the same directory on another port): nothing offered, nothing used.
    const direct = adminSettings(slapd, { timeoutSeconds: 2 });
    expect(await recall(direct)).toBeNull();
    const other = await authTest(direct, anna.uid, '');
    expect(stepOf(other, 'userBind').problem?.code).toBe('emptyPassword');
  });

  test('site B, same username and server, empty password: nothing offered, nothing sent', async () => {
    const anna = slapd.people[0]!;
    const viaProxy = adminSettings(slapd, { port: proxy.port, timeoutSeconds: 2 });
    await createSite(api, { file: 'customer-b.roster', name: 'Customer B', demo: false });
    await rememberOn();
    proxy.forget();
    expect(await recall(viaProxy)).toBeNull();
    const report = await authTest(viaProxy, anna.uid, '');
    expect(stepOf(report, 'account').status).toBe('ok');
    expect(stepOf(report, 'userBind').problem?.code).toBe('emptyPassword');
    expect(proxy.saw(anna.password)).toBe(false);
  });
});
