import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportField, ImportProblem } from '@shared/channels/import';
import { LOOKUPS_BEFORE_LOADING } from '../../../electron/services/importing/site-claims';
import { optionsFor, useImportSites } from './import-fixtures';
import { PEOPLE_MAPPING, writePeople } from './people-files';

// A file's rows are judged against the site's usernames and numbers by looking each up in the site's
// indexes, until enough rows were judged that reading every user at once is cheaper (site-claims.ts,
// duplicate-keys.ts). Both ways must decide every row alike: a short file and the same rows far down a
// long one get the same outcome and the same problems.

const newSite = useImportSites();

const mapping: ImportField[] = ['username', 'email', 'number'];
const header = 'Username,E-Mail,Number';
/** Rows that meet the demo site's users: ashok.kumar holds 1005 (fixtures of the demo site). */
const meeting = [
  'ASHOK.KUMAR,ak@example.com,3006', // an existing user, without case
  'taker.one,t1@example.com,1005', // a number held by a user of the site
  'Ödön.Kovács,ok@example.com,3007', // new, with letters outside ASCII
  'ÖDÖN.KOVÁCS,ok2@example.com,3008', // the same user as the row before, without case (outside ASCII too)
];

/** Problems and outcomes by the row's content (not its line), to compare a short and a long file. */
function byContent(problems: ImportProblem[], firstLine: number) {
  const row = (line: unknown) => (typeof line === 'number' ? line - firstLine : line);
  return problems.map(({ line, ...problem }) => ({
    ...problem,
    row: row(line),
    params: { ...problem.params, firstLine: row(problem.params?.firstLine) },
  }));
}

describe('claims looked up one by one, then read at once', () => {
  it('decide a row far down a long file as they decide it at the top of a short one', async () => {
    const site = await newSite();
    const short = site.file('short.csv', `${[header, ...meeting].join('\n')}\n`);
    const shortPreview = await site.preview(optionsFor(short, mapping));

    // Past the point where every user is read at once.
    const people = site.file('people.csv', '');
    const filler = LOOKUPS_BEFORE_LOADING + 500;
    writePeople(people, filler);
    const fillerRows = readFileSync(people, 'utf8')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((row) => row.split(','))
      .map((cells) => [cells[0], cells[4], cells[7]].join(','));
    const long = site.file('long.csv', `${[header, ...fillerRows, ...meeting].join('\n')}\n`);
    const longPreview = await site.preview(optionsFor(long, mapping));

    expect(shortPreview.counts).toEqual({ create: 1, update: 0, skip: 1, reject: 2 });
    expect(longPreview.counts).toEqual({ create: filler + 1, update: 0, skip: 1, reject: 2 });
    expect(byContent(longPreview.problems, 2 + filler)).toEqual(byContent(shortPreview.problems, 2));
    expect(shortPreview.problems.map((p) => [p.line, p.message])).toEqual([
      [3, 'rule.number.taken'],
      [5, 'import.duplicate.inFile'],
    ]);

    // The run decides as its preview, and a username outside ASCII stored by it is found without case afterwards.
    const { record } = await site.run(optionsFor(long, mapping));
    expect([record.created, record.skipped, record.rejected]).toEqual([filler + 1, 1, 2]);
    const again = await site.preview(optionsFor(site.file('again.csv', `${header}\nödön.kovacs,x@example.com,\nöDÖN.kovÁCS,,\n`), mapping));
    expect(again.firstRows.map((row) => row.outcome)).toEqual(['create', 'skip']);
    // Matched by e-mail, the row is a new user whose username the stored one holds already.
    const byEmail = await site.preview(
      optionsFor(site.file('by-email.csv', `${header}\nöDÖN.KOVÁCS,other@example.com,\n`), mapping, {
        duplicates: { match: ['email'], action: 'skip' },
      }),
    );
    expect(byEmail.problems.map((p) => p.message)).toEqual(['rule.username.taken']);
  });

  it('find an existing user matched by username among users read at once, and refuse a taken number there too', async () => {
    const site = await newSite();
    const people = site.file('people.csv', '');
    writePeople(people, LOOKUPS_BEFORE_LOADING * 3);
    await site.run(optionsFor(people, [...PEOPLE_MAPPING]));
    // Every row meets a user of the site: the late ones are judged against users read at once.
    const rows = Array.from({ length: LOOKUPS_BEFORE_LOADING * 3 }, (_, i) => `PERSON.${String(i).padStart(6, '0')},,${i === 2999 ? '1005' : ''}`);
    const file = site.file('again.csv', `${[header, ...rows].join('\n')}\n`);
    const preview = await site.preview(optionsFor(file, mapping, { duplicates: { match: ['username'], action: 'updateNonEmpty' } }));
    expect(preview.counts).toEqual({ create: 0, update: LOOKUPS_BEFORE_LOADING * 3 - 1, skip: 0, reject: 1 });
    expect(preview.problems.map((p) => [p.line, p.message])).toEqual([[LOOKUPS_BEFORE_LOADING * 3 + 1, 'rule.number.taken']]);
  });
});
