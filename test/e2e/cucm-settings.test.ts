import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import { startAxlServer } from '../support/axl-server';
import type { AxlServer } from '../support/axl-server';
import { shot } from '../support/screenshots';
import { errorAt, t, useConsole } from './support/console-session';
import { expectAccessible } from './support/axe';

const WAIT = 15_000;

describe('Settings > CUCM: configure, test against a local AXL server, trust its certificate', () => {
  const ui = useConsole({
    timeout: WAIT,
    prepareContext: (context, app) => context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin }),
  });
  const { nav, openedDialog, dialogsClosed, closeNotifications } = ui;
  let server: AxlServer;
  let page: Page;
  let pageErrors: string[];

  const form = () => page.getByRole('form', { name: t('cucm.title'), exact: true });
  const field = (key: MessageKey) => form().getByLabel(t(key), { exact: true });
  const button = (key: MessageKey, scope: Page | Locator = form()) => scope.getByRole('button', { name: t(key), exact: true });
  const report = (key: 'cucm.test.connection' | 'cucm.test.endUser') => page.getByRole('region', { name: t(key), exact: true });
  const trustSection = () => page.getByRole('region', { name: t('cucm.section.trust'), exact: true });

  /** Waits for a finished test and returns each step's status, e.g. { resolve: 'ok', tls: 'failed', ... }. */
  async function finished(scope: Locator, outcome: 'connectionTest.test.passed' | 'connectionTest.test.failed') {
    await scope.getByText(t(outcome), { exact: true }).waitFor({ timeout: WAIT });
    return Object.fromEntries(
      await scope.locator('tr[data-step]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-step'), row.getAttribute('data-status')])),
    ) as Record<string, string>;
  }

  beforeAll(async () => {
    server = await startAxlServer({ users: 200 });
    ({ page, pageErrors } = await ui.open());
  });

  afterAll(async () => {
    await server?.close();
  });

  it('1. the CUCM screen is listed under Settings and starts with port 8443 and AXL 14.0', async () => {
    await ui.openDemoSite();
    await nav('nav.cucm').click();
    await form().waitFor();
    expect(await field('cucm.field.port').inputValue()).toBe('8443');
    expect(await field('cucm.field.axlVersion').inputValue()).toBe('14.0');
    await trustSection().getByText(t('cucm.trust.none'), { exact: true }).waitFor();
    await shot(page, 'cucm-defaults');
  });

  it('2. testing without a publisher or AXL user says what is missing at the fields', async () => {
    await button('cucm.test.connection').click();
    await expect.poll(() => errorAt(field('cucm.field.host'))).toBe(t('rule.cucm.hostRequired'));
    expect(await errorAt(field('cucm.field.axlUser'))).toBe(t('rule.cucm.axlUserRequired'));
    expect(await report('cucm.test.connection').count()).toBe(0);
    await closeNotifications();
    await shot(page, 'test-needs-publisher-and-user');
  });

  it('3. the test stops at the self-signed certificate and shows its fingerprint', async () => {
    await field('cucm.field.host').fill(server.host);
    await field('cucm.field.port').fill(String(server.port));
    await field('cucm.field.axlUser').fill(server.user);
    await field('cucm.field.password').fill(server.password);
    await expect.poll(() => errorAt(field('cucm.field.host'))).toBe(null);
    await button('cucm.test.connection').click();
    const steps = await finished(report('cucm.test.connection'), 'connectionTest.test.failed');
    expect(steps).toEqual({ resolve: 'ok', connect: 'ok', tls: 'failed', auth: 'skipped', version: 'skipped' });
    await report('cucm.test.connection').getByText(t('cucm.problem.certUntrusted'), { exact: true }).waitFor();
    await report('cucm.test.connection').getByText(server.fingerprint256, { exact: true }).waitFor();
    await report('cucm.test.connection').getByText(t('connectionTest.cert.chain.selfSigned'), { exact: true }).waitFor();
    await shot(page, 'certificate-untrusted');
    await expectAccessible(page, 'CUCM: a test report stopped at an untrusted certificate');
  });

  it('4. trusting the certificate pins it; the test then signs in and reads the CUCM version', async () => {
    await button('connectionTest.cert.trust', report('cucm.test.connection')).click();
    const dialog = await openedDialog('connectionTest.cert.trust');
    await dialog.getByText(t('cucm.cert.trustConfirm', { host: server.host, fingerprint: server.fingerprint256 }), { exact: true }).waitFor();
    await shot(page, 'trust-confirm');
    await expectAccessible(page, 'CUCM: the confirmation to trust a certificate');
    await button('connectionTest.cert.trust', dialog).click();
    await dialogsClosed();
    await trustSection().getByText(server.fingerprint256, { exact: true }).waitFor();

    await button('cucm.test.connection').click();
    const steps = await finished(report('cucm.test.connection'), 'connectionTest.test.passed');
    expect(steps).toEqual({ resolve: 'ok', connect: 'ok', tls: 'ok', auth: 'ok', version: 'ok' });
    await report('cucm.test.connection')
      .getByText(t('cucm.note.accepted', { status: 200, user: server.user }), { exact: true })
      .waitFor();
    await report('cucm.test.connection')
      .getByText(t('cucm.note.version', { version: '14.0.1.13900(155)', axlVersion: '14.0' }), { exact: true })
      .waitFor();
    await report('cucm.test.connection').getByText(t('connectionTest.cert.trustedByPin'), { exact: true }).waitFor();
    await closeNotifications();
    await shot(page, 'test-passed-with-pinned-certificate');
  });

  it('5. the result copies as text for a support ticket, without the password', async () => {
    await button('connectionTest.test.copy', report('cucm.test.connection')).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(t('cucm.text.target', { host: server.host, port: server.port, axlVersion: '14.0', axlUser: server.user, timeout: 30 }));
    expect(copied).toContain(`[${t('connectionTest.status.ok')}] ${t('cucm.step.version')}`);
    expect(copied).toContain(server.fingerprint256);
    expect(copied).not.toContain(server.password);
    await closeNotifications();
  });

  it('6. a wrong AXL password is explained: bad credentials or the AXL role missing', async () => {
    await field('cucm.field.password').fill('not-the-password');
    await button('cucm.test.connection').click();
    const steps = await finished(report('cucm.test.connection'), 'connectionTest.test.failed');
    expect(steps).toMatchObject({ tls: 'ok', auth: 'failed', version: 'skipped' });
    await report('cucm.test.connection')
      .getByText(t('cucm.problem.unauthorized', { user: server.user }), { exact: true })
      .waitFor();
    await report('cucm.test.connection').getByText(t('cucm.advice.unauthorized'), { exact: true }).waitFor();
    await shot(page, 'wrong-password-explained');
    await expectAccessible(page, 'CUCM: a wrong AXL password explained');
  });

  it('7. one end user’s CUCM password is checked without being kept', async () => {
    await field('cucm.field.password').fill(server.password);
    const runEndUser = async (password: string) => {
      await button('cucm.test.endUser').click();
      const dialog = await openedDialog('cucm.test.endUserTitle');
      await dialog.getByLabel(t('cucm.test.userid'), { exact: true }).fill(server.users[0]!.userid);
      await dialog.getByLabel(t('cucm.test.password'), { exact: true }).fill(password);
      if (password !== server.endUserPassword) {
        await shot(page, 'end-user-dialog');
        await expectAccessible(page, 'CUCM: the end-user check dialog');
      }
      await button('cucm.test.run', dialog).click();
      await dialogsClosed();
    };

    await runEndUser('Wrong-0ne');
    const failed = await finished(report('cucm.test.endUser'), 'connectionTest.test.failed');
    expect(failed).toMatchObject({ auth: 'ok', version: 'ok', endUser: 'failed' });
    await report('cucm.test.endUser')
      .getByText(t('cucm.problem.endUserRejected', { userid: server.users[0]!.userid }), { exact: true })
      .waitFor();
    await shot(page, 'end-user-rejected');

    await runEndUser(server.endUserPassword);
    const passed = await finished(report('cucm.test.endUser'), 'connectionTest.test.passed');
    expect(passed).toEqual({ resolve: 'ok', connect: 'ok', tls: 'ok', auth: 'ok', version: 'ok', endUser: 'ok' });
    await report('cucm.test.endUser')
      .getByText(t('cucm.note.endUserAccepted', { userid: server.users[0]!.userid }), { exact: true })
      .waitFor();
    await shot(page, 'end-user-accepted');
    expect(server.requests.filter((r) => r.action === 'doAuthenticateUser')).toHaveLength(2);
  });

  it('8. saving keeps the settings and the pinned certificate; the password shows as set and the saved values test fine', async () => {
    await button('cucm.save').click();
    await page.getByText(t('cucm.saved'), { exact: true }).waitFor();
    await page.reload({ waitUntil: 'load' });
    await nav('nav.cucm').click();
    await form().waitFor();
    expect(await field('cucm.field.host').inputValue()).toBe(server.host);
    expect(await field('cucm.field.port').inputValue()).toBe(String(server.port));
    await form().getByText(t('secret.set'), { exact: true }).waitFor();
    await trustSection().getByText(server.fingerprint256, { exact: true }).waitFor();
    await closeNotifications();
    await shot(page, 'saved-settings-reloaded');

    await button('cucm.test.connection').click();
    await finished(report('cucm.test.connection'), 'connectionTest.test.passed');
  });

  it('9. forgetting the certificate changes what the password was saved for: the test asks for it, then stops at TLS', async () => {
    await trustSection()
      .getByRole('button', { name: t('cucm.trust.forgetLabel', { fingerprint: server.fingerprint256.slice(0, 11) }), exact: true })
      .click();
    await trustSection().getByText(t('cucm.trust.none'), { exact: true }).waitFor();
    await button('cucm.test.connection').click();
    // The stored password is not sent under a trust it was not saved with: the field says so and has the focus.
    const password = field('cucm.field.password');
    await expect.poll(() => errorAt(password)).toBe(t('connectionTest.secretElsewhere.test', { host: server.host }));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id'))).toBe('cucm-password-value');
    expect(await report('cucm.test.connection').count()).toBe(0);
    await closeNotifications();
    // From the top, so the header stays where it belongs in the full-page picture; the field keeps the focus.
    await password.focus();
    await ui.stillShot('stored-password-refused-for-changed-trust');

    await password.fill(server.password);
    await expect.poll(() => errorAt(password)).toBe(null);
    await button('cucm.test.connection').click();
    const steps = await finished(report('cucm.test.connection'), 'connectionTest.test.failed');
    expect(steps.tls).toBe('failed');
    expect(pageErrors).toEqual([]);
  });
});
