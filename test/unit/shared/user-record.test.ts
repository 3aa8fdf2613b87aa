import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportInspection } from '@shared/channels/import';
import type { User, UserDraft } from '@shared/index';
import { grantsFromText, grantsToText } from '@shared/import/application-grants-text';
import { phonesFromText, phonesToText } from '@shared/import/phones-text';
import { applicationsSchema } from '@shared/rules/user-field-rules';
import { FILE_FIELDS } from '@shared/user-record/file-fields';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

// The user record is declared once (shared/user-record/user-fields.ts). These tests hold the declaration to
// what the site file and the contract really do, and follow the notes field (added only through its
// declaration, a migration and the catalog) through every part of Roster.

let api: SiteHarness;
beforeEach(async () => {
  api = await siteHarness();
});
afterEach(() => api.close());

async function newDraft(changes: Partial<UserDraft>): Promise<UserDraft> {
  return { ...(await api.call<UserDraft>('users.newDraft')), username: 'anna.berg', ...changes };
}

const search = async (text: string) => (await api.call<{ rows: { username: string }[] }>('users.list', { text })).rows.map((row) => row.username);

describe('the declaration of the user record', () => {
  it('names only columns the site file has, and the search index holds exactly the searched ones', () => {
    const db = new Database(api.sitePath, { readonly: true });
    try {
      const columns = new Set((db.prepare("SELECT name FROM pragma_table_xinfo('users')").pluck().all() as string[]).map(String));
      for (const field of USER_FIELD_LIST) {
        const storage = field.storage;
        const declared = storage.as === 'switches' ? Object.values(storage.columns) : 'column' in storage ? [storage.column] : [];
        for (const column of declared) expect(columns.has(column), `${field.name}: ${column}`).toBe(true);
      }
      const indexed = (db.prepare("SELECT name FROM pragma_table_info('users_fts')").pluck().all() as string[]).sort();
      const searched = USER_FIELD_LIST.filter((f) => f.search)
        .map((f) =>
          f.storage.as === 'aliases' ? 'alias_text' : f.storage.as === 'phones' ? 'device_text' : 'column' in f.storage ? f.storage.column : '',
        )
        .sort();
      expect(indexed).toEqual(searched);
    } finally {
      db.close();
    }
  });

  it('offers every file field under one name, with a header that maps back to it', () => {
    const names = FILE_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['notes', 'applicationGrants', 'privilege.applications', 'groups', 'password', 'pin']));
  });
});

describe('notes, a field added through its declaration only', () => {
  it('is saved, read, searched by a free word and by notes:, and logged under its label', async () => {
    const saved = await api.call<User>('users.save', { draft: await newDraft({ notes: 'Works from the Basel office.\nPrefers e-mail.' }) });
    expect(saved.notes).toBe('Works from the Basel office.\nPrefers e-mail.');
    expect((await api.call<User>('users.get', { id: saved.id })).notes).toBe(saved.notes);
    expect(await search('basel')).toEqual(['anna.berg']);
    expect(await search('notes:prefers')).toEqual(['anna.berg']);
    expect(await search('note:"basel office"')).toEqual(['anna.berg']);
    expect(await search('notes:nowhere')).toEqual([]);
    // A column the user list can show and sort by.
    const { rows: listed } = await api.call<{ rows: Record<string, unknown>[] }>('users.list', {
      text: 'basel',
      sort: { column: 'notes', direction: 'desc' },
    });
    expect(listed.map((row) => row.notes)).toEqual([saved.notes]);

    const { rows } = await api.call<{ rows: { entityLabel: string; changes: { field: string; after?: unknown }[] }[] }>('audit.list', {
      filter: {},
      limit: 5,
    });
    expect(rows[0]!.changes).toContainEqual(expect.objectContaining({ field: 'notes', after: saved.notes }));
  });

  it('refuses control characters and more than 2,000 characters, at the field', async () => {
    for (const notes of ['bell\u0007', 'x'.repeat(2001)]) {
      const error = await api.refusal('users.save', { draft: await newDraft({ notes }) });
      expect(error.issues?.map((issue) => issue.path.join('.'))).toEqual(['draft.notes']);
    }
  });

  it('goes out in the Roster layout and comes back in through the import', async () => {
    const saved = await api.call<User>('users.save', {
      draft: await newDraft({
        notes: 'Night shift, "on call"; second line',
        phones: [{ device: 'SEP001EBE90DFAD', model: 'Cisco 8845', line: 1 }],
        applications: [
          { application: 'conferenceManager', options: ['manageAllRooms'] },
          { application: 'oim', options: [] },
        ],
      }),
    });
    const target = join(api.dir, 'out.csv');
    await api.call('export.users', { ids: [saved.id], layout: 'callisto', bom: false, includeCredentials: false, path: target });
    const text = readFileSync(target, 'utf8');
    expect(text.split('\r\n')[0]).toContain('Notes');
    expect(text).toContain('"Night shift, ""on call""; second line"');
    expect(text).toContain('conferenceManager: manageAllRooms; oim');

    await api.call('users.delete', { ids: [saved.id] });
    await api.call('users.purge', { ids: [saved.id] });
    const inspection = await api.call<ImportInspection>('import.inspect', { path: target });
    await api.call('import.run', {
      reading: { path: target },
      mapping: inspection.suggestedMapping,
      duplicates: { match: ['username'], action: 'skip' },
      includeCredentials: false,
    });
    const back = (await api.call<{ rows: { id: number; username: string }[] }>('users.list', { text: 'anna.berg' })).rows[0]!;
    const user = await api.call<User>('users.get', { id: back.id });
    expect(user.notes).toBe('Night shift, "on call"; second line');
    expect(user.applications).toEqual(saved.applications);
    expect(user.phones).toEqual(saved.phones);
  });
});

