import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-server';
import { shot } from '../support/screenshots';
import { t, useConsole } from './support/console-session';

/** Waiting limit for one visible state (the wizard's requests reach main over HTTP; a check reads the file). */
const WAIT = 15_000;
/** A file large enough for its import to be seen running, and the wait for its check and cancel. */
const LARGE_ROWS = 200_000;
const LARGE_WAIT = 90_000;

/**
 * The HR department's file: semicolon-separated, Windows-1252 (so "Müller" is the single byte 0xFC), with a
 * header row in German. "Büro" (the office phone) is a header Roster does not know: it is mapped by hand.
 */
const PEOPLE = [
  'Login;Vorname;Nachname;Abteilung;Mail;Sprache;Durchwahl;Büro;Kostenstelle',
  // An existing user: with "update non-empty", the new department is taken and the empty mail keeps hers.
  'elisabeth.mueller;Elisabeth;Müller;Personalwesen;;2;;;4711',
  'anna.schmid;Anna;Schmid;Vertrieb;anna.schmid@company.domain;2;1201;+41 44 555 12 01;4712',
  'juerg.baehler;Jürg;Bähler;Ökonomie;juerg.baehler@company.domain;3;1202;;4713',
  // Refused: the e-mail address is not one.
  'bad.address;Rolf;Kälin;Vertrieb;rolf at company;1;1203;;4714',
].join('\r\n');

