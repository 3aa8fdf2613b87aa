import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import type { RunningApp } from '../support/app-server';
import type { ChromiumSession } from '../support/chromium';
import { consolePage } from './support/console-page';
import { t, useConsole } from './support/console-session';

// WCAG 2.2 AA in a zoomed window and for the keyboard: at 200% (1440x900 seen as 720x450 CSS pixels) and at
// 150% on a 1280x720 laptop (853x480) every section of the sidebar can be scrolled to and picked, focus is
// never hidden under the header or the editor's sticky bar, focus lands on the new screen after every change
// of screen, the skip link comes first, the show-password button and the shortcut hints work from the keyboard.

/** Waiting limit for one visible state. */
const WAIT = 10_000;

const SECTIONS: MessageKey[] = ['nav.users', 'nav.deleted', 'nav.groups', 'nav.defaults', 'nav.pool', 'nav.import', 'nav.cucmImport', 'nav.imports'];
const SETTINGS: MessageKey[] = ['settings.section.security', 'settings.section.endUser', 'nav.ldap', 'nav.cucm', 'nav.audit'];
const ALL_SECTIONS = [...SECTIONS, ...SETTINGS];

/** Viewport pictures (what the administrator sees without scrolling), beside the numbered full-page ones. */
const viewDir = 'test-results/screenshots';

/** What has focus: its tag, its accessible text, and whether it is inside the main region. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', text: '', inMain: false, id: '' };
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      inMain: Boolean(element.closest('main')),
      id: element.id,
    };
  });
}

/**
 * Where the focused control is against what may cover it: the fixed header and any sticky bar stuck under it
 * (not the one holding focus), and the bottom of the window. A visually hidden input (a switch, a star of the
 * rating) is measured by the control drawn for it.
 */
function focusPlacement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    let rect = element.getBoundingClientRect();
    if (rect.width < 4 || rect.height < 4) rect = (element.closest('label') ?? element.parentElement ?? element).getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect();
    const headerBottom = header?.bottom ?? 0;
    // Sticky bars stuck right under the header, over the focused control's column (not a table's own
    // sticky header row, which sticks inside the table's scroller).
    const stuck = Array.from(document.querySelectorAll<HTMLElement>('main *')).filter((e) => {
      if (e.contains(element) || getComputedStyle(e).position !== 'sticky') return false;
      const box = e.getBoundingClientRect();
      return box.top <= headerBottom + 2 && box.left < rect.right && box.right > rect.left;
    });
    const coveredTo = Math.max(headerBottom, ...stuck.map((e) => e.getBoundingClientRect().bottom));
    const label =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent;
    return { label: (label ?? '').trim().slice(0, 60), top: rect.top, bottom: rect.bottom, coveredTo, windowHeight: window.innerHeight };
  });
}

/** Fails unless the focused control lies wholly between whatever covers the top of the window and its bottom. */
async function expectFocusInSight(page: Page, where: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const at = await focusPlacement(page);
        if (!at) return 'nothing focused';
        const hidden = at.top < at.coveredTo - 1 || at.bottom > at.windowHeight + 1;
        return hidden
          ? `“${at.label}” at ${Math.round(at.top)}-${Math.round(at.bottom)}, covered to ${Math.round(at.coveredTo)} of ${at.windowHeight}`
          : 'in sight';
      },
      { timeout: 2_000, message: where },
    )
    .toBe('in sight');
}

