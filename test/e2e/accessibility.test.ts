import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MessageKey } from '@shared/i18n/en';
import type { RunningApp } from '../support/app-server';
import { auditPage, describeViolations } from './support/axe';
import type { Violation } from './support/axe';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (lists reload and requests reach main over HTTP). */
const WAIT = 15_000;

type Scheme = 'light' | 'dark';

/** A small CSV for the import wizard's later steps: one new user (one per scheme) and one refused row. */
const csv = (scheme: string) =>
  ['username,firstName,lastName,department,email', `ada.${scheme},Ada,Lovelace,R&D,ada@example.com`, 'bad.mail,Bad,Mail,R&D,not-an-address'].join(
    '\r\n',
  );

describe('accessibility: every screen and dialog meets WCAG 2.2 AA (axe-core), light and dark', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, closeNotifications, openedDialog, dialogsClosed, stillShot } = ui;
  let app: RunningApp;
  let page: Page;
  let sitesDir: string;
  /** Elements in violation, per rule, over the whole run: printed at the end. */
  const tally = new Map<string, number>();

  const button = (name: string, scope: Page | Locator = page) => scope.getByRole('button', { name, exact: true });
  // The users list is a grid (keyboard navigation) or a table: either way named "Users".
  const usersTable = () =>
    page.getByRole('grid', { name: t('users.tableLabel'), exact: true }).or(page.getByRole('table', { name: t('users.tableLabel'), exact: true }));
  const bar = () => page.getByRole('toolbar', { name: t('bulk.bar.label'), exact: true });
  const dialog = (title: string) => page.getByRole('dialog', { name: title, exact: true });
  const menuitem = (key: MessageKey) => page.getByRole('menuitem', { name: t(key), exact: true });

  function expectNone(where: string, violations: Violation[]): void {
    for (const violation of violations) tally.set(violation.rule, (tally.get(violation.rule) ?? 0) + violation.nodes.length);
    if (violations.length > 0) console.warn(describeViolations(where, violations));
    // Soft: the step goes on to its other screens and dialogs, so one run reports every violation.
    expect.soft(violations.length, describeViolations(where, violations)).toBe(0);
  }

  /** Audits the page as it is now, then (pass or fail) closes what was opened for it, then judges. */
  async function check(where: string, close?: () => Promise<void>): Promise<void> {
    const violations = await auditPage(page);
    await close?.();
    expectNone(where, violations);
  }

  async function useScheme(scheme: Scheme): Promise<void> {
    await page
      .getByRole('group', { name: t('scheme.label'), exact: true })
      .getByText(t(`scheme.${scheme}`), { exact: true })
      .click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme')).toBe(scheme);
  }

  /** A screen from the sidebar, once it has loaded (its heading shown, no loader left). */
  async function openScreen(label: MessageKey): Promise<void> {
    await nav(label).click();
    await expect.poll(() => nav(label).getAttribute('aria-current')).toBe('page');
    await page.locator('main h2').first().waitFor();
    await expect.poll(() => page.locator('main .mantine-Loader-root:visible').count()).toBe(0);
  }

  async function pressEscape(): Promise<void> {
    await page.keyboard.press('Escape');
  }

  /** Waits (a little) for `read` to give `expected`, then expects it softly: the step goes on either way. */
  async function settlesTo<T>(message: string, read: () => Promise<T>, expected: T): Promise<void> {
    let value = await read();
    for (const end = Date.now() + 3_000; value !== expected && Date.now() < end; value = await read()) await page.waitForTimeout(100);
    expect.soft(value, message).toBe(expected);
  }

  /** Focus is back on the control that opened the dialog. */
  async function expectFocusOn(control: Locator): Promise<void> {
    const describe = () =>
      control.evaluate((element) => {
        const active = document.activeElement;
        if (active === element) return 'on its opener';
        return `on ${active?.tagName.toLowerCase() ?? 'nothing'} ${active?.getAttribute('aria-label') ?? active?.textContent?.trim().slice(0, 40) ?? ''}`;
      });
    await settlesTo(`the focus after the dialog closed (its opener: ${control.toString()})`, describe, 'on its opener');
  }

  /** A dialog's first focus is inside it, on something meaningful: not on its close button. */
  async function expectFirstFocusInside(opened: Locator): Promise<void> {
    const focused = () =>
      opened.evaluate((element) => {
        const active = document.activeElement;
        if (!active || !element.contains(active)) return 'outside the dialog';
        if (active.matches('.mantine-Modal-close, .mantine-CloseButton-root')) return 'its close button';
        return 'inside';
      });
    await settlesTo('the first focus in the dialog', focused, 'inside');
  }

  /**
   * A dialog from its opener: its first focus inside it and not on its close button, axe on the page with it
   * open, then closed (by Cancel or Escape) with the focus back where it was (on `returnTo`: the opener, or
   * the button of the menu the opener was in).
   */
  async function checkDialog(
    where: string,
    { open, title, close, returnTo }: { open(): Promise<void>; title: string; close: 'Cancel' | 'Escape'; returnTo?: Locator },
  ): Promise<void> {
    await open();
    const shown = dialog(title);
    await shown.waitFor();
    // Its opening animation finished: colours are measured as they end up, focus is where it settles.
    await expect
      .poll(() => shown.evaluate((element) => getComputedStyle(element).opacity === '1' && element.getAnimations().length === 0))
      .toBe(true);
    await expectFirstFocusInside(shown);
    await check(where, async () => {
      if (close === 'Cancel') {
        // A list of options open over the buttons (a searchable select opens it on focus) closes first.
        await shown.locator('.mantine-Modal-title').click();
        await button(t('common.cancel'), shown).click();
      } else await pressEscape();
      await dialogsClosed();
    });
    if (returnTo) await expectFocusOn(returnTo);
  }

  async function selectUsers(usernames: string[]): Promise<void> {
    for (const username of usernames)
      await usersTable()
        .getByRole('checkbox', { name: t('users.select', { username }), exact: true })
        .check();
    await bar().waitFor();
  }

  /** After a failed step: whatever it left open (dialogs, menus, popovers) is closed before the next. */
  beforeEach(async () => {
    if (!page) return;
    for (let i = 0; i < 3; i++) {
      const open = await page.locator('[role="dialog"]:visible, [role="menu"]:visible, .mantine-Popover-dropdown:visible').count();
      if (open === 0) return;
      await pressEscape();
      await page.waitForTimeout(300);
    }
  });

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    sitesDir = app.sitesDir;
    await page.goto(app.url, { waitUntil: 'load' });
    await page.getByRole('heading', { name: t('welcome.title'), exact: true }).waitFor();
  });

  afterAll(() => {
    if (tally.size === 0) return;
    const counts = [...tally].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `  ${rule}: ${count} element(s)`);
    console.warn(`Accessibility violations over the whole run, per rule:\n${counts.join('\n')}`);
  });

  for (const scheme of ['light', 'dark'] as const) {
    describe(`${scheme} colour scheme`, () => {
      it(`welcome screen, no site open (${scheme})`, async () => {
        await useScheme(scheme);
        await page.getByRole('heading', { name: t('welcome.title'), exact: true }).waitFor();
        await closeNotifications();
        await check(`the welcome screen (${scheme})`);
      });

      it(`new site dialog (${scheme})`, async () => {
        const opener = button(t('welcome.new'));
        await checkDialog(`the new site dialog (${scheme})`, {
          open: () => opener.click(),
          title: t('site.new.title'),
          close: 'Cancel',
          returnTo: opener,
        });
      });

      it(`users list (${scheme})`, async () => {
        await button(t('welcome.demo')).click();
        await usersTable().waitFor();
        await usersTable().getByRole('checkbox').first().waitFor();
        // A toast, checked with the screen it is shown over.
        await page.locator('.mantine-Notification-root').first().waitFor();
        await check(`the users list with a notification (${scheme})`);
        await closeNotifications();
        if (scheme === 'dark') await stillShot('users-dark');
      });

      it(`export dialog: first focus on its first choice, focus back on Export after Cancel and Escape (${scheme})`, async () => {
        const opener = button(t('users.export'));
        const exporting = dialog(t('export.title.all'));
        await checkDialog(`the export dialog (${scheme})`, {
          open: () => opener.click(),
          title: t('export.title.all'),
          close: 'Cancel',
          returnTo: opener,
        });
        await opener.click();
        await openedDialog('export.title.all');
        // The first focus is on the layout chosen, the dialog's first choice.
        await expect
          .poll(() =>
            exporting.evaluate((element) => (element.contains(document.activeElement) ? document.activeElement?.getAttribute('type') : 'outside')),
          )
          .toBe('radio');
        if (scheme === 'dark') await stillShot('export-dialog-dark');
        await pressEscape();
        await dialogsClosed();
        await expectFocusOn(opener);
      });

      it(`delete confirmation (${scheme})`, async () => {
        const opener = usersTable().getByRole('button', { name: t('users.delete', { username: 'ashok.kumar' }), exact: true });
        await checkDialog(`the delete confirmation (${scheme})`, {
          open: () => opener.click(),
          title: t('users.delete.title'),
          close: 'Cancel',
          returnTo: opener,
        });
      });

      it(`column chooser (${scheme})`, async () => {
        const opener = button(t('userList.columns'));
        await opener.click();
        const chooser = page.getByRole('group', { name: t('userList.columns.title'), exact: true });
        await chooser.waitFor();
        await check(`the column chooser (${scheme})`, async () => {
          await pressEscape();
          await chooser.waitFor({ state: 'hidden' });
        });
        await expectFocusOn(opener);
      });

      it(`views menu and save view dialog (${scheme})`, async () => {
        const opener = button(t('userList.views'));
        await opener.click();
        await menuitem('userList.views.save').waitFor();
        await check(`the views menu (${scheme})`);
        await checkDialog(`the save view dialog (${scheme})`, {
          open: () => menuitem('userList.views.save').click(),
          title: t('userList.views.dialogTitle'),
          close: 'Cancel',
          returnTo: opener,
        });
        // With a view saved, the menu lists it and its delete item.
        if (scheme === 'light') {
          await opener.click();
          await menuitem('userList.views.save').click();
          const save = await openedDialog('userList.views.dialogTitle');
          await save.getByLabel(t('userList.view.name'), { exact: true }).fill('Night shift');
          await button(t('common.save'), save).click();
          await dialogsClosed();
          await closeNotifications();
        }
        await opener.click();
        await menuitem('userList.views.save').waitFor();
        await check(`the views menu with a saved view (${scheme})`, async () => {
          await pressEscape();
          await menuitem('userList.views.save').waitFor({ state: 'hidden' });
        });
      });

      it(`search quick reference "?" (${scheme})`, async () => {
        const opener = button(t('search.help.open'));
        await opener.click();
        await dialog(t('search.help.title')).waitFor();
        await check(`the search quick reference (${scheme})`, async () => {
          await pressEscape();
          await dialog(t('search.help.title')).waitFor({ state: 'hidden' });
        });
        await expectFocusOn(opener);
      });

      it(`help menu and diagnostics (${scheme})`, async () => {
        const opener = button(t('menu.help'));
        await opener.click();
        await menuitem('menu.diagnostics').waitFor();
        await check(`the help menu (${scheme})`);
        await checkDialog(`the diagnostics dialog (${scheme})`, {
          open: () => menuitem('menu.diagnostics').click(),
          title: t('diagnostics.title'),
          close: 'Escape',
          returnTo: opener,
        });
      });

      it(`file menu and its new site dialog (${scheme})`, async () => {
        const opener = button(t('menu.file'));
        await opener.click();
        await menuitem('menu.newSite').waitFor();
        await check(`the file menu (${scheme})`);
        await checkDialog(`the new site dialog with a site open (${scheme})`, {
          open: () => menuitem('menu.newSite').click(),
          title: t('site.new.title'),
          close: 'Escape',
          returnTo: opener,
        });
      });

      it(`bulk bar and its account menu (${scheme})`, async () => {
        await selectUsers(['ashok.kumar', 'elisabeth.mueller']);
        await check(`the bulk bar (${scheme})`);
        const opener = button(t('bulk.action.account'), bar());
        await opener.click();
        await menuitem('bulk.action.enable').waitFor();
        await check(`the bulk Account menu (${scheme})`, async () => {
          await pressEscape();
          await menuitem('bulk.action.enable').waitFor({ state: 'hidden' });
        });
        await expectFocusOn(opener);
      });

      it(`bulk dialogs: add to group, privilege, delete, recent changes (${scheme})`, async () => {
        for (const [action, title] of [
          ['bulk.action.addToGroup', t('bulk.group.addTitle', { count: 2 })],
          ['bulk.action.removeFromGroup', t('bulk.group.removeTitle', { count: 2 })],
          ['bulk.action.privilege', t('bulk.privilege.title', { count: 2 })],
          ['bulk.action.delete', t('bulk.confirm.deleteTitle', { count: 2 })],
        ] as const) {
          const opener = button(t(action), bar());
          await checkDialog(`the bulk dialog "${title}" (${scheme})`, { open: () => opener.click(), title, close: 'Cancel', returnTo: opener });
        }

        // A change to undo, so the recent changes list has a row with its button; and its toast, with Undo.
        await button(t('bulk.action.account'), bar()).click();
        await menuitem('bulk.action.disable').click();
        await page.locator('.mantine-Notification-root').first().waitFor();
        await check(`the users list with the bulk change's notification (${scheme})`);
        await closeNotifications();
        const opener = button(t('bulk.action.recent'));
        await checkDialog(`the recent bulk changes (${scheme})`, {
          open: async () => {
            await opener.click();
            await dialog(t('bulk.recent.title')).getByRole('table').waitFor();
          },
          title: t('bulk.recent.title'),
          close: 'Escape',
          returnTo: opener,
        });
        await button(t('userList.clearSelection')).click();
      });

      it(`user editor, existing user (${scheme})`, async () => {
        await usersTable().getByText('hans.meier', { exact: true }).click();
        await page.getByRole('form', { name: t('editor.formEdit', { username: 'hans.meier' }), exact: true }).waitFor();
        await check(`the user editor for hans.meier (${scheme})`);
        await button(t('editor.cancel')).click();
        await usersTable().waitFor();
      });

      it(`user editor, new user (${scheme})`, async () => {
        await button(t('users.new')).click();
        await page.getByRole('form', { name: t('editor.formNew'), exact: true }).waitFor();
        await check(`the user editor for a new user (${scheme})`);
        await button(t('editor.cancel')).click();
        await usersTable().waitFor();
      });

      const screens: [MessageKey, string][] = [
        ['nav.deleted', 'Deleted users'],
        ['nav.groups', 'User groups'],
        ['nav.defaults', 'Default values'],
        ['nav.pool', 'Extension pool'],
        ['nav.cucmImport', 'Import from CUCM'],
        ['settings.section.security', 'Security'],
        ['settings.section.endUser', 'End user'],
        ['nav.ldap', 'LDAP'],
        ['nav.cucm', 'CUCM'],
        ['nav.audit', 'Audit log'],
      ];
      for (const [label, name] of screens) {
        it(`${name} screen (${scheme})`, async () => {
          await openScreen(label);
          await check(`the ${name} screen (${scheme})`);
        });
      }

      it(`new group dialog (${scheme})`, async () => {
        await openScreen('nav.groups');
        const opener = button(t('groups.create'));
        await checkDialog(`the new group dialog (${scheme})`, {
          open: () => opener.click(),
          title: t('groups.modal.new'),
          close: 'Cancel',
          returnTo: opener,
        });
      });

      it(`import from CSV: file, columns, checks and summary steps (${scheme})`, async () => {
        await openScreen('nav.import');
        await check(`the import wizard's first step (${scheme})`);
        const csvFile = join(sitesDir, `people-${scheme}.csv`);
        await writeFile(csvFile, csv(scheme));
        const path = page.getByLabel(t('importWizard.file.path'), { exact: true });
        await path.fill(csvFile);
        await path.press('Enter');
        await page.getByText(new RegExp(`^people-${scheme}\\.csv: .*, 5 columns$`)).waitFor();
        await check(`the import wizard's first step with a file read (${scheme})`);
        await button(t('importWizard.next')).click();
        await page.getByRole('list', { name: t('importWizard.mapping.tableLabel'), exact: true }).waitFor();
        await check(`the import wizard's columns step (${scheme})`);
        const mappings = button(t('importWizard.mapping.saved'));
        await mappings.click();
        await menuitem('importWizard.mapping.save').waitFor();
        await check(`the saved mappings menu (${scheme})`);
        await checkDialog(`the save mapping dialog (${scheme})`, {
          open: () => menuitem('importWizard.mapping.save').click(),
          title: t('importWizard.mapping.saveTitle'),
          close: 'Cancel',
          returnTo: mappings,
        });
        await button(t('importWizard.next')).click();
        await page.getByRole('heading', { name: t('importWizard.duplicates.section'), exact: true }).waitFor();
        await page.getByRole('list', { name: t('importWizard.problems.label'), exact: true }).waitFor();
        await check(`the import wizard's checks step (${scheme})`);
        await button(t('importWizard.import', { count: 1 })).click();
        await page.getByRole('list', { name: t('importWizard.step.summary'), exact: true }).waitFor();
        await closeNotifications();
        await check(`the import wizard's summary (${scheme})`);
      });

      it(`imports screen (${scheme})`, async () => {
        await openScreen('nav.imports');
        await check(`the Imports screen (${scheme})`);
      });

      it(`back to no site open (${scheme})`, async () => {
        await openScreen('nav.users');
        await button(t('menu.file')).click();
        await menuitem('menu.closeSite').click();
        await page.getByRole('heading', { name: t('welcome.title'), exact: true }).waitFor();
        await closeNotifications();
      });
    });
  }
});
