import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '@shared/channels/import';
import { registerNaturalOrder } from '../../../electron/services/site/natural-order';
import { optionsFor, useImportSites } from '../../integration/importing/import-fixtures';
import type { ImportSite } from '../../integration/importing/import-fixtures';
import { PEOPLE_MAPPING, writePeople } from '../../integration/importing/people-files';

// An import writes the trigram index in bulk (user-write-batch.ts), with the per-row triggers dropped
// inside its transaction, and a large one builds the indexes of users again at the end: the indexes must
// say exactly what the users hold afterwards, after an undo, and the schema must be back as it was
// whatever the outcome.

const newSite = useImportSites();

function inSite<T>(site: ImportSite, work: (db: Database.Database) => T): T {
  const db = new Database(site.api.sitePath, { readonly: true, fileMustExist: true });
  // The username order's index is built on this function: integrity_check evaluates it.
  registerNaturalOrder(db);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** The users' search triggers as stored. */
const triggers = (site: ImportSite) =>
  inSite(site, (db) => db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'users_fts%' ORDER BY name").all());

/** The users table's indexes and triggers as stored. */
const usersSchema = (site: ImportSite) =>
  inSite(site, (db) => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'users' ORDER BY name").all());

/** SQLite's own check of every table against its indexes: 'ok', or what is wrong. */
const integrity = (site: ImportSite) => inSite(site, (db) => db.pragma('integrity_check', { simple: true }));

/** Throws when the index and its content (the users) differ in any entry. */
function checkIndex(site: ImportSite): void {
  const db = new Database(site.api.sitePath, { fileMustExist: true });
  try {
    db.prepare("INSERT INTO users_fts (users_fts, rank) VALUES ('integrity-check', 1)").run();
  } finally {
    db.close();
  }
}

/** Ids of the users whose indexed text holds `words` (three characters or more). */
const found = (site: ImportSite, words: string) =>
  inSite(site, (db) => db.prepare('SELECT rowid FROM users_fts WHERE users_fts MATCH ? ORDER BY rowid').pluck().all(`"${words}"`));

describe('the search index written in bulk by an import', () => {
  it('indexes created and updated users exactly, and an undo puts the old entries back', async () => {
    const site = await newSite();
    const schema = triggers(site);
    const first = site.file('first.csv', '');
    writePeople(first, 40);
    await site.run(optionsFor(first, [...PEOPLE_MAPPING]));
    checkIndex(site);
    expect(found(site, 'person.000007')).toEqual([site.userId('person.000007')]);

    // Ten of them move to a new department, two new people arrive.
    const lines = ['Username,First Name,Last Name,Department,E-Mail,Language,Mobile,Number'];
    for (let i = 0; i < 10; i++) lines.push(`person.00000${i},Anna,Quartzfield,Quarry works,person.00000${i}@example.com,1,,`);
    lines.push('newcomer.1,Ben,Quartzfield,Quarry works,,1,,', 'newcomer.2,Cem,Quartzfield,Quarry works,,1,,');
    const second = site.file('second.csv', `${lines.join('\n')}\n`);
    const summary = await site.run(optionsFor(second, [...PEOPLE_MAPPING], { duplicates: { match: ['username'], action: 'updateNonEmpty' } }));
    expect(summary.record).toMatchObject({ created: 2, updated: 10 });
    checkIndex(site);
    expect(found(site, 'Quarry works')).toHaveLength(12);
    expect(found(site, 'Quartzfield')).toHaveLength(12);
    expect(triggers(site)).toEqual(schema);

    await site.api.call('import.undo', { id: summary.record.id });
    checkIndex(site);
    expect(found(site, 'Quartzfield')).toEqual([]);
    expect(found(site, 'person.000003')).toEqual([site.userId('person.000003')]);
  });

  it('leaves the triggers and the index as they were when the import is refused or changes nothing', async () => {
    const site = await newSite();
    const schema = triggers(site);
    const before = site.state();
    const file = site.file('nothing.csv', 'Username,First Name,Last Name,Department,E-Mail,Language,Mobile,Number\n,,,,,1,,\n');
    const summary = await site.run(optionsFor(file, [...PEOPLE_MAPPING]));
    expect(summary).toMatchObject({ recorded: false } satisfies Partial<ImportSummary>);
    expect(triggers(site)).toEqual(schema);
    expect(site.state()).toBe(before);
    checkIndex(site);
  });

  it('builds the indexes of users again after a large import, unique where they were, and after its undo', async () => {
    const site = await newSite();
    const schema = usersSchema(site);
    // More rows than the point where the indexes are set aside (2,000 writes, a quarter of the table).
    const file = site.file('large.csv', '');
    writePeople(file, 2500);
    const summary = await site.run(optionsFor(file, [...PEOPLE_MAPPING]));
    expect(summary.record.created).toBe(2500);
    expect(usersSchema(site)).toEqual(schema);
    expect(integrity(site)).toBe('ok');
    checkIndex(site);
    expect(found(site, 'person.002499')).toEqual([site.userId('person.002499')]);

    // The unique username index is back and enforced.
    const db = new Database(site.api.sitePath, { fileMustExist: true });
    registerNaturalOrder(db);
    try {
      expect(() => db.prepare("UPDATE users SET username = 'PERSON.000001' WHERE username = 'person.000002'").run()).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }

    // Every one of them moves: 2,500 updates with the indexes set aside, then undone.
    const lines = ['Username,First Name,Last Name,Department,E-Mail,Language,Mobile,Number'];
    for (let i = 0; i < 2500; i++) lines.push(`person.${String(i).padStart(6, '0')},,,Quarry works,,,,`);
    const moves = site.file('moves.csv', `${lines.join('\n')}\n`);
    const moved = await site.run(optionsFor(moves, [...PEOPLE_MAPPING], { duplicates: { match: ['username'], action: 'updateNonEmpty' } }));
    expect(moved.record.updated).toBe(2500);
    expect(usersSchema(site)).toEqual(schema);
    expect(integrity(site)).toBe('ok');
    checkIndex(site);
    expect(found(site, 'Quarry works')).toHaveLength(2500);

    await site.api.call('import.undo', { id: moved.record.id });
    expect(usersSchema(site)).toEqual(schema);
    expect(integrity(site)).toBe('ok');
    checkIndex(site);
    expect(found(site, 'Quarry works')).toEqual([]);
  });
});
