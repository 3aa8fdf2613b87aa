import type { Locator, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import { PORT_RANGE } from '@shared/rules/network-rules';
import { errorAt, t, useConsole } from './support/console-session';

// Settings > End user in the demo site: Microsoft Teams presence refused and then accepted, its secrets
// kept across a reload (shown as "Set" only), and a CUPS port out of range refused at the field.

const WAIT = { timeout: 10_000 };

const APP_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const TENANT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const NOTIFY_URL = 'https://callisto.example.com/presence/notify';
const CLIENT_SECRET = 'Zq8~e2e-client-secret-value';
const BOTS = [
  { username: 'presence.bot1@example.com', password: 'Bot-one-Pass-1!' },
  { username: 'presence.bot2@example.com', password: 'Bot-two-Pass-2!' },
];

describe('Settings > End user: presence services (browser mode)', () => {
  const ui = useConsole({ timeout: WAIT.timeout });
  const { button, nav, closeNotifications, stillShot: snap } = ui;
  let page: Page;

  const form = () => page.getByRole('form', { name: t('settings.section.endUser'), exact: true });
  const field = (label: MessageKey, scope: Locator = form()) => scope.getByLabel(t(label), { exact: true });
  const radio = (label: MessageKey) => form().getByRole('radio', { name: t(label), exact: true });
  const integrationUser = (n: number) => form().getByRole('group', { name: t('endUser.integrationUser.legend', { n }), exact: true });

  async function expectErrorAt(input: Locator, message: string | null) {
    await expect.poll(() => errorAt(input), WAIT).toBe(message);
    // Mantine's PasswordInput marks its wrapper, not the inner input, as invalid: there the message suffices.
    if (message !== null && (await input.getAttribute('type')) !== 'password') {
      await expect.poll(() => input.getAttribute('aria-invalid'), WAIT).toBe('true');
    }
  }

  async function openEndUser() {
    await nav('settings.section.endUser').click();
    await page.getByRole('heading', { level: 2, name: t('settings.section.endUser'), exact: true }).waitFor(WAIT);
    await form().waitFor(WAIT);
  }

  beforeAll(async () => {
    ({ page } = await ui.open());
    await ui.openDemoSite();
    await page.getByLabel(t('header.siteLabel', { site: t('welcome.demo.siteName') }), { exact: true }).waitFor(WAIT);
  });

  beforeEach(async () => {
    if (page && !page.isClosed()) await closeNotifications();
  });

  it('1. opens with CUCM authentication off and no presence service', async () => {
    await openEndUser();
    expect(await field('endUser.useCucmAuthentication').isChecked()).toBe(false);
    expect(await radio('endUser.service.none').isChecked()).toBe(true);
    await form().getByText(t('endUser.noService'), { exact: true }).waitFor(WAIT);
    expect(await button(t('endUser.save')).isDisabled()).toBe(true);
    await snap('end-user-initial');
  });

  it('2. Microsoft Teams: a bad GUID and an http:// notification URL are refused at their fields', async () => {
    await radio('endUser.service.teams').check();
    await field('endUser.teams.activated').check();
    await field('endUser.teams.applicationId').fill('0f8fad5b-d9cb-469f-a165');
    await field('endUser.teams.notificationUrl').fill('http://callisto.example.com/presence/notify');

    await expectErrorAt(field('endUser.teams.applicationId'), t('rule.guid.format'));
    await expectErrorAt(field('endUser.teams.notificationUrl'), t('rule.url.https'));
    // Activated, the service also says which required fields are still empty.
    await expectErrorAt(field('endUser.teams.tenantId'), t('rule.endUser.teams.required'));
    await expectErrorAt(field('endUser.teams.domain'), t('rule.endUser.teams.required'));
    await expectErrorAt(field('endUser.teams.clientSecret'), t('rule.endUser.teams.clientSecretRequired'));
    // Optional fields stay quiet.
    await expectErrorAt(field('endUser.teams.certificateId'), null);
    await snap('teams-bad-guid-and-http-url');

    // Saving is refused before main is asked; the form stays as typed.
    await page.keyboard.press('Control+s');
    await expectErrorAt(field('endUser.teams.applicationId'), t('rule.guid.format'));
    expect(await field('endUser.teams.applicationId').inputValue()).toBe('0f8fad5b-d9cb-469f-a165');
  });

  it('3. corrected, with a client secret and two integration users, it saves with Ctrl+S', async () => {
    await field('endUser.useCucmAuthentication').check();
    await field('endUser.teams.applicationId').fill(APP_ID);
    await field('endUser.teams.tenantId').fill(TENANT_ID);
    await field('endUser.teams.notificationUrl').fill(NOTIFY_URL);
    await field('endUser.teams.domain').fill('example.com');
    await field('endUser.teams.clientSecretId').fill('e2e-secret-id');
    await field('endUser.teams.clientSecret').fill(CLIENT_SECRET);
    for (const label of ['applicationId', 'tenantId', 'notificationUrl', 'domain', 'clientSecret'] as const) {
      await expectErrorAt(field(`endUser.teams.${label}`), null);
    }

    await form().getByText(t('endUser.integrationUsers.none'), { exact: true }).waitFor(WAIT);
    for (const [index, bot] of BOTS.entries()) {
      await button(t('endUser.integrationUsers.add')).click();
      const row = integrationUser(index + 1);
      await row.waitFor(WAIT);
      // A new row asks for what it lacks.
      await expectErrorAt(field('endUser.integrationUser.password', row), t('rule.endUser.integrationUser.password.required'));
      await field('endUser.integrationUser.username', row).fill(bot.username);
      await field('endUser.integrationUser.password', row).fill(bot.password);
      await expectErrorAt(field('endUser.integrationUser.username', row), null);
      await expectErrorAt(field('endUser.integrationUser.password', row), null);
    }
    await form()
      .getByText(t('endUser.integrationUsers.count', { count: 2, max: 30 }), { exact: true })
      .waitFor(WAIT);
    // A username typed twice is refused at the second one, as you type.
    await field('endUser.integrationUser.username', integrationUser(2)).fill('Presence.Bot1@example.com');
    await expectErrorAt(
      field('endUser.integrationUser.username', integrationUser(2)),
      t('rule.endUser.integrationUser.duplicate', { username: 'Presence.Bot1@example.com' }),
    );
    await snap('teams-duplicate-integration-user');
    await field('endUser.integrationUser.username', integrationUser(2)).fill(BOTS[1]!.username);
    await expectErrorAt(field('endUser.integrationUser.username', integrationUser(2)), null);
    await snap('teams-filled-in');

    await field('endUser.teams.domain').press('Control+s');
    await page.getByText(t('endUser.saved'), { exact: true }).waitFor(WAIT);
    // Saved: nothing left to save, and the secrets are now shown by status only.
    await expect.poll(() => button(t('endUser.save')).isDisabled(), WAIT).toBe(true);
    await button(t('secret.replace', { name: t('endUser.teams.clientSecret') })).waitFor(WAIT);
    await snap('teams-saved');
  });

  it('4. after a reload the values are kept and the secrets show "Set", never their values', async () => {
    await page.reload({ waitUntil: 'load' });
    await page.getByLabel(t('header.siteLabel', { site: t('welcome.demo.siteName') }), { exact: true }).waitFor(WAIT);
    await openEndUser();

    expect(await field('endUser.useCucmAuthentication').isChecked()).toBe(true);
    expect(await radio('endUser.service.teams').isChecked()).toBe(true);
    expect(await field('endUser.teams.activated').isChecked()).toBe(true);
    expect(await field('endUser.teams.applicationId').inputValue()).toBe(APP_ID);
    expect(await field('endUser.teams.tenantId').inputValue()).toBe(TENANT_ID);
    expect(await field('endUser.teams.notificationUrl').inputValue()).toBe(NOTIFY_URL);
    expect(await field('endUser.teams.clientSecretId').inputValue()).toBe('e2e-secret-id');
    expect(await field('endUser.teams.domain').inputValue()).toBe('example.com');

    // The client secret: a "Set" status with Replace and Clear, no input holding a value.
    await form().getByText(t('endUser.teams.clientSecret'), { exact: true }).waitFor(WAIT);
    await button(t('secret.replace', { name: t('endUser.teams.clientSecret') })).waitFor(WAIT);
    await button(t('secret.clear', { name: t('endUser.teams.clientSecret') })).waitFor(WAIT);
    await form().getByText(t('secret.set'), { exact: true }).waitFor(WAIT);
    expect(await field('endUser.teams.clientSecret').count()).toBe(0);

    for (const [index, bot] of BOTS.entries()) {
      const row = integrationUser(index + 1);
      expect(await field('endUser.integrationUser.username', row).inputValue()).toBe(bot.username);
      const password = field('endUser.integrationUser.password', row);
      expect(await password.inputValue()).toBe('');
      await row.getByText(t('endUser.integrationUser.passwordSet'), { exact: true }).waitFor(WAIT);
    }
    expect(await integrationUser(3).count()).toBe(0);
    const html = await page.content();
    for (const secret of [CLIENT_SECRET, ...BOTS.map((bot) => bot.password)]) expect(html).not.toContain(secret);
    expect(await button(t('endUser.save')).isDisabled()).toBe(true);
    await snap('teams-after-reload');
  });

  it('5. Cisco Unified Presence Server with port 70000 is refused at the port, and nothing is saved', async () => {
    await radio('endUser.service.cups').check();
    await field('endUser.cups.activated').check();
    await field('endUser.cups.host').fill('cups.example.com');
    await field('endUser.cups.domain').fill('example.com');
    await field('endUser.cups.port').fill('70000');
    await expectErrorAt(field('endUser.cups.port'), t('rule.port.range', { ...PORT_RANGE }));
    await expectErrorAt(field('endUser.cups.host'), null);
    // The field keeps what was typed (no silent clamping to 65535).
    expect(await field('endUser.cups.port').inputValue()).toBe('70000');
    await form().getByText(t('endUser.cups.portHint'), { exact: true }).waitFor(WAIT);

    await field('endUser.cups.port').press('Control+s');
    await expectErrorAt(field('endUser.cups.port'), t('rule.port.range', { ...PORT_RANGE }));
    expect(await page.getByText(t('endUser.saved'), { exact: true }).count()).toBe(0);
    await snap('cups-port-70000-refused');

    // Leaving with the refused change asks first; keeping the edit stays on the screen.
    await nav('nav.users').click();
    const dialog = page.getByRole('dialog', { name: t('confirm.discard.title'), exact: true });
    await dialog.waitFor(WAIT);
    await snap('cups-leave-guard');
    await button(t('confirm.discard.keep'), dialog).click();
    await expect.poll(() => page.getByRole('dialog').count(), WAIT).toBe(0);
    expect(await field('endUser.cups.port').inputValue()).toBe('70000');

    // Discarded, the stored settings are still those of step 3: the refused CUPS change never reached main.
    await nav('nav.users').click();
    await dialog.waitFor(WAIT);
    await button(t('confirm.discard.confirm'), dialog).click();
    await page.getByRole('heading', { level: 2, name: t('users.title'), exact: true }).waitFor(WAIT);
    await openEndUser();
    expect(await radio('endUser.service.teams').isChecked()).toBe(true);
    expect(await field('endUser.teams.applicationId').inputValue()).toBe(APP_ID);
  });

  it('6. at 30 integration users the add button is disabled and says why', async () => {
    const add = button(t('endUser.integrationUsers.add'));
    for (let n = 3; n <= 30; n++) await add.click();
    await integrationUser(30).waitFor(WAIT);
    expect(await add.isDisabled()).toBe(true);
    await form()
      .getByText(t('endUser.integrationUsers.full', { max: 30 }), { exact: true })
      .waitFor(WAIT);
    await form()
      .getByText(t('endUser.integrationUsers.count', { count: 30, max: 30 }), { exact: true })
      .waitFor(WAIT);
    await snap('teams-30-integration-users');

    // Removing one makes room again.
    await button(t('endUser.integrationUser.remove', { n: 30 })).click();
    await expect.poll(() => add.isDisabled(), WAIT).toBe(false);
    expect(
      await form()
        .getByText(t('endUser.integrationUsers.full', { max: 30 }), { exact: true })
        .count(),
    ).toBe(0);
  });
});