describe('import users from a CSV file: wizard, summary, error report, undo', () => {
  const ui = useConsole({ timeout: WAIT });
  const { nav, pickOption, closeNotifications, openedDialog, dialogsClosed, stillShot } = ui;
  let app: RunningApp;
  let page: Page;
  let file: string;

  const heading = (text: string) => page.getByRole('heading', { name: text, exact: true });
  const button = (name: string, scope: Page | Locator = page) => scope.getByRole('button', { name, exact: true });
  const usersTable = () => page.getByRole('grid', { name: t('users.tableLabel'), exact: true });
  const fieldSelect = (column: string) => page.getByRole('combobox', { name: t('importWizard.mapping.fieldOf', { column }), exact: true });
  const notification = (text: string) => page.locator('.mantine-Notification-root').filter({ hasText: text });
  // The username is the second cell, after the selection checkbox.
  const usernames = async () => (await usersTable().locator('tbody tr td:nth-child(2)').allTextContents()).map((s) => s.trim());

  async function expectUsernames(expected: string[]): Promise<void> {
    await expect.poll(async () => (await usernames()).sort(), { timeout: WAIT }).toEqual([...expected].sort());
  }

  beforeAll(async () => {
    ({ app, page } = await ui.open());
    file = join(app.sitesDir, 'people.csv');
    await writeFile(file, Buffer.from(PEOPLE, 'latin1'));
    await ui.openDemoSite();
    await usersTable().waitFor({ state: 'visible', timeout: WAIT });
  });

  it('1. Import… on the Users screen opens the wizard at its first step', async () => {
    await closeNotifications();
    await button(t('users.import')).click();
    await heading(t('importWizard.title')).waitFor();
    await page.getByText(t('importWizard.file.browserHint'), { exact: true }).waitFor();
    await stillShot('step-1-file-empty');
  });

  it('2. a system file and a missing file are refused with what to do; the real one is read as Windows-1252 with semicolons', async () => {
    const path = page.getByLabel(t('importWizard.file.path'), { exact: true });
    // Not delimited text by its name: refused before a byte of it is read, and nothing of it is shown.
    await path.fill('/etc/passwd');
    await path.press('Enter');
    await page
      .getByRole('alert')
      .getByText(t('file.rule.importExtension', { file: 'passwd' }), { exact: true })
      .waitFor();
    expect(await page.getByText('root:').count()).toBe(0);
    await stillShot('step-1-system-file-refused');
    const missing = join(app.sitesDir, 'nope.csv');
    await path.fill(missing);
    await path.press('Enter');
    await page
      .getByRole('alert')
      .getByText(t('import.file.notFound', { path: missing }), { exact: true })
      .waitFor();
    expect(await button(t('importWizard.next')).isDisabled()).toBe(true);

    await path.fill(file);
    await path.press('Enter');
    await page.getByText(/^people\.csv: .*, 9 columns$/).waitFor();
    const encoding = page.getByRole('combobox', { name: t('importWizard.encoding'), exact: true });
    const delimiter = page.getByRole('combobox', { name: t('importWizard.delimiter'), exact: true });
    await expect.poll(() => encoding.inputValue()).toBe(t('importWizard.detected', { value: t('importWizard.encoding.windows-1252') }));
    await expect.poll(() => delimiter.inputValue()).toBe(t('importWizard.detected', { value: t('importWizard.delimiter.semicolon') }));
    expect(await page.getByRole('checkbox', { name: t('importWizard.hasHeader'), exact: true }).isChecked()).toBe(true);
    // Read right, the umlauts are themselves.
    const sample = page.getByRole('table', { name: t('importWizard.preview.label'), exact: true });
    await sample.getByRole('cell', { name: 'Müller', exact: true }).waitFor();
    await sample.getByRole('columnheader', { name: 'Büro', exact: true }).waitFor();
    await stillShot('step-1-file-read');
  });

  it('3. overriding the encoding re-reads at once: UTF-8 garbles the umlauts, Windows-1252 puts them back', async () => {
    const encoding = page.getByRole('combobox', { name: t('importWizard.encoding'), exact: true });
    const sample = page.getByRole('table', { name: t('importWizard.preview.label'), exact: true });
    await pickOption(encoding, t('importWizard.encoding.utf-8'));
    await expect.poll(() => sample.getByRole('cell', { name: 'Müller', exact: true }).count()).toBe(0);
    await pickOption(encoding, t('importWizard.detected', { value: t('importWizard.encoding.windows-1252') }));
    await sample.getByRole('cell', { name: 'Müller', exact: true }).waitFor();
  });

  it('4. Alt+N goes to the columns: known headers are matched, "Büro" is mapped by hand and the mapping saved', async () => {
    await page.keyboard.press('Alt+N');
    await page.getByRole('list', { name: t('importWizard.mapping.tableLabel'), exact: true }).waitFor();
    const ignore = t('importWizard.mapping.ignore');
    const expected: [string, string][] = [
      ['Login', t('field.username')],
      ['Vorname', t('field.firstName')],
      ['Nachname', t('field.lastName')],
      ['Abteilung', t('field.department')],
      ['Mail', t('field.email')],
      ['Sprache', t('field.language')],
      ['Durchwahl', t('field.number')],
      ['Büro', ignore],
      ['Kostenstelle', ignore],
    ];
    for (const [column, field] of expected) await expect.poll(() => fieldSelect(column).inputValue()).toBe(field);

    await pickOption(fieldSelect('Büro'), t('field.phone'));
    await expect.poll(() => fieldSelect('Büro').inputValue()).toBe(t('field.phone'));
    await page.getByText(t('importWizard.mapping.summary', { mapped: 8, count: 9 }), { exact: true }).waitFor();

    await button(t('importWizard.mapping.saved')).click();
    await page.getByRole('menuitem', { name: t('importWizard.mapping.save'), exact: true }).click();
    const save = await openedDialog('importWizard.mapping.saveTitle');
    await save.getByLabel(t('importWizard.mapping.name'), { exact: true }).fill('HR export');
    await button(t('common.save'), save).click();
    await notification(t('importWizard.mapping.savedDone', { name: 'HR export' })).waitFor();
    await dialogsClosed();
    await closeNotifications();
    await stillShot('step-2-columns');
  });

  it('5. the check runs by itself; "update non-empty" is chosen and the rows checked again', async () => {
    await button(t('importWizard.next')).click();
    await heading(t('importWizard.duplicates.section')).waitFor();
    expect(await page.getByRole('checkbox', { name: t('field.username'), exact: true }).isChecked()).toBe(true);
    // The check on arrival, with the default "skip": the existing user would be skipped.
    await page.getByText(t('importWizard.counts.skip', { count: 1 }), { exact: true }).waitFor();

    await page.getByRole('radio', { name: t('importWizard.duplicates.updateNonEmpty'), exact: true }).check();
    await button(t('importWizard.check.run')).first().waitFor();
    await page.keyboard.press('Alt+N');
    const counts = page.getByRole('status', { name: t('importWizard.counts.rows', { count: 4 }), exact: true });
    await counts.waitFor();
    for (const text of [
      t('importWizard.counts.create', { count: 2 }),
      t('importWizard.counts.update', { count: 1 }),
      t('importWizard.counts.skip', { count: 0 }),
      t('importWizard.counts.reject', { count: 1 }),
    ]) {
      await counts.getByText(text, { exact: true }).waitFor();
    }
    // The first rows as they will be stored, and the refused row's problem at its line and column.
    const preview = page.getByRole('table', { name: t('importWizard.previewRows.label'), exact: true });
    await preview.getByRole('cell', { name: 'Bähler', exact: true }).waitFor();
    const problems = page.getByRole('list', { name: t('importWizard.problems.label'), exact: true });
    await problems.getByText(t('importWizard.problem.whereColumn', { line: 5, column: 'Mail' }), { exact: true }).waitFor();
    await problems.getByText(t('rule.email.format'), { exact: true }).waitFor();
    await stillShot('step-3-duplicates-and-checks');
  });

  it('6. the import runs and the summary says what was done, with the refused row and why', async () => {
    await button(t('importWizard.import', { count: 3 })).click();
    const summary = page.getByRole('list', { name: t('importWizard.step.summary'), exact: true });
    await summary.waitFor();
    for (const [label, value] of [
      [t('importWizard.summary.created'), 2],
      [t('importWizard.summary.updated'), 1],
      [t('importWizard.summary.skipped'), 0],
      [t('importWizard.summary.rejected'), 1],
    ] as const) {
      await summary.getByRole('listitem', { name: `${label}: ${value}`, exact: true }).waitFor();
    }
    await page
      .getByRole('list', { name: t('importWizard.summary.rejectedTitle'), exact: true })
      .getByText(t('rule.email.format'), { exact: true })
      .waitFor();
    await closeNotifications();
    await stillShot('step-5-summary');
  });

  it('7. the error report has the file’s header and the refused row with a Problem column', async () => {
    await button(t('errorReport.save')).click();
    const prompt = await openedDialog('errorReport.pathTitle');
    const reportPath = join(app.sitesDir, 'people-errors.csv');
    await expect.poll(() => prompt.getByLabel(t('export.path'), { exact: true }).inputValue()).toBe(reportPath);
    await button(t('common.save'), prompt).click();
    await notification(t('errorReport.saved', { count: 1, path: reportPath })).waitFor();
    const lines = (await readFile(reportPath, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Login;Vorname;Nachname;Abteilung;Mail;Sprache;Durchwahl;Büro;Kostenstelle;Problem',
      `bad.address;Rolf;Kälin;Vertrieb;rolf at company;1;1203;;4714;Line 5: Mail: ${t('rule.email.format')}`,
    ]);
    await closeNotifications();
  });

  it('8. "Show imported users" lists the users the import created or updated; the existing one got the new department and kept her e-mail', async () => {
    await button(t('importWizard.summary.show')).click();
    await usersTable().waitFor();
    await expect.poll(() => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input')).inputValue()).toMatch(/^import:\d+$/);
    await expectUsernames(['anna.schmid', 'elisabeth.mueller', 'juerg.baehler']);
    await stillShot('imported-users');

    await page.getByRole('button', { name: t('users.searchClear'), exact: true }).click();
    await usersTable().getByRole('gridcell', { name: 'elisabeth.mueller', exact: true }).click();
    const form = page.getByRole('form', { name: t('editor.formEdit', { username: 'elisabeth.mueller' }), exact: true });
    await expect.poll(() => form.getByLabel(t('field.department'), { exact: true }).inputValue()).toBe('Personalwesen');
    expect(await form.getByLabel(t('field.email'), { exact: true }).inputValue()).toBe('elisabeth.mueller@company.domain');
    await nav('nav.users').click();
  });

  it('9. the Imports screen lists the import; undo says what it does, then puts the site back', async () => {
    await nav('nav.imports').click();
    const table = page.getByRole('table', { name: t('imports.tableLabel'), exact: true });
    const row = table.getByRole('row').filter({ hasText: 'people.csv' });
    await row.getByText(t('imports.state.standing'), { exact: true }).waitFor();
    await closeNotifications();
    await stillShot('imports-screen');

    // "Users" on the row lists what this import created or updated, by its number.
    const number = (await row.getByRole('cell').first().textContent())!.trim();
    await row.getByRole('button', { name: t('imports.users.label', { label: 'people.csv' }), exact: true }).click();
    await usersTable().waitFor();
    await expect.poll(() => page.getByLabel(t('users.search'), { exact: true }).and(page.locator('input')).inputValue()).toBe(`import:${number}`);
    await expectUsernames(['anna.schmid', 'elisabeth.mueller', 'juerg.baehler']);
    await nav('nav.imports').click();
    await row.getByText(t('imports.state.standing'), { exact: true }).waitFor();

    await row.getByRole('button', { name: t('imports.undo.label', { label: 'people.csv' }), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('imports.undo.title', { label: 'people.csv' }), exact: true });
    await dialog.getByText(t('imports.undo.created', { count: 2 }), { exact: true }).waitFor();
    await dialog.getByText(t('imports.undo.updated', { count: 1 }), { exact: true }).waitFor();
    await dialog.getByText(t('imports.undo.handEdits'), { exact: true }).waitFor();
    await stillShot('undo-confirm');
    await button(t('imports.undo.confirm'), dialog).click();
    await notification(t('imports.undo.done', { label: 'people.csv' })).waitFor();
    await expect.poll(() => row.getByText(/^Undone /).count()).toBe(1);

    await nav('nav.users').click();
    await usersTable().waitFor();
    await expectUsernames(['ashok.kumar', 'elisabeth.mueller', 'fred.bloggs', 'gildong.hong', 'hanako.sato', 'hans.meier']);
    await usersTable().getByRole('gridcell', { name: 'HR', exact: true }).waitFor();
  });

  it('10. keys: Ctrl+I opens the wizard, Esc asks before dropping a read file, Alt+B goes back; the saved mapping applies', async () => {
    await page.keyboard.press('Control+I');
    await heading(t('importWizard.title')).waitFor();
    const path = page.getByLabel(t('importWizard.file.path'), { exact: true });
    await path.fill(file);
    await path.press('Enter');
    await page.getByText(/^people\.csv: .*, 9 columns$/).waitFor();
    await page.keyboard.press('Alt+N');
    await page.getByRole('list', { name: t('importWizard.mapping.tableLabel'), exact: true }).waitFor();
    await expect.poll(() => fieldSelect('Büro').inputValue()).toBe(t('importWizard.mapping.ignore'));
    await button(t('importWizard.mapping.saved')).click();
    await page.getByRole('menuitem', { name: t('importWizard.mapping.apply', { name: 'HR export' }), exact: true }).click();
    await expect.poll(() => fieldSelect('Büro').inputValue()).toBe(t('field.phone'));

    await page.keyboard.press('Alt+B');
    await page.getByText(/^people\.csv: .*, 9 columns$/).waitFor();
    // Escape from the page itself (in a field it would belong to the field).
    await path.evaluate((element) => (element as HTMLElement).blur());
    await page.keyboard.press('Escape');
    const leave = await openedDialog('importWizard.leave.title');
    await stillShot('leave-confirm');
    await button(t('importWizard.leave.keep'), leave).click();
    await dialogsClosed();
    await heading(t('importWizard.title')).waitFor();
    await page.keyboard.press('Escape');
    await button(t('importWizard.leave.confirm'), await openedDialog('importWizard.leave.title')).click();
    await usersTable().waitFor();
  });

  it('11. a large import shows its progress with rows per second; Cancel leaves the site exactly as it was', async () => {
    const large = join(app.sitesDir, 'large.csv');
    const rows = ['Login;Vorname;Nachname;Abteilung;Durchwahl'];
    for (let i = 1; i <= LARGE_ROWS; i++) rows.push(`bulk.user${i};Bulk;User ${i};Logistik;${3_000_000 + i}`);
    await writeFile(large, rows.join('\r\n'));

    await nav('nav.import').click();
    const path = page.getByLabel(t('importWizard.file.path'), { exact: true });
    await path.fill(large);
    await path.press('Enter');
    await page.getByText(/^large\.csv: .*, 5 columns$/).waitFor();
    await page.keyboard.press('Alt+N');
    await page.getByRole('list', { name: t('importWizard.mapping.tableLabel'), exact: true }).waitFor();
    await page.keyboard.press('Alt+N');
    // Checking every row of a large file takes a moment; the bar shows how far it has got.
    const importAll = button(t('importWizard.import', { count: LARGE_ROWS.toLocaleString('en') }));
    await importAll.waitFor({ timeout: LARGE_WAIT });
    await importAll.click();

    const bar = page.getByRole('progressbar', { name: t('importWizard.run.progress'), exact: true });
    await bar.waitFor();
    await page.getByText(/^[\d,]+ rows · [\d,]+ rows per second$/).waitFor({ timeout: LARGE_WAIT });
    await shot(page, 'step-4-run');
    await button(t('importWizard.run.cancel')).click();
    await button(t('importWizard.run.confirmCancel.confirm'), await openedDialog('importWizard.run.confirmCancel.title')).click();
    await page.getByText(t('importWizard.run.cancelled'), { exact: true }).waitFor({ timeout: LARGE_WAIT });
    await closeNotifications();
    await stillShot('step-4-run-cancelled');

    await nav('nav.users').click();
    await usersTable().waitFor();
    await page.getByText(t('users.total', { count: 6 }), { exact: true }).waitFor();
  }, 180_000);

  it('12. a file dropped on the window: the hint shows while it is held; browser mode says to type the path instead', async () => {
    await nav('nav.import').click();
    await heading(t('importWizard.title')).waitFor();
    const drag = (type: 'dragenter' | 'dragover' | 'drop') =>
      page.evaluate((eventType) => {
        const data = new DataTransfer();
        data.items.add(new File(['Login\nanna'], 'people.csv', { type: 'text/csv' }));
        window.dispatchEvent(new DragEvent(eventType, { dataTransfer: data, bubbles: true, cancelable: true }));
      }, type);
    await drag('dragenter');
    await drag('dragover');
    await page.getByText(t('importWizard.file.dropHere'), { exact: true }).waitFor();
    await shot(page, 'step-1-file-dragged-over');
    await drag('drop');
    await notification(t('importWizard.file.dropBrowser')).waitFor();
    await expect.poll(() => page.getByText(t('importWizard.file.dropHere'), { exact: true }).count()).toBe(0);
    expect(await page.getByLabel(t('importWizard.file.path'), { exact: true }).inputValue()).toBe('');
  });
  it('13. a file naming groups that do not exist yet: the check lists them to be created, the import creates them', async () => {
    const groupsFile = join(app.sitesDir, 'teams.csv');
    await writeFile(
      groupsFile,
      Buffer.from(
        [
          'Benutzername;Vorname;Nachname;E-Mail-Adresse;Gruppen',
          'jürgen.weiß;Jürgen;Weiß;juergen.weiss@company.domain;"Außendienst Süd; Management"',
          'zoë.brühl;Zoë;Brühl;zoe.bruehl@company.domain;Außendienst Süd',
          'paul.frei;Paul;Frei;paul.frei@company.domain;Projekt Alpha',
        ].join('\r\n'),
        'latin1',
      ),
    );
    await nav('nav.import').click();
    await heading(t('importWizard.title')).waitFor();
    const path = page.getByLabel(t('importWizard.file.path'), { exact: true });
    await path.fill(groupsFile);
    await path.press('Enter');
    await page.getByText(/^teams\.csv: .*, 5 columns$/).waitFor();
    await page.keyboard.press('Alt+N');
    await expect.poll(() => fieldSelect('E-Mail-Adresse').inputValue()).toBe(t('field.email'));
    await expect.poll(() => fieldSelect('Gruppen').inputValue()).toBe(t('field.groups'));
    await button(t('importWizard.next')).click();
    expect(await page.getByRole('checkbox', { name: t('importWizard.groups.create'), exact: true }).isChecked()).toBe(true);
    const toCreate = page.getByRole('list', { name: t('importWizard.groups.toCreate', { count: 2 }), exact: true });
    await toCreate.waitFor();
    expect(await toCreate.getByRole('listitem').allTextContents()).toEqual(['Außendienst Süd', 'Projekt Alpha']);
    await page.getByText(t('importWizard.counts.create', { count: 3 }), { exact: true }).waitFor();
    await closeNotifications();
    await stillShot('step-3-groups-to-create');

    await button(t('importWizard.import', { count: 3 })).click();
    const summary = page.getByRole('list', { name: t('importWizard.step.summary'), exact: true });
    await summary.getByRole('listitem', { name: `${t('importWizard.summary.created')}: 3`, exact: true }).waitFor();
    await page.getByText(t('importWizard.summary.groupsCreated', { count: 2, names: 'Außendienst Süd, Projekt Alpha' }), { exact: true }).waitFor();
    await closeNotifications();
    await stillShot('step-5-summary-groups-created');
  });
});