describe('phones', () => {
  const PHONES = [
    { device: 'SEP001EBE90DFAD', model: 'Cisco 8845', line: 1 },
    { device: 'CSFABERG', model: '', line: null },
  ];

  it('are saved in order, found by device:, and refused when a name is bad or listed twice', async () => {
    const saved = await api.call<User>('users.save', { draft: await newDraft({ phones: PHONES }) });
    expect((await api.call<User>('users.get', { id: saved.id })).phones).toEqual(PHONES);
    expect(await search('device:SEP001EBE*')).toEqual(['anna.berg']);
    expect(await search('csfaberg')).toEqual(['anna.berg']);

    const refused = async (phones: unknown) =>
      (await api.refusal('users.save', { draft: { ...(await newDraft({ username: 'b.user' })), phones } })).issues?.map((issue) => [
        issue.path.join('.'),
        issue.message,
      ]);
    expect(await refused([{ device: 'SEP 00', model: '', line: null }])).toEqual([['draft.phones.0.device', 'rule.device.name']]);
    expect(await refused([{ device: 'SEP001', model: '', line: 0 }])).toEqual([['draft.phones.0.line', 'rule.device.line']]);
    expect(
      await refused([
        { device: 'SEP001', model: '', line: null },
        { device: 'sep001', model: '', line: null },
      ]),
    ).toEqual([['draft.phones.1.device', 'rule.device.duplicate']]);
  });

  it('are read and written in one cell', () => {
    expect(phonesToText(PHONES)).toBe('SEP001EBE90DFAD: Cisco 8845, line 1; CSFABERG');
    expect(phonesFromText(phonesToText(PHONES))).toEqual(PHONES);
    expect(phonesFromText('SEP00AA: line 2')).toEqual([{ device: 'SEP00AA', model: '', line: 2 }]);
  });
});

describe('application grants', () => {
  it('are read and written in one cell, options by name', () => {
    const grants = grantsFromText('Conference Manager: create rooms, MANAGEALLROOMS; oim');
    expect(grants).toEqual([
      { application: 'conferenceManager', options: ['createRooms', 'manageAllRooms'] },
      { application: 'oim', options: [] },
    ]);
    expect(grantsFromText(grantsToText(grants))).toEqual(grants);
  });

  it('refuses an unknown application, an option its application lacks, and a second grant of one application', async () => {
    const refused = async (applications: unknown) =>
      (await api.refusal('users.save', { draft: { ...(await newDraft({})), applications } })).issues?.map((issue) => [
        issue.path.join('.'),
        issue.message,
      ]);
    expect(await refused([{ application: 'solitaire', options: [] }])).toEqual([['draft.applications.0.application', 'rule.application.unknown']]);
    expect(await refused([{ application: 'oim', options: ['createRooms'] }])).toEqual([
      ['draft.applications.0.options.0', 'rule.application.option'],
    ]);
    expect(
      await refused([
        { application: 'oim', options: [] },
        { application: 'oim', options: [] },
      ]),
    ).toEqual([['draft.applications.1.application', 'rule.application.duplicate']]);
  });
});

describe('PIN confirmation', () => {
  it('refuses a PIN whose confirmation differs, at the confirmation', async () => {
    const error = await api.refusal('users.save', { draft: await newDraft({ pin: { action: 'set', value: '90210', confirmation: '90211' } }) });
    expect(error.issues?.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['draft.pin.confirmation', 'rule.pin.confirmation']]);
  });
});

describe('usernames of any script', () => {
  it('are kept in composed form, so a decomposed "ü" is the same name as a composed one', async () => {
    const saved = await api.call<User>('users.save', { draft: await newDraft({ username: 'ju\u0308rgen.weiß' }) });
    expect(saved.username).toBe('jürgen.weiß');
    const error = await api.refusal('users.save', { draft: await newDraft({ username: 'jürgen.weiß' }) });
    expect(error.code).toBe('CONFLICT');
  });
});

describe('a site written by an earlier version', () => {
  it('reads a list of application names (before version 11) as grants without options', () => {
    expect(applicationsSchema.parse(['oim', 'attendantConsole'])).toEqual([
      { application: 'oim', options: [] },
      { application: 'attendantConsole', options: [] },
    ]);
  });
});
