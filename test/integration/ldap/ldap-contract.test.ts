import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { LdapSettings, LdapTestReport } from '@shared/channels/ldap';
import { ADMIN_LDAP_DEFAULTS, CONTACT_PHOTOS_DEFAULTS } from '@shared/rules/ldap-rules';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';
import { slapdAvailable, startSilentListener, startSlapd } from '../../support/slapd';
import type { SilentListener, Slapd } from '../../support/slapd';
import { adminSettings, photoSettings } from './ldap-fixtures';

const available = await slapdAvailable();

describe.skipIf(!available)('the ldap channels', () => {
  let slapd: Slapd;
  let silent: SilentListener;
  let api: SiteHarness;
  beforeAll(async () => {
    slapd = await startSlapd();
    silent = await startSilentListener();
  });
  afterAll(async () => {
    await silent?.stop();
    await slapd?.stop();
  });
  afterEach(() => api?.close());

  async function openSite() {
    api = await siteHarness({ file: 'ldap.roster', name: 'LDAP', demo: false });
  }

  test('saving both sections stores the bind password as a secret and audits each section, never the value', async () => {
    await openSite();
    const initial = await api.call<LdapSettings>('ldap.get');
    expect(initial.contactPhotos).toEqual(CONTACT_PHOTOS_DEFAULTS);
    expect(initial.bindPassword).toEqual({ set: false, unreadable: false });

    const contactPhotos = photoSettings(slapd);
    const saved = await api.call<LdapSettings>('ldap.save', {
      draft: { contactPhotos, bindPassword: { action: 'set', value: slapd.adminPassword }, adminLdap: adminSettings(slapd) },
    });
    expect(saved.contactPhotos.host).toBe('127.0.0.1');
    expect(saved.bindPassword.set).toBe(true);
    expect(JSON.stringify(saved)).not.toContain(slapd.adminPassword);

    const audit = await api.call<{ rows: { entityLabel: string; changes: unknown[] }[] }>('audit.list', {});
    const labels = audit.rows.map((r) => r.entityLabel);
    expect(labels).toContain('contactPhotos');
    expect(labels).toContain('adminLdap');
    const photosEntry = audit.rows.find((r) => r.entityLabel === 'contactPhotos')!;
    expect(photosEntry.changes).toContainEqual({ field: 'bindPassword', secret: true });
    expect(JSON.stringify(audit.rows)).not.toContain(slapd.adminPassword);

    // Saving the same values again records nothing new.
    await api.call('ldap.save', { draft: { contactPhotos, bindPassword: { action: 'keep' }, adminLdap: adminSettings(slapd) } });
    expect((await api.call<{ rows: unknown[] }>('audit.list', {})).rows.length).toBe(audit.rows.length);
  });

  test('activating a section needs its server and base DN; a bad filter is refused at its field', async () => {
    await openSite();
    const result = await api.dispatch('ldap.save', {
      draft: {
        contactPhotos: { ...CONTACT_PHOTOS_DEFAULTS, enabled: true, filter: '(cn=a' },
        bindPassword: { action: 'keep' },
        adminLdap: ADMIN_LDAP_DEFAULTS,
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues!.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['draft.contactPhotos.host', 'draft.contactPhotos.baseDn', 'draft.contactPhotos.filter']));
  });

  test('a test with the password field unchanged uses the stored bind password; progress is sent as events', async () => {
    await openSite();
    await api.call('ldap.save', {
      draft: { contactPhotos: photoSettings(slapd), bindPassword: { action: 'set', value: slapd.adminPassword }, adminLdap: ADMIN_LDAP_DEFAULTS },
    });
    const report = await api.call<LdapTestReport>('ldap.testContactPhotos', {
      testId: 'contract-test-1',
      settings: photoSettings(slapd, { filter: '(uid=anna.berg)' }),
      bindPassword: { action: 'keep' },
    });
    expect(report.ok).toBe(true);
    expect(report.search?.count).toBe(1);
    const progress = api.events.filter((e) => e.event === 'ldap.testProgress');
    expect(progress.length).toBeGreaterThan(6);
    // The test saved nothing: the stored filter is still the default one.
    expect((await api.call<LdapSettings>('ldap.get')).contactPhotos.filter).toBe('(objectClass=person)');
  });

  test('a filter with a syntax error is refused before anything is sent', async () => {
    await openSite();
    const result = await api.dispatch('ldap.testContactPhotos', {
      testId: 'contract-test-2',
      settings: photoSettings(slapd, { filter: '(&(objectClass=person)(cn=a)' }),
      bindPassword: { action: 'set', value: 'x' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues).toEqual([
      { path: ['settings', 'filter'], message: 'rule.ldap.filter.expectedClose', params: { column: 29, near: '…' } },
    ]);
    expect(api.events.filter((e) => e.event === 'ldap.testProgress')).toEqual([]);
  });

  test('ldap.cancel stops a test waiting on a silent server', async () => {
    await openSite();
    const running = api.call<LdapTestReport>('ldap.testAdminLdap', {
      testId: 'contract-cancel-1',
      settings: adminSettings(slapd, { port: silent.port, timeoutSeconds: 60 }),
      username: 'anna.berg',
      password: 'x',
    });
    await expect
      .poll(() =>
        api.events.some(
          (e) =>
            e.event === 'ldap.testProgress' &&
            (e.payload as { report: LdapTestReport }).report.steps.some((s) => s.id === 'account' && s.status === 'running'),
        ),
      )
      .toBe(true);
    expect(await api.call('ldap.cancel', { testId: 'contract-cancel-1' })).toEqual({ cancelled: true });
    const report = await running;
    expect(report.cancelled).toBe(true);
    expect(await api.call('ldap.cancel', { testId: 'contract-cancel-1' })).toEqual({ cancelled: false });
  });
});