/** The heading levels shown, in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'))
      .filter((h) => h.getClientRects().length > 0)
      .map((h) => Number(h.tagName[1])),
  );
}

async function expectHeadingOutline(page: Page, screen: string): Promise<void> {
  const levels = await headingLevels(page);
  expect(
    levels.filter((level) => level === 1),
    `one h1 on ${screen}`,
  ).toHaveLength(1);
  expect(levels[0], `the h1 comes first on ${screen}`).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `no heading level skipped on ${screen} (${levels.join(' ')})`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });
}

describe('zoom and keyboard focus (WCAG 1.4.10, 2.4.1, 2.4.3, 2.4.11)', () => {
  const ui = useConsole({ timeout: WAIT });
  const { button, closeNotifications, nav } = ui;
  let app: RunningApp;
  let chromium: ChromiumSession;
  let page: Page;
  const contexts: BrowserContext[] = [];
  /** Whether the first sign-in address has been used. */
  let signedIn = false;

  // The users list, a table or (for keyboard navigation) a grid; a user opened by a click on the username.
  const usersTable = (p: Page) =>
    p.getByRole('grid', { name: t('users.tableLabel'), exact: true }).or(p.getByRole('table', { name: t('users.tableLabel'), exact: true }));
  const openFred = (p: Page) => usersTable(p).getByText('fred.bloggs', { exact: true }).click();
  const heading = (p: Page, name: string) => p.getByRole('main').getByRole('heading', { name, exact: true });

  /** Waits until focus is on the main region's heading of this name. */
  async function expectFocusOnHeading(p: Page, name: string): Promise<void> {
    await expect.poll(() => focused(p), { timeout: WAIT }).toMatchObject({ tag: 'h2', text: name, inMain: true });
  }

  /** A browser window of `width` x `height` screen pixels at `zoom`: the page lays out in width/zoom CSS pixels. */
  async function zoomedPage(width: number, height: number, zoom: number): Promise<Page> {
    const context = await chromium.browser.newContext({
      viewport: { width: Math.round(width / zoom), height: Math.round(height / zoom) },
      deviceScaleFactor: zoom,
    });
    contexts.push(context);
    const zoomed = await context.newPage();
    zoomed.setDefaultTimeout(WAIT);
    // Sign-in addresses work once: each window takes the next one printed (the first, run on its own).
    await zoomed.goto(signedIn ? await app.signInUrl() : app.url, { waitUntil: 'load' });
    signedIn = true;
    const demo = zoomed.getByRole('button', { name: t('welcome.demo'), exact: true });
    await usersTable(zoomed).or(demo).first().waitFor();
    if (await demo.isVisible()) await demo.click();
    await usersTable(zoomed).waitFor();
    await consolePage(() => zoomed, WAIT).closeNotifications();
    return zoomed;
  }

  async function viewShot(p: Page, name: string): Promise<void> {
    mkdirSync(viewDir, { recursive: true });
    await p.evaluate(async () => {
      const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
      await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    });
    await p.screenshot({ path: `${viewDir}/zoom-focus-view-${name}.png` });
  }

  /**
   * From the screen's last control, Shift+Tab back until `done` (the editor's Save button in its sticky bar,
   * or leaving the main region): no control on the way is hidden under the header or a sticky bar, nor below
   * the window.
   */
  async function walkBackwards(p: Page, where: string, done: () => Promise<boolean>): Promise<number> {
    await p.evaluate(() => {
      const tabbable = Array.from(document.querySelectorAll<HTMLElement>('main input, main button, main a[href], main [tabindex="0"]')).filter(
        (e) => !e.hasAttribute('disabled') && e.tabIndex >= 0 && e.getClientRects().length > 0,
      );
      tabbable.at(-1)?.focus();
    });
    let steps = 0;
    for (; steps < 150; steps++) {
      if (await done()) break;
      await expectFocusInSight(p, `${where}, ${steps} steps back`);
      await p.keyboard.press('Shift+Tab');
    }
    expect(steps, `${where}: Shift+Tab came back to the top`).toBeLessThan(150);
    return steps;
  }

  const walkEditorBackwards = (p: Page, where: string) =>
    walkBackwards(p, where, () =>
      p
        .getByRole('main')
        .getByRole('button', { name: t('editor.save'), exact: true })
        .evaluate((element) => element === document.activeElement),
    );
  const walkScreenBackwards = (p: Page, where: string) => walkBackwards(p, where, async () => !(await focused(p)).inMain);

  beforeAll(async () => {
    ({ app, chromium, page } = await ui.open());
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
  });

  it('1. the skip link is the first Tab stop, shows when focused and moves focus to the main region', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    signedIn = true;
    await heading(page, t('welcome.title')).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: t('shell.skipToMain') });
    const skip = page.getByRole('link', { name: t('shell.skipToMain'), exact: true });
    await expect.poll(() => skip.evaluate((element) => element.getBoundingClientRect().top >= 0)).toBe(true);
    await ui.stillShot('skip-link-focused');

    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'main', id: 'roster-main' });
    // The next Tab goes into the screen, not back to the header.
    await page.keyboard.press('Tab');
    expect((await focused(page)).inMain).toBe(true);
  });

  it('2. opening a site puts focus on the users list heading; landmarks and headings are in order', async () => {
    await button(t('welcome.demo')).click();
    await usersTable(page).waitFor();
    await expectFocusOnHeading(page, t('users.title'));

    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    // One navigation landmark, named (the navbar itself; no unnamed one around it).
    expect(await page.getByRole('navigation').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: t('nav.label'), exact: true }).count()).toBe(1);
    await expectHeadingOutline(page, 'the users list');
  });

  it('3. after picking a section in the sidebar, by mouse or keyboard, focus is on that screen', async () => {
    await closeNotifications();
    for (const [i, label] of ALL_SECTIONS.entries()) {
      // Every other one by the keyboard: Enter on the focused sidebar item.
      if (i % 2 === 0) await nav(label).click();
      else {
        await nav(label).focus();
        await page.keyboard.press('Enter');
      }
      await expect.poll(() => focused(page), { timeout: WAIT, message: t(label) }).toMatchObject({ tag: 'h2', inMain: true });
      await expectHeadingOutline(page, t(label));
    }
    await nav('nav.users').click();
    await expectFocusOnHeading(page, t('users.title'));
  });

  it('4. opening a user puts focus on the editor heading, a new user on its first field, leaving on the list', async () => {
    await openFred(page);
    await expectFocusOnHeading(page, t('editor.editTitle', { username: 'fred.bloggs' }));
    await expectHeadingOutline(page, 'the editor');

    await page.keyboard.press('Escape');
    await usersTable(page).waitFor();
    await expect.poll(() => focused(page), { timeout: WAIT }).toMatchObject({ inMain: true });

    await button(t('users.new')).click();
    await expect.poll(() => focused(page), { timeout: WAIT }).toMatchObject({ tag: 'input', id: 'user-username' });
  });

  it('5. the show-password buttons are reached by Tab, named, and show the value', async () => {
    const form = page.getByRole('form', { name: t('editor.formNew'), exact: true });
    const password = form.getByLabel(t('field.password'), { exact: true });
    await password.fill('Secret-123');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: t('secret.show', { name: t('field.password') }) });
    const toggle = form.getByRole('button', { name: t('secret.show', { name: t('field.password') }), exact: true });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Space');
    expect(await password.getAttribute('type')).toBe('text');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // The PIN's as well.
    await form.getByLabel(t('field.pin'), { exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: t('secret.show', { name: t('field.pin') }) });
  });

  it('6. a shortcut hint shows on keyboard focus, and Escape closes the hint before it leaves the editor', async () => {
    await page.getByRole('button', { name: t('editor.saveAndNew'), exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'button', text: t('editor.save') });
    const hint = page.getByRole('tooltip', { name: t('editor.saveHint'), exact: true });
    await hint.waitFor();
    await ui.stillShot('save-hint-on-focus', { scroll: false });

    await page.keyboard.press('Escape');
    await hint.waitFor({ state: 'detached' });
    expect(await page.getByRole('form', { name: t('editor.formNew'), exact: true }).isVisible(), 'still in the editor').toBe(true);
    await page.keyboard.press('Escape');
    // The password typed above makes the form dirty: leaving asks first.
    const discard = await ui.openedDialog('confirm.discard.title');
    await discard.getByRole('button', { name: t('confirm.discard.confirm'), exact: true }).click();
    await ui.dialogsClosed();
    await expectFocusOnHeading(page, t('users.title'));
  });

  it('7. at 100%, Shift+Tab back through the editor never leaves a field under the sticky bar', async () => {
    await closeNotifications();
    await openFred(page);
    await expectFocusOnHeading(page, t('editor.editTitle', { username: 'fred.bloggs' }));
    const steps = await walkEditorBackwards(page, 'at 100%');
    expect(steps, 'a whole form walked').toBeGreaterThan(20);
    await button(t('editor.cancel')).click();
    await usersTable(page).waitFor();
  });

  it('8. at 200% every section can be reached from the menu button, by mouse and by Tab, and opens with focus on it', async () => {
    const zoomed = await zoomedPage(1440, 900, 2);
    const menu = zoomed.getByRole('banner').getByRole('button', { name: t('nav.toggle'), exact: true });
    const sidebar = zoomed.getByRole('navigation', { name: t('nav.label'), exact: true });
    const item = (label: MessageKey) => sidebar.getByRole('button', { name: t(label), exact: true });
    await viewShot(zoomed, '200-users-light');
    await expectHeadingOutline(zoomed, 'the users list at 200%');

    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await item('nav.users').waitFor();
    await viewShot(zoomed, '200-menu-open');

    // By mouse: the list scrolls (wheel over it) until the last section shows, then each one is clicked.
    await sidebar.hover();
    await zoomed.mouse.wheel(0, 2000);
    await expect.poll(() => item('nav.audit').evaluate((e) => e.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    for (const label of ALL_SECTIONS) {
      if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
      await item(label).scrollIntoViewIfNeeded();
      await item(label).click();
      await expect.poll(() => focused(zoomed), { timeout: WAIT, message: t(label) }).toMatchObject({ tag: 'h2', inMain: true });
      // Picking a section folds the menu away.
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
    }

    // By keyboard: Tab from the menu button reaches every section, each one in sight when focused.
    await menu.click();
    await item('nav.users').focus();
    for (const [i, label] of ALL_SECTIONS.entries()) {
      if (i > 0) await zoomed.keyboard.press('Tab');
      expect(await focused(zoomed)).toMatchObject({ tag: 'button', text: expect.stringContaining(t(label)) as unknown });
      await expectFocusInSight(zoomed, `${t(label)} focused at 200%`);
    }
    // The screen under the open menu is out of reach; Escape folds the menu and returns to its button.
    expect(await zoomed.locator('main').getAttribute('inert')).not.toBeNull();
    await zoomed.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(zoomed)).toMatchObject({ text: t('nav.toggle') });
    expect(await zoomed.locator('main').getAttribute('inert')).toBeNull();
    await menu.click();
    await item('nav.users').click();
    await usersTable(zoomed).waitFor();
  });

  it('9. at 200% the editor keeps every field in sight going back with Shift+Tab; pictures in light and dark', async () => {
    const zoomed = await zoomedPage(1440, 900, 2);
    const z = consolePage(() => zoomed, WAIT);
    await openFred(zoomed);
    await expectFocusOnHeading(zoomed, t('editor.editTitle', { username: 'fred.bloggs' }));
    await viewShot(zoomed, '200-editor-light');
    await walkEditorBackwards(zoomed, 'at 200%');
    await z.button(t('editor.cancel')).click();
    await usersTable(zoomed).waitFor();

    // The settings screens too, under the fixed header.
    const menu = zoomed.getByRole('banner').getByRole('button', { name: t('nav.toggle'), exact: true });
    const section = (label: MessageKey) =>
      zoomed.getByRole('navigation', { name: t('nav.label'), exact: true }).getByRole('button', { name: t(label), exact: true });
    for (const label of ['settings.section.security', 'nav.ldap', 'nav.defaults'] as const) {
      await menu.click();
      await section(label).click();
      await expect.poll(() => focused(zoomed), { timeout: WAIT }).toMatchObject({ tag: 'h2', inMain: true });
      expect(await walkScreenBackwards(zoomed, `${t(label)} at 200%`), `${t(label)}: a whole screen walked`).toBeGreaterThan(5);
    }
    await menu.click();
    await section('nav.users').click();
    await usersTable(zoomed).waitFor();
    await zoomed
      .getByRole('group', { name: t('scheme.label'), exact: true })
      .getByText(t('scheme.dark'), { exact: true })
      .click();
    await expect.poll(() => zoomed.locator('html').getAttribute('data-mantine-color-scheme')).toBe('dark');
    await viewShot(zoomed, '200-users-dark');
    await openFred(zoomed);
    await expectFocusOnHeading(zoomed, t('editor.editTitle', { username: 'fred.bloggs' }));
    await viewShot(zoomed, '200-editor-dark');
    await z.button(t('editor.cancel')).click();

    // A dialog at 200%, in dark and then light.
    const newSiteDialogShot = async (name: string) => {
      await zoomed
        .getByRole('banner')
        .getByRole('button', { name: t('menu.file'), exact: true })
        .click();
      await zoomed.getByRole('menuitem', { name: t('menu.newSite'), exact: true }).click();
      await z.openedDialog('site.new.title');
      await viewShot(zoomed, name);
      await zoomed.keyboard.press('Escape');
      await z.dialogsClosed();
    };
    await newSiteDialogShot('200-dialog-dark');
    await zoomed
      .getByRole('group', { name: t('scheme.label'), exact: true })
      .getByText(t('scheme.light'), { exact: true })
      .click();
    await newSiteDialogShot('200-dialog-light');
  });

  it('10. at 150% on a 1280x720 laptop the sidebar stays beside the screen and scrolls to its last section', async () => {
    const zoomed = await zoomedPage(1280, 720, 1.5);
    const sidebar = zoomed.getByRole('navigation', { name: t('nav.label'), exact: true });
    const item = (label: MessageKey) => sidebar.getByRole('button', { name: t(label), exact: true });
    expect(await zoomed.getByRole('button', { name: t('nav.toggle'), exact: true }).count(), 'no menu button: the sidebar is shown').toBe(0);
    await viewShot(zoomed, '150-users');
    // The last sections are below the window until the sidebar is scrolled.
    expect(await item('nav.audit').evaluate((e) => e.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    await sidebar.hover();
    await zoomed.mouse.wheel(0, 2000);
    await expect.poll(() => item('nav.audit').evaluate((e) => e.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    for (const label of [...ALL_SECTIONS].reverse()) {
      await item(label).scrollIntoViewIfNeeded();
      await item(label).click();
      await expect.poll(() => focused(zoomed), { timeout: WAIT, message: t(label) }).toMatchObject({ tag: 'h2', inMain: true });
    }
    // By keyboard, each focused section is in sight.
    await item('nav.users').focus();
    for (const label of ALL_SECTIONS) {
      expect(await focused(zoomed)).toMatchObject({ tag: 'button', text: expect.stringContaining(t(label)) as unknown });
      await expectFocusInSight(zoomed, `${t(label)} focused at 150%`);
      await zoomed.keyboard.press('Tab');
    }
    await item('nav.users').click();
    await openFred(zoomed);
    await expectFocusOnHeading(zoomed, t('editor.editTitle', { username: 'fred.bloggs' }));
    await walkEditorBackwards(zoomed, 'at 150%');
  });

  it('11. at 150% on a 1440x900 screen the editor bar stays sticky (wrapped) and still hides no field', async () => {
    const zoomed = await zoomedPage(1440, 900, 1.5);
    await openFred(zoomed);
    await expectFocusOnHeading(zoomed, t('editor.editTitle', { username: 'fred.bloggs' }));
    const bar = zoomed.getByRole('main').getByRole('button', { name: t('editor.save'), exact: true });
    expect(await bar.evaluate((button) => getComputedStyle(button.closest('form > div > div')!).position)).toBe('sticky');
    await walkEditorBackwards(zoomed, 'at 150% of 1440x900');
    await viewShot(zoomed, '150-editor-save-focused');
  });

  it('12. closing the site puts focus on the welcome screen heading', async () => {
    await page
      .getByRole('banner')
      .getByRole('button', { name: t('menu.file'), exact: true })
      .click();
    await page.getByRole('menuitem', { name: t('menu.closeSite'), exact: true }).click();
    await expectFocusOnHeading(page, t('welcome.title'));
    await expectHeadingOutline(page, 'the welcome screen');
  });
});
