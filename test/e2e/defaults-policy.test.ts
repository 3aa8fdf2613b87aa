import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { POLICY_PARAMS } from '@shared/rules/secret-policy';
import { errorAt, t, useConsole } from './support/console-session';

const WAIT = 10_000;

describe('default values: the initial password and PIN are checked against the security policy as typed', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, stillShot } = ui;
  let page: Page;

  const defaultsForm = () => page.getByRole('form', { name: t('defaults.title'), exact: true });
  const securityForm = () => page.getByRole('form', { name: t('security.form'), exact: true });
  const field = (form: Locator, label: string) => form.getByLabel(label, { exact: true });
  const expectErrorAt = (input: Locator, message: string | null) => expect.poll(() => errorAt(input), { timeout: WAIT }).toBe(message);
  const policy = (key: Parameters<typeof t>[0]) => t(key, { ...POLICY_PARAMS });

  /** The default PIN and initial password inputs (after Replace, when the site has them already). */
  async function openDefaults(): Promise<{ pin: Locator; pinConfirmation: Locator; password: Locator; confirmation: Locator }> {
    await nav('nav.defaults').click();
    const form = defaultsForm();
    await form.waitFor();
    for (const label of ['defaults.pin', 'defaults.initialPassword'] as const) {
      const replace = form.getByRole('button', { name: t('secret.replace', { name: t(label) }), exact: true });
      if ((await replace.count()) > 0) await replace.click();
    }
    return {
      pin: field(form, t('defaults.pin')),
      pinConfirmation: field(form, t('defaults.pinConfirm')),
      password: field(form, t('defaults.initialPassword')),
      confirmation: field(form, t('defaults.initialPasswordConfirm')),
    };
  }

  beforeAll(async () => {
    ({ page } = await ui.open());
    await ui.openDemoSite();
    await page.getByRole('grid', { name: t('users.tableLabel'), exact: true }).waitFor({ timeout: 15_000 });
  });

  it('1. with the policy off, any PIN and password are taken as typed', async () => {
    const { pin, password } = await openDefaults();
    await pin.fill('1234');
    await password.fill('abc');
    await expectErrorAt(pin, null);
    // Only the confirmation has something to say (it is still empty), never the policy.
    await expectErrorAt(password, null);
    // Emptied again: nothing to save, so leaving the screen does not ask.
    await pin.fill('');
    await password.fill('');
    await expect
      .poll(
        () =>
          defaultsForm()
            .getByRole('button', { name: t('defaults.save'), exact: true })
            .isDisabled(),
        { timeout: WAIT },
      )
      .toBe(true);
  });

  it('2. with secure PINs and passwords on, each field says which rule it breaks while it is typed', async () => {
    await nav('settings.section.security').click();
    const security = securityForm();
    await security.waitFor();
    await field(security, t('security.securePins')).click({ force: true });
    await field(security, t('security.securePasswords')).click({ force: true });
    await security.getByRole('button', { name: t('security.save'), exact: true }).click();
    await page.locator('.mantine-Notification-root').getByText(t('security.saved'), { exact: true }).waitFor();
    await closeNotifications();

    const { pin, pinConfirmation, password, confirmation } = await openDefaults();
    await pin.fill('1234');
    await expectErrorAt(pin, policy('policy.pin.run'));
    await pin.fill('3885');
    await expectErrorAt(pin, policy('policy.pin.sameNeighbour'));
    await password.fill('welcome');
    await expectErrorAt(password, policy('policy.password.length'));
    await password.fill('welcome-2026');
    await expectErrorAt(password, policy('policy.password.upper'));
    await stillShot('defaults-policy-while-typing');

    // Nothing was saved to get these messages; fixing the values clears them and the save goes through.
    await pin.fill('7391');
    // The PIN is typed twice, like the password: a differing confirmation is refused at the field.
    await pinConfirmation.fill('7392');
    await expectErrorAt(pinConfirmation, t('rule.pin.confirmation'));
    await pinConfirmation.fill('7391');
    await expectErrorAt(pinConfirmation, null);
    await password.fill('Welcome-2026');
    await confirmation.fill('Welcome-2026');
    await expectErrorAt(pin, null);
    await expectErrorAt(password, null);
    await defaultsForm()
      .getByRole('button', { name: t('defaults.save'), exact: true })
      .click();
    await page.locator('.mantine-Notification-root').getByText(t('defaults.saved'), { exact: true }).waitFor();
    await stillShot('defaults-saved-with-secure-secrets');
  });
});
