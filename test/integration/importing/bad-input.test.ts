import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportField, ImportProgress } from '@shared/channels/import';
import { optionsFor, problemsOf, say, useImportSites } from './import-fixtures';
import type { ImportSite } from './import-fixtures';
import { writeLargePeople, PEOPLE_MAPPING } from './people-files';

// Every kind of bad file an administrator may pick (empty, binary, broken quoting, wrong encoding, huge):
// each gets a clear message (checked as the administrator reads it), and what the file could not give
// leaves the site as it was.

const newSite = useImportSites();
const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;

/** Refused by inspect, preview and run alike, with the site exactly as it was. */
async function refusedEverywhere(site: ImportSite, path: string, mapping: (ImportField | null)[], message: string, params?: Record<string, unknown>) {
  const before = site.state();
  for (const channel of ['import.preview', 'import.run'] as const) {
    const error = await site.refusal(channel, optionsFor(path, mapping));
    expect(error.message, channel).toBe(message);
    if (params) expect(error.params, channel).toEqual(params);
  }
  expect(site.state()).toBe(before);
}

describe('files that cannot be imported at all', () => {
  it('an empty file', async () => {
    const site = await newSite();
    const path = site.file('empty.csv', '');
    expect((await site.refusal('import.inspect', { path })).message).toBe('import.file.empty');
    await refusedEverywhere(site, path, ['username'], 'import.file.empty');
    const blank = site.file('blank.csv', '\r\n\r\n  \r\n');
    await refusedEverywhere(site, blank, ['username'], 'import.file.empty');
    expect(say('import.file.empty')).toBe('The file is empty: there is nothing to import.');
  });

  it('a file with a header row only: the columns can be mapped, but there is nobody to import', async () => {
    const site = await newSite();
    const path = site.file('header.csv', 'Username;E-Mail\r\n');
    const inspection = await site.inspect(path);
    expect(inspection.columns).toEqual([
      { index: 0, header: 'Username', samples: [] },
      { index: 1, header: 'E-Mail', samples: [] },
    ]);
    await refusedEverywhere(site, path, ['username', 'email'], 'import.file.headerOnly');
  });

  it('a binary file, and a spreadsheet workbook saved as such', async () => {
    const site = await newSite();
    const png = site.file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect((await site.refusal('import.inspect', { path: png })).message).toBe('import.file.binary');
    await refusedEverywhere(site, png, ['username'], 'import.file.binary');
    const workbook = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(200, 7)]);
    // Named as what it is, it is refused by its name before a byte is read; renamed to .csv, by its content.
    const xlsx = site.file('people.xlsx', workbook);
    await refusedEverywhere(site, xlsx, ['username'], 'file.rule.importExtension');
    expect(say('file.rule.importExtension', { file: 'people.xlsx' })).toContain('Save the list as CSV');
    const renamed = site.file('people-renamed.csv', workbook);
    await refusedEverywhere(site, renamed, ['username'], 'import.file.spreadsheet');
    expect(say('import.file.spreadsheet')).toContain('save it as CSV');
  });

  it('a path that is not there, or a folder', async () => {
    const site = await newSite();
    const missing = join(site.api.dir, 'nowhere.csv');
    expect(await site.refusal('import.inspect', { path: missing })).toMatchObject({
      code: 'IO',
      message: 'import.file.notFound',
      params: { path: missing },
    });
    const folder = join(site.api.dir, 'a-folder.csv');
    mkdirSync(folder);
    expect(await site.refusal('import.run', optionsFor(folder, ['username']))).toMatchObject({ code: 'IO', message: 'import.file.notAFile' });
  });

  it('a quote that is never closed: refused with the line where it opens, even after good rows', async () => {
    const site = await newSite();
    const path = site.file('quote.csv', lines('Username,First Name', 'good.one,Anna', 'good.two,"Bernd', 'good.three,Chloé'));
    expect(await site.refusal('import.inspect', { path })).toMatchObject({ message: 'import.file.unterminatedQuote', params: { line: 3 } });
    await refusedEverywhere(site, path, ['username', 'firstName'], 'import.file.unterminatedQuote', { line: 3 });
    expect(say('import.file.unterminatedQuote', { line: 3 })).toMatch(/^Line 3 opens a quoted value/);
  });

  it('more than 5,000 columns', async () => {
    const site = await newSite();
    const path = site.file('wide.csv', `${Array.from({ length: 5001 }, (_, i) => `c${i}`).join(',')}\n`);
    expect(await site.refusal('import.inspect', { path })).toMatchObject({ message: 'import.file.tooManyColumns', params: { line: 1, max: 5000 } });
  });
});

