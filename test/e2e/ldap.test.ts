import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHOTO_MAX_KB } from '@shared/channels/photos';
import type { MessageKey } from '@shared/i18n/en';
import { shot } from '../support/screenshots';
import { slapdAvailable, startSlapd } from '../support/slapd';
import type { Slapd } from '../support/slapd';
import { startDnsServer } from '../support/dns-server';
import type { DnsServer } from '../support/dns-server';
import { SAMBA_REFUSAL, startRefusalProxy } from '../support/samba-refusal-proxy';
import type { RefusalProxy } from '../support/samba-refusal-proxy';
import { errorAt, t, useConsole } from './support/console-session';
import { expectAccessible } from './support/axe';

const WAIT = 15_000;
const available = await slapdAvailable();

describe.skipIf(!available)('LDAP: settings and connection tests against a private slapd', () => {
  // Filled in before the app starts: the DNS server of the test answers the domain controller lookup.
  const env: Record<string, string> = {};
  const ui = useConsole({
    timeout: WAIT,
    env,
    prepareContext: (context, app) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin }),
  });
  const { nav, pickOption } = ui;
  let slapd: Slapd;
  let otherName: Slapd;
  let samba: RefusalProxy;
  let dns: DnsServer;
  let page: Page;
  let pageErrors: string[];

  const region = (name: string) => page.getByRole('region', { name, exact: true });
  const photos = () => region(t('settings.section.contactPhotos'));
  const admin = () => region(t('settings.section.adminLdap'));
  const photosReport = () => region(t('ldap.test.contactPhotos'));
  const adminReport = () => region(t('ldap.test.adminLdap'));
  const field = (scope: Locator, key: MessageKey) => scope.getByLabel(t(key), { exact: true });
  const stepRow = (report: Locator, step: string) => report.locator(`tr[data-step="${step}"]`);

  const choose = (scope: Locator, label: MessageKey, option: MessageKey) => pickOption(field(scope, label), t(option));

  /** Waits for a finished test and returns each step's status, e.g. { resolve: 'ok', tls: 'failed', ... }. */
  async function finished(report: Locator, outcome: 'connectionTest.test.passed' | 'connectionTest.test.failed') {
    await report.getByText(t(outcome), { exact: true }).waitFor({ timeout: WAIT });
    return Object.fromEntries(
      await report
        .locator('tr[data-step]')
        .evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-step'), row.getAttribute('data-status')])),
    ) as Record<string, string>;
  }

  async function confirmDialog(title: MessageKey) {
    const dialog = page.getByRole('dialog', { name: t(title), exact: true });
    await dialog.waitFor();
    return dialog;
  }

  beforeAll(async () => {
    [slapd, otherName] = await Promise.all([startSlapd(), startSlapd({ certificate: { altNames: 'DNS:ldap.other.example' } })]);
    samba = await startRefusalProxy(slapd);
    dns = await startDnsServer({
      zones: ['corp.example.test'],
      srv: {
        '_ldap._tcp.dc._msdcs.corp.example.test': [
          { priority: 0, weight: 100, port: slapd.port, target: 'localhost' },
          { priority: 10, weight: 100, port: 389, target: 'dc2.corp.example.test' },
        ],
      },
    });
    env.ROSTER_DNS_SERVERS = dns.address;
    ({ page, pageErrors } = await ui.open());
  });

  afterAll(async () => {
    await samba?.stop();
    await dns?.stop();
    await Promise.all([slapd?.stop(), otherName?.stop()]);
  });

  it('1. the LDAP screen of the demo site shows both sections with their defaults', async () => {
    await ui.openDemoSite();
    await nav('nav.ldap').click();
    await photos().waitFor();
    expect(await field(photos(), 'ldap.field.port').inputValue()).toBe('389');
    expect(await field(photos(), 'ldap.field.filter').inputValue()).toBe('(objectClass=person)');
    expect(await field(photos(), 'ldap.field.photoAttribute').inputValue()).toBe('thumbnailPhoto');
    await shot(page, 'ldap-defaults');
  });

  it('2. contact photos: LDAPS moves the port to 636; a broken filter is shown with its column', async () => {
    await field(photos(), 'ldap.enabled.contactPhotos').check();
    await field(photos(), 'ldap.field.host').fill(slapd.host);
    await choose(photos(), 'ldap.field.tls', 'ldap.tls.ldaps');
    expect(await field(photos(), 'ldap.field.port').inputValue()).toBe('636');
    await field(photos(), 'ldap.field.port').fill(String(slapd.ldapsPort));
    await field(photos(), 'ldap.field.bindUser').fill(slapd.adminDn);
    await field(photos(), 'ldap.field.bindPassword').fill(slapd.adminPassword);
    await field(photos(), 'ldap.field.baseDn').fill(slapd.peopleDn);
    await field(photos(), 'ldap.field.filter').fill('(&(objectClass=person)(uid=*)');
    const message = t('rule.ldap.filter.expectedClose', { column: 30, near: '…' });
    await photos().getByText(message, { exact: true }).waitFor();
    await shot(page, 'filter-error-with-column');
    await field(photos(), 'ldap.field.filter').fill('(&(objectClass=person)(uid=*))');
    await expect.poll(() => photos().getByText(message, { exact: true }).count()).toBe(0);
  });

  it('3. the test stops at an untrusted certificate, shows it, and passes once it is trusted', async () => {
    await photos()
      .getByRole('button', { name: t('ldap.test.contactPhotos'), exact: true })
      .click();
    const steps = await finished(photosReport(), 'connectionTest.test.failed');
    expect(steps).toMatchObject({ resolve: 'ok', connect: 'ok', tls: 'failed', bind: 'skipped' });
    await photosReport()
      .getByText(t('ldap.problem.certUnknownIssuer', { issuer: 'O=Roster Tests, CN=Roster Test CA' }), { exact: true })
      .waitFor();
    await photosReport().getByText('Roster Test CA', { exact: false }).first().waitFor();
    await shot(page, 'photos-test-certificate-untrusted');
    await expectAccessible(page, 'LDAP: a test report stopped at an untrusted certificate');

    await photosReport()
      .getByRole('button', { name: t('connectionTest.cert.trust'), exact: true })
      .click();
    const dialog = await confirmDialog('connectionTest.cert.trust');
    await shot(page, 'trust-certificate-confirm');
    await expectAccessible(page, 'LDAP: the confirmation to trust a certificate');
    await dialog.getByRole('button', { name: t('connectionTest.cert.trust'), exact: true }).click();
    await photos().getByText(t('ldap.trust.pinned'), { exact: true }).waitFor();

    await photos()
      .getByRole('button', { name: t('ldap.test.contactPhotos'), exact: true })
      .click();
    const passed = await finished(photosReport(), 'connectionTest.test.passed');
    expect(passed).toEqual({ resolve: 'ok', connect: 'ok', tls: 'ok', bind: 'ok', search: 'ok', photos: 'ok' });
    await stepRow(photosReport(), 'search')
      .getByText(t('ldap.note.searchCount', { count: 10, filter: '(&(objectClass=person)(uid=*))' }), { exact: true })
      .waitFor();
    await photosReport().getByText(t('connectionTest.cert.trustedByPin'), { exact: true }).waitFor();
    // The first small photos are shown as thumbnails; the oversized one and the non-image are flagged.
    await expect.poll(() => photosReport().locator('img').count()).toBe(3);
    await stepRow(photosReport(), 'photos')
      .getByText(t('ldap.note.photosTooLarge', { count: 1, maxKb: PHOTO_MAX_KB }), { exact: true })
      .waitFor();
    await shot(page, 'photos-test-passed-with-thumbnails');
  });

  it('4. the result copies as text for a support ticket, without the password', async () => {
    await photosReport()
      .getByRole('button', { name: t('connectionTest.test.copy'), exact: true })
      .click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(t('ldap.text.bindUser', { bindUser: slapd.adminDn }));
    expect(copied).toContain(`[${t('connectionTest.status.ok')}] ${t('ldap.step.photos')}`);
    expect(copied).not.toContain(slapd.adminPassword);

    await photosReport()
      .getByRole('button', { name: t('connectionTest.test.showText'), exact: true })
      .click();
    const dialog = await confirmDialog('connectionTest.test.textTitle');
    expect(await dialog.getByRole('textbox').inputValue()).toBe(copied);
    await shot(page, 'result-as-text');
    await expectAccessible(page, 'LDAP: the test result as text');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('5. administrator authentication over StartTLS with the CA pasted: a wrong password, then the right one', async () => {
    await field(admin(), 'ldap.enabled.adminLdap').check();
    await field(admin(), 'ldap.field.host').fill(slapd.host);
    await choose(admin(), 'ldap.field.tls', 'ldap.tls.startTls');
    await field(admin(), 'ldap.field.port').fill(String(slapd.port));
    await field(admin(), 'ldap.field.baseDn').fill(slapd.baseDn);
    await field(admin(), 'ldap.trust.caPem').fill(slapd.caPem);

    const anna = slapd.people[0]!;
    const runAuth = async (password: string) => {
      await admin()
        .getByRole('button', { name: t('ldap.test.adminLdap'), exact: true })
        .click();
      const dialog = await confirmDialog('ldap.test.accountTitle');
      await dialog.getByLabel(t('ldap.test.username'), { exact: true }).fill(anna.sAMAccountName);
      await dialog.getByLabel(t('ldap.test.password'), { exact: true }).fill(password);
      await shot(page, `auth-test-account-${password === anna.password ? 'right' : 'wrong'}`);
      await expectAccessible(page, 'LDAP: the account dialog of the authentication test');
      await dialog.getByRole('button', { name: t('ldap.test.run'), exact: true }).click();
    };

    await runAuth('not-her-password');
    const failed = await finished(adminReport(), 'connectionTest.test.failed');
    expect(failed).toMatchObject({ tls: 'ok', account: 'ok', userBind: 'failed' });
    await adminReport().getByText(t('ldap.problem.invalidCredentials'), { exact: true }).waitFor();
    await adminReport().getByText(t('ldap.advice.invalidCredentials'), { exact: true }).waitFor();
    await shot(page, 'auth-test-wrong-password');
    await expectAccessible(page, 'LDAP: a failed authentication test explained');

    await runAuth(anna.password);
    const passed = await finished(adminReport(), 'connectionTest.test.passed');
    expect(passed).toEqual({ resolve: 'ok', connect: 'ok', tls: 'ok', account: 'ok', userBind: 'ok' });
    await stepRow(adminReport(), 'account')
      .getByText(t('ldap.note.accountFound', { dn: anna.dn }), { exact: true })
      .waitFor();
    await adminReport().getByText(t('connectionTest.cert.trustedByCa'), { exact: true }).waitFor();
    await shot(page, 'auth-test-passed');
  });

  it('6. saving keeps both sections and the pinned certificate; the bind password shows as set', async () => {
    await page.getByRole('button', { name: t('ldap.save'), exact: true }).click();
    await page.getByText(t('ldap.saved'), { exact: true }).waitFor();
    await page.reload({ waitUntil: 'load' });
    await page
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t('nav.ldap'), exact: true })
      .click();
    await photos().waitFor();
    expect(await field(photos(), 'ldap.field.port').inputValue()).toBe(String(slapd.ldapsPort));
    await photos().getByText(t('secret.set'), { exact: true }).waitFor();
    expect(await field(admin(), 'ldap.field.baseDn').inputValue()).toBe(slapd.baseDn);
    expect(await photos().getByText(t('ldap.trust.nonePinned'), { exact: true }).count()).toBe(0);
    await shot(page, 'saved-settings-reloaded');

    // The saved settings (pinned certificate, stored password) pass the test with nothing typed.
    await photos()
      .getByRole('button', { name: t('ldap.test.contactPhotos'), exact: true })
      .click();
    await finished(photosReport(), 'connectionTest.test.passed');
    expect(pageErrors).toEqual([]);
  });

  it('7. another server with the stored password: refused at the password field, which takes the focus', async () => {
    await field(photos(), 'ldap.field.host').fill('localhost');
    await photos()
      .getByRole('button', { name: t('ldap.test.contactPhotos'), exact: true })
      .click();
    const password = field(photos(), 'ldap.field.bindPassword');
    const message = t('connectionTest.secretElsewhere.test', { host: 'localhost' });
    await expect.poll(() => errorAt(password)).toBe(message);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('ldap-bindPassword-value');
    expect(await photosReport().count()).toBe(0);
    await ui.closeNotifications();
    // From the top, so the header stays where it belongs in the full-page picture; the field keeps the focus.
    await password.focus();
    await ui.stillShot('stored-password-refused-for-another-server');

    // Typing the password is the way on: the message has done its work.
    await password.fill(slapd.adminPassword);
    await expect.poll(() => errorAt(password)).toBe(null);

    // Saving the other server while keeping the stored password is refused the same way, at the field.
    await photos()
      .getByRole('button', { name: t('secret.keep'), exact: true })
      .click();
    await page.getByRole('button', { name: t('ldap.save'), exact: true }).click();
    await expect.poll(() => errorAt(password)).toBe(t('connectionTest.secretElsewhere.save', { host: 'localhost' }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('ldap-bindPassword-value');
    expect(pageErrors).toEqual([]);
  });
  /** Runs the authentication test with a typed account and waits for its outcome. */
  async function runAdminTest(username: string, password: string, outcome: 'connectionTest.test.passed' | 'connectionTest.test.failed') {
    await admin()
      .getByRole('button', { name: t('ldap.test.adminLdap'), exact: true })
      .click();
    const dialog = await confirmDialog('ldap.test.accountTitle');
    await dialog.getByLabel(t('ldap.test.username'), { exact: true }).fill(username);
    await dialog.getByLabel(t('ldap.test.password'), { exact: true }).fill(password);
    await dialog.getByRole('button', { name: t('ldap.test.run'), exact: true }).click();
    return finished(adminReport(), outcome);
  }

  it('8. a certificate for another name: its names are shown beside the server as typed', async () => {
    await field(admin(), 'ldap.field.host').fill('127.0.0.1');
    await field(admin(), 'ldap.field.port').fill(String(otherName.port));
    await field(admin(), 'ldap.trust.caPem').fill(otherName.caPem);
    const steps = await runAdminTest(otherName.people[0]!.dn, otherName.people[0]!.password, 'connectionTest.test.failed');
    expect(steps).toMatchObject({ connect: 'ok', tls: 'failed', account: 'skipped' });
    await adminReport()
      .getByText(t('ldap.problem.certWrongName', { names: 'ldap.other.example', host: '127.0.0.1' }), { exact: true })
      .waitFor();
    await stepRow(adminReport(), 'tls')
      .getByText(t('connectionTest.note.certNameDiffers', { names: 'ldap.other.example', host: '127.0.0.1' }), { exact: true })
      .waitFor();
    await adminReport().getByText(t('connectionTest.cert.nameDiffers'), { exact: true }).waitFor();
    await adminReport().getByText(t('connectionTest.cert.wrongName'), { exact: true }).waitFor();
    await adminReport()
      .getByRole('region', { name: t('connectionTest.cert.title') })
      .scrollIntoViewIfNeeded()
      .catch(() => undefined);
    await shot(page, 'certificate-name-mismatch');
    await expectAccessible(page, 'LDAP: a certificate for another name');
  });

  it("9. a directory refusing anonymous search in Samba's words: the test falls back to a direct bind", async () => {
    await choose(admin(), 'ldap.field.tls', 'ldap.tls.none');
    await field(admin(), 'ldap.field.host').fill(samba.host);
    await field(admin(), 'ldap.field.port').fill(String(samba.port));
    const anna = slapd.people[0]!;
    const passed = await runAdminTest(anna.dn, anna.password, 'connectionTest.test.passed');
    expect(passed).toMatchObject({ account: 'ok', userBind: 'ok' });
    await stepRow(adminReport(), 'account')
      .getByText(t('ldap.note.anonymousRefused', { message: SAMBA_REFUSAL }), { exact: true })
      .waitFor();
    await shot(page, 'samba-refusal-falls-back');

    await runAdminTest(anna.uid, anna.password, 'connectionTest.test.failed');
    await adminReport().getByText(t('ldap.advice.bindRequiredAdmin'), { exact: true }).waitFor();
    await adminReport()
      .getByText(t('connectionTest.text.server', { message: SAMBA_REFUSAL }), { exact: true })
      .waitFor();
    await shot(page, 'samba-refusal-plain-username');
  });

  it('10. from the AD domain name, DNS offers the domain controllers with their ports', async () => {
    await admin()
      .getByRole('button', { name: t('ldap.find.open'), exact: true })
      .click();
    const finder = admin().getByRole('region', { name: t('ldap.find.title'), exact: true });
    await finder.getByLabel(t('ldap.find.domain'), { exact: true }).fill('nosuch domain');
    await finder.getByRole('button', { name: t('ldap.find.run'), exact: true }).click();
    await finder.getByText(t('rule.domain.format'), { exact: true }).waitFor();
    await finder.getByLabel(t('ldap.find.domain'), { exact: true }).fill('corp.example.test');
    await finder.getByRole('button', { name: t('ldap.find.run'), exact: true }).click();
    await finder.getByText(t('ldap.find.server', { host: 'localhost', port: slapd.port }), { exact: true }).waitFor();
    await finder.getByText(t('ldap.find.server', { host: 'dc2.corp.example.test', port: 389 }), { exact: true }).waitFor();
    await finder.scrollIntoViewIfNeeded();
    await shot(page, 'domain-controllers-found');
    await expectAccessible(page, 'LDAP: the domain controllers found in DNS');
    await finder.getByRole('button', { name: t('ldap.find.useLabel', { host: 'localhost', port: slapd.port }), exact: true }).click();
    expect(await field(admin(), 'ldap.field.host').inputValue()).toBe('localhost');
    expect(await field(admin(), 'ldap.field.port').inputValue()).toBe(String(slapd.port));
  });

  it('11. from the reachable server, its naming contexts are offered as base DNs', async () => {
    await field(admin(), 'ldap.field.baseDn').fill('');
    await admin()
      .getByRole('button', { name: t('ldap.contexts.fetch'), exact: true })
      .click();
    const picker = admin().getByRole('region', { name: t('ldap.contexts.title'), exact: true });
    await picker.getByText(t('ldap.contexts.found', { count: 1 }), { exact: true }).waitFor();
    await picker.scrollIntoViewIfNeeded();
    await shot(page, 'naming-contexts-offered');
    await expectAccessible(page, 'LDAP: the naming contexts offered as base DNs');
    await picker.getByRole('button', { name: t('ldap.contexts.useLabel', { dn: slapd.baseDn }), exact: true }).click();
    expect(await field(admin(), 'ldap.field.baseDn').inputValue()).toBe(slapd.baseDn);
    expect(pageErrors).toEqual([]);
  });
});
