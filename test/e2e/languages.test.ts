import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogFor } from '@shared/i18n/catalogs';
import type { InterfaceLanguage } from '@shared/i18n/catalogs';
import { translate } from '@shared/i18n/en';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import type { RunningApp } from '../support/app-server';
import { useConsole } from './support/console-session';

const WAIT = { timeout: 20_000 };

/** The text the console shows in one language: selectors come from that language's catalog. */
const inLanguage = (language: InterfaceLanguage) => (key: MessageKey, params?: MessageParams) => translate(catalogFor(language), key, params);
const de = inLanguage('de');
const fr = inLanguage('fr');
/** The department each walk saves, so that every language has a change of its own in the history. */
const DEPARTMENT: Record<InterfaceLanguage, string> = { en: 'Sales', de: 'Vertrieb', fr: 'Ventes', it: 'Vendite', es: 'Ventas' };

/**
 * Words that do not fit their box: a button, tab, table header, navigation label or field whose text (or
 * value, or placeholder) is wider than the element shows it. Reported with the screenshot's name, for a
 * person to look at: the screenshots are the judgement, the walk does not fail on this by itself.
 */
async function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (element: HTMLElement) => element.offsetParent !== null && element.clientWidth > 0;
    const selector = 'button, [role="tab"], th, nav a, nav button, label, .mantine-Badge-label, .mantine-SegmentedControl-label';
    const boxes = Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => shown(element) && element.scrollWidth > element.clientWidth + 1)
      .map((element) => (element.textContent ?? '').trim());
    // An input's text is no element of its own: measured in the input's font against the room between its paddings.
    const context = document.createElement('canvas').getContext('2d')!;
    const inputs = Array.from(document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type]), input[type="search"]'))
      .filter(shown)
      .flatMap((input) => {
        const text = input.value || input.placeholder;
        const style = getComputedStyle(input);
        context.font = style.font;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return text && context.measureText(text).width > room + 1 ? [text] : [];
      });
    return [...boxes, ...inputs].map((text) => text.slice(0, 60)).filter(Boolean);
  });
}

describe('the console in German and French: follows the system, switches in the app, remembered', () => {
  // The workstation speaks Swiss German: the console starts in German without being told.
  const ui = useConsole({ timeout: WAIT.timeout, env: { LANG: 'de_CH.UTF-8' } });
  const { stillShot, closeNotifications } = ui;
  let page: Page;
  let app: RunningApp;

  const nav = (label: string) => page.getByRole('navigation').getByRole('button', { name: label, exact: true });
  const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true });

  /** A screenshot at 1440x900 after the toasts are gone, and what looked cut on it. */
  async function look(name: string): Promise<void> {
    await closeNotifications();
    await stillShot(name);
    const cut = await cutTexts(page);
    if (cut.length > 0) console.warn(`${name}: text wider than its box: ${cut.join(' | ')}`);
  }

  /** The main screens, in the language `tr` reads, each with its screenshot. */
  async function walk(language: InterfaceLanguage, tr: typeof de): Promise<void> {
    await nav(tr('nav.users')).click();
    await page.getByRole('grid', { name: tr('users.tableLabel'), exact: true }).waitFor(WAIT);
    await look(`${language}-users`);

    const grid = page.getByRole('grid', { name: tr('users.tableLabel'), exact: true });
    const editor = page.getByRole('form', { name: tr('editor.formEdit', { username: 'hans.meier' }), exact: true });
    await grid.getByRole('gridcell', { name: 'hans.meier', exact: true }).click();
    await editor.waitFor(WAIT);
    await look(`${language}-editor`);
    // A change saved in this language, so that the history and the audit log have something to say.
    await editor.getByLabel(tr('field.department'), { exact: true }).fill(DEPARTMENT[language]);
    await page.getByRole('button', { name: tr('editor.save'), exact: true }).click();
    await grid.waitFor(WAIT);
    await grid.getByRole('gridcell', { name: 'hans.meier', exact: true }).click();
    await editor.waitFor(WAIT);
    await page.getByRole('tab', { name: tr('audit.history.tab'), exact: true }).click();
    await page.getByRole('table', { name: tr('audit.history.tableLabel', { username: 'hans.meier' }), exact: true }).waitFor(WAIT);
    await look(`${language}-editor-history`);

    const screens: [string, MessageKey, MessageKey][] = [
      ['defaults', 'nav.defaults', 'defaults.title'],
      ['security', 'settings.section.security', 'security.title'],
      ['import', 'nav.import', 'importWizard.title'],
      ['cucm-import', 'nav.cucmImport', 'cucmImport.title'],
      ['ldap', 'nav.ldap', 'ldap.title'],
      ['audit', 'nav.audit', 'nav.audit'],
    ];
    for (const [name, label, title] of screens) {
      await nav(tr(label)).click();
      await heading(tr(title)).waitFor(WAIT);
      await look(`${language}-${name}`);
    }
    // No placeholder reached the screen unfilled.
    expect(await page.locator('body').innerText()).not.toMatch(/\{[a-z]\w*\}/i);
  }

  beforeAll(async () => {
    ({ page, app } = await ui.open());
  });

  it('1. on first start the console speaks the operating system’s language (de_CH: German)', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    await page.getByRole('button', { name: de('welcome.demo'), exact: true }).waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await look('de-welcome');
    await page.getByRole('button', { name: de('welcome.demo'), exact: true }).click();
    await page.getByRole('grid', { name: de('users.tableLabel'), exact: true }).waitFor(WAIT);
  });

  it('2. a walk through the main screens in German', async () => {
    await walk('de', de);
  });

  it('3. choosing Français in the header switches every screen at once, without a reload', async () => {
    await nav(de('nav.users')).click();
    await page.getByRole('banner').getByLabel(de('interfaceLanguage.label'), { exact: true }).click();
    await page.getByRole('option', { name: 'Français', exact: true }).click();
    await nav(fr('nav.users')).waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await walk('fr', fr);
  });

  it('4. the choice is remembered: a reload comes back in French', async () => {
    await page.reload();
    await nav(fr('nav.users')).waitFor(WAIT);
    const prefs = await page.evaluate(async () =>
      (window as unknown as { roster: { invoke(c: string, i: unknown): Promise<{ value: { language: string } }> } }).roster.invoke('prefs.get', {}),
    );
    expect(prefs.value.language).toBe('fr');
  });

  it.each([
    ['it', 'Italiano'],
    ['es', 'Español'],
  ] as const)('5. the same walk in %s, chosen as %s (the other two catalogs, looked at for cut text too)', async (language, name) => {
    const tr = inLanguage(language);
    await page.getByRole('banner').getByLabel(fr('interfaceLanguage.label'), { exact: true }).click();
    await page.getByRole('option', { name, exact: true }).click();
    await nav(tr('nav.users')).waitFor(WAIT);
    await walk(language, tr);
    // Back to French for the next language's switch, which looks for the French label.
    await page.getByRole('banner').getByLabel(tr('interfaceLanguage.label'), { exact: true }).click();
    await page.getByRole('option', { name: 'Français', exact: true }).click();
    await nav(fr('nav.users')).waitFor(WAIT);
  });
});