describe('rows that cannot be imported, among good ones', () => {
  it('rows with more or fewer values than the header are refused; trailing empty values are harmless', async () => {
    const site = await newSite();
    const path = site.file(
      'shape.csv',
      lines('Username,First Name,Last Name', 'short.row,Anna', 'long.row,Bernd,Berg,extra', 'ok.row,Chloé,Dubois,,,', 'ok.two,Dmitri,Petrov'),
    );
    const summary = await site.run(optionsFor(path, ['username', 'firstName', 'lastName']));
    expect(summary.problems).toEqual([
      { line: 2, column: null, field: null, message: 'import.row.fewerFields', params: { count: 2, expected: 3 } },
      { line: 3, column: null, field: null, message: 'import.row.moreFields', params: { count: 4, expected: 3 } },
    ]);
    expect(site.activeUsernames()).toEqual(expect.arrayContaining(['ok.row', 'ok.two']));
    expect(site.activeUsernames()).not.toContain('short.row');
    expect(site.activeUsernames()).not.toContain('long.row');
    expect(say('import.row.fewerFields', { count: 2, expected: 3 })).toBe(
      'This row has 2 values where the header has 3: a delimiter or a line break may be missing or extra.',
    );
  });

  it('mixed line endings (CRLF, LF, CR) read as rows, with problems at their true line', async () => {
    const site = await newSite();
    const path = site.file(
      'mixed.csv',
      'Username,E-Mail\r\nmix.one,one@example.com\nmix.two,two@example.com\rmix.three,not-a-mail\r\nmix.four,four@example.com',
    );
    const summary = await site.run(optionsFor(path, ['username', 'email']));
    expect(summary.problems.map((p) => [p.line, p.message])).toEqual([[4, 'rule.email.format']]);
    expect(summary.record.created).toBe(3);
  });

  it('a line break inside a quoted value: the value is refused where it is a name, and later lines keep their numbers', async () => {
    const site = await newSite();
    const path = site.file(
      'newline.csv',
      lines('Username,Department,Notes', 'nl.one,Sales,"first line', 'second line"', 'nl.two,"Night', 'shift",', 'nl.three,Support,', 'nl.four,HR,'),
    );
    const summary = await site.run(optionsFor(path, ['username', 'department', null]));
    // nl.one's note spans lines 2-3 and is not imported (ignored column); nl.two's department spans 4-5.
    expect(summary.problems).toEqual([{ line: 4, column: 1, field: 'department', message: 'rule.controlCharacters' }]);
    expect(site.activeUsernames()).toEqual(expect.arrayContaining(['nl.one', 'nl.three', 'nl.four']));
    const preview = await site.preview(
      optionsFor(site.file('after.csv', lines('Username,Department,Notes', 'x.one,"a', 'b",', 'x.two,ok,', 'x.three,,"z"', 'bad one,,')), [
        'username',
        'department',
        null,
      ]),
    );
    expect(preview.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'rule.controlCharacters'],
      [6, 'rule.username.format'],
    ]);
  });

  it('a byte order mark in the middle (two files joined): that row is refused, the others imported', async () => {
    const site = await newSite();
    const first = Buffer.from('\ufeffUsername,E-Mail\r\nbom.one,one@example.com\r\n', 'utf8');
    const second = Buffer.from('\ufeffUsername,E-Mail\r\nbom.two,two@example.com\r\n', 'utf8');
    const path = site.file('joined.csv', Buffer.concat([first, second]));
    const inspection = await site.inspect(path);
    expect(inspection.columns[0]!.header).toBe('Username');
    const summary = await site.run(optionsFor(path, inspection.suggestedMapping));
    expect(summary.problems).toEqual([{ line: 3, column: 0, field: 'username', message: 'import.row.byteOrderMark' }]);
    expect(site.activeUsernames()).toEqual(expect.arrayContaining(['bom.one', 'bom.two']));
  });

  it('Windows-1252 umlauts are read right, and a file read with the wrong encoding says so per row', async () => {
    const site = await newSite();
    const path = site.file('ansi.csv', Buffer.from('Username;Last Name\r\nu.mueller;Müller\r\nu.weiss;Weiß\r\nu.plain;Plain\r\n', 'latin1'));
    const asUtf8 = await site.preview(optionsFor(path, ['username', 'lastName'], { reading: { encoding: 'utf-8' } }));
    expect(asUtf8.problems).toEqual([
      { line: 2, column: 1, field: 'lastName', message: 'import.row.undecodable', params: { encoding: 'utf-8' } },
      { line: 3, column: 1, field: 'lastName', message: 'import.row.undecodable', params: { encoding: 'utf-8' } },
    ]);
    expect(say('import.row.undecodable', { encoding: 'utf-8' })).toContain('Windows-1252');
    await site.run(optionsFor(path, ['username', 'lastName']));
    expect((await site.user('u.mueller')).lastName).toBe('Müller');
    expect((await site.user('u.weiss')).lastName).toBe('Weiß');
  });

  it('a file of 1,000 columns: mapped by its headers wherever they are', async () => {
    const site = await newSite();
    const headers = Array.from({ length: 1000 }, (_, i) => (i === 0 ? 'Username' : i === 999 ? 'E-Mail' : i === 500 ? 'Last Name' : `Extra ${i}`));
    const row = (n: number) =>
      headers.map((h, i) => (i === 0 ? `wide.${n}` : i === 999 ? `wide.${n}@example.com` : i === 500 ? `Wide${n}` : `v${i}`)).join(',');
    const path = site.file('thousand.csv', lines(headers.join(','), row(1), row(2)));
    const inspection = await site.inspect(path);
    expect(inspection.columns).toHaveLength(1000);
    expect(inspection.suggestedMapping.filter((f) => f !== null)).toEqual(['username', 'lastName', 'email']);
    const summary = await site.run(optionsFor(path, inspection.suggestedMapping));
    expect(summary.record.created).toBe(2);
    expect(await site.user('wide.2')).toMatchObject({ lastName: 'Wide2', email: 'wide.2@example.com' });
  });

  it('invalid e-mails and PINs, and usernames that differ only in case, are refused with their reasons', async () => {
    const site = await newSite();
    const path = site.file(
      'mixed-bad.csv',
      lines('Username,E-Mail,PIN', 'case.user,a@example.com,4827', 'Case.User,b@example.com,4827', 'mail.user,a@@example,', 'pin.user,,12x'),
    );
    const preview = await site.preview(optionsFor(path, ['username', 'email', 'pin'], { includeCredentials: true }));
    expect(problemsOf(preview, 3)).toEqual([[null, 'import.duplicate.inFile']]);
    expect(problemsOf(preview, 4)).toEqual([['email', 'rule.email.format']]);
    expect(problemsOf(preview, 5)).toEqual([['pin', 'rule.pin.format']]);
  });
});

describe('a large file', () => {
  it('is streamed with progress and nothing written by its preview (200 MB)', { timeout: 120_000 }, async () => {
    const site = await newSite();
    const path = join(site.api.dir, 'large.csv');
    const bytes = await writeLargePeople(path, 205_000, 980);
    expect(bytes).toBeGreaterThan(200 * 1024 * 1024);
    const before = site.state();
    const preview = await site.preview(optionsFor(path, [...PEOPLE_MAPPING]));
    expect(preview.rows).toBe(205_000);
    expect(preview.counts.create).toBe(205_000);
    expect(site.state()).toBe(before);
    const progress = site.api.events.filter((e) => e.event === 'import.progress').map((e) => e.payload as ImportProgress);
    // Progress about ten times a second: many reports, bytes growing to the whole file.
    expect(progress.length).toBeGreaterThan(5);
    expect(progress.every((p, i) => i === 0 || p.bytes >= progress[i - 1]!.bytes)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'reading', rows: 205_000, bytes: statSync(path).size, totalBytes: statSync(path).size });
  });
});
