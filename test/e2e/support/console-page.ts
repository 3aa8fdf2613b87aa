import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { english, translate } from '@shared/i18n/en';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import { shot } from '../../support/screenshots';

/** The English text the console shows for a message key: selectors and expectations come from the catalog. */
export const t = (key: MessageKey, params?: MessageParams) => translate(english, key, params);

/** Locators and waits every spec uses, over one page (looked up lazily: the page opens in beforeAll). */
export function consolePage(getPage: () => Page, timeout: number) {
  const page = () => getPage();
  const button = (name: string, scope: Page | Locator = page()) => scope.getByRole('button', { name, exact: true });
  const nav = (label: MessageKey) =>
    page()
      .getByRole('navigation', { name: t('nav.label') })
      .getByRole('button', { name: t(label), exact: true });

  /** Opens a select and picks one of its options by its exact text. */
  async function pickOption(input: Locator, option: string): Promise<void> {
    await input.click();
    await page().getByRole('option', { name: option, exact: true }).click();
  }

  /** Closes the toasts with their own buttons, so a screenshot shows the screen rather than the last toast. */
  async function closeNotifications(): Promise<void> {
    const close = page().locator('.mantine-Notification-root .mantine-Notification-closeButton');
    // A toast may close by itself meanwhile: then there is nothing left to click.
    for (let i = 0; i < 12 && (await close.count()) > 0; i++) {
      await close
        .first()
        .click({ timeout: 2_000 })
        .catch(() => undefined);
    }
    await expect.poll(() => page().locator('.mantine-Notification-root').count(), { timeout }).toBe(0);
  }

  /** A dialog, once its opening animation has finished (a screenshot earlier shows it half faded in). */
  async function openedDialog(title: MessageKey): Promise<Locator> {
    const found = page().getByRole('dialog', { name: t(title), exact: true });
    await found.waitFor({ timeout });
    await expect
      .poll(
        () =>
          found.evaluate((element) => {
            const { opacity, transform } = getComputedStyle(element);
            return opacity === '1' && ['none', 'matrix(1, 0, 0, 1, 0, 0)'].includes(transform) && element.getAnimations().length === 0;
          }),
        { timeout },
      )
      .toBe(true);
    return found;
  }

  /** Waits until no dialog is left, its closing animation included (the editor ignores Escape until then). */
  async function dialogsClosed(): Promise<void> {
    await expect.poll(() => page().getByRole('dialog').count(), { timeout }).toBe(0);
  }

  /** shot() once the page is still: animations finished and (unless told not to) scrolled to the top. */
  async function stillShot(name: string, { scroll = true } = {}): Promise<void> {
    await page().evaluate(async (toTop) => {
      if (toTop) window.scrollTo(0, 0);
      const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    }, scroll);
    await shot(page(), name);
  }

  return { button, nav, pickOption, closeNotifications, openedDialog, dialogsClosed, stillShot };
}

/** The error message shown at an input: the element it names in aria-describedby as its error. */
export function errorAt(input: Locator): Promise<string | null> {
  return input.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const described = document.getElementById(id);
      if (described && /error/i.test(id + ' ' + described.className)) return described.textContent?.trim() ?? '';
    }
    return null;
  });
}
