import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFormat } from '@shared/channels/export';
import type { ImportInspection, ImportSummary } from '@shared/channels/import';
import { IMPORT_FIELDS } from '@shared/channels/import';
import { APPLICATION_OPTIONS, APPLICATIONS, LANGUAGES, PRIVILEGES } from '@shared/domain';
import type { User, UserGroup, UserRow } from '@shared/domain';
import type { UserDraft } from '@shared/rules/user-rules';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import { createSite, siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

/**
 * The whole user record through the Roster layout and back: a generated site whose users fill every field
 * of the record (every field declared, so a field added later is covered by itself), exported in several
 * formats, imported into a new, empty site: every user identical field by field, groups included.
 */

const USERS = 24;

/** A small deterministic generator: the same site every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return { flip: () => next() < 0.5, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]! };
}

const GROUPS = ['Management', 'Night shift, on call', 'Außendienst', 'Support team', 'Sales; EMEA'.replace(';', ' –')];

/** A user whose every field is filled, with values a spreadsheet or a careless writer would mangle. */
function fullDraft(base: UserDraft, index: number, groupIds: number[]): UserDraft {
  const r = generator(index + 7);
  const privileges = Object.fromEntries(PRIVILEGES.map((p) => [p, r.flip()])) as UserDraft['privileges'];
  privileges.sms = true;
  const grants = APPLICATIONS.filter(() => r.flip()).map((application) => ({
    application,
    options: APPLICATION_OPTIONS[application].filter(() => r.flip()) as string[],
  }));
  const n = String(index).padStart(2, '0');
  return {
    ...base,
    username: index % 3 === 0 ? `jürgen.weiß${n}` : `user.${n}@example.com`,
    firstName: index % 4 === 0 ? '=Jörg' : `Zoë ${n}`,
    lastName: index % 5 === 0 ? '-Müller, "JM"' : `Weiß-Łódź ${n}`.replace('Łódź', 'Lodz'),
    department: index % 2 === 0 ? '@Außendienst; Süd' : 'Sales | EMEA',
    vip: index % 6,
    email: `person${n}@exämple.ch`.replace('ä', 'a'),
    language: r.pick(LANGUAGES),
    mobile: `+41 79 123 45 ${n}`,
    pager: index % 2 ? '' : `+41 76 000 00 ${n}`,
    phone: `+41 44 555 10 ${n}`,
    number: String(4000 + index),
    aliases: [`+4144555${String(1000 + index)}`, `alias-${n}`],
    authentication: r.pick(['local', 'ldap', 'cucm'] as const),
    enabled: index % 7 !== 0,
    showInDirectory: r.flip(),
    phantom: index % 8 === 0,
    groupIds: groupIds.filter(() => r.flip()),
    privileges,
    alwaysPromptPin: r.flip(),
    voiceRecording: { inbound: r.flip(), outbound: r.flip(), userCanDelete: r.flip() },
    applications: grants,
    internalContactsGroupId: r.pick([null, ...groupIds]),
    externalContactsGroupId: r.pick([null, ...groupIds]),
    voicemail: { forwardToEmail: r.flip(), markAsRead: r.flip(), smsOnNew: r.flip() },
    fax: { forwardToEmail: r.flip(), markAsRead: r.flip(), smsOnNew: r.flip(), outboundConfirmation: r.flip() },
    notes: `Line one of ${n}, "quoted"; with € and |pipe|\nsecond line +tab`,
    phones: [
      { device: `SEP00AABBCC${n}EE`, model: 'Cisco 8845', line: 1 },
      { device: `CSFUSER${n}`, model: 'Cisco Unified Client Services Framework', line: null },
    ],
    password: { action: 'set', value: `Pw=${n}+1;"x"|y`, confirmation: `Pw=${n}+1;"x"|y` },
    pin: { action: 'set', value: `58${n}31`, confirmation: `58${n}31` },
  };
}

async function generatedSite(): Promise<SiteHarness> {
  const api = await siteHarness({ demo: false });
  const groupIds: number[] = [];
  for (const name of GROUPS) groupIds.push((await api.call<UserGroup>('groups.save', { draft: { id: null, name, description: '' } })).id);
  const base = await api.call<UserDraft>('users.newDraft');
  for (let index = 1; index <= USERS; index++) await api.call('users.save', { draft: fullDraft(base, index, groupIds) });
  return api;
}

/** Every user of the open site as comparable records: the declared fields, group ids as names, secrets' status. */
async function records(api: SiteHarness): Promise<Record<string, unknown>[]> {
  const groups = new Map((await api.call<UserGroup[]>('groups.list')).map((g) => [g.id, g.name]));
  const { rows } = await api.call<{ rows: UserRow[] }>('users.list', { limit: 1000 });
  const users = await Promise.all(rows.map((row) => api.call<User>('users.get', { id: row.id })));
  return users
    .map((user) => {
      const record: Record<string, unknown> = {};
      for (const field of USER_FIELD_LIST) {
        const value = user[field.name];
        record[field.name] =
          field.storage.as === 'groups'
            ? (value as number[]).map((id) => groups.get(id)).sort()
            : field.storage.as === 'groupRef'
              ? value === null
                ? null
                : groups.get(value as number)
              : value;
      }
      record.passwordSet = user.password.set;
      record.pinSet = user.pin.set;
      return record;
    })
    .sort((a, b) => String(a.username).localeCompare(String(b.username)));
}

const FORMATS: [string, ExportFormat][] = [
  ['the layout’s own (comma, UTF-8, CRLF)', { delimiter: ',', encoding: 'utf-8', lineEnding: 'crlf', forExcel: false }],
  ['semicolon, Windows-1252, CRLF', { delimiter: ';', encoding: 'windows-1252', lineEnding: 'crlf', forExcel: false }],
  ['tab, UTF-8 with BOM, LF', { delimiter: '\t', encoding: 'utf-8-bom', lineEnding: 'lf', forExcel: false }],
  ['pipe, UTF-8, LF', { delimiter: '|', encoding: 'utf-8', lineEnding: 'lf', forExcel: false }],
  ['for Excel: semicolon, UTF-8 with BOM, formulas neutralised', { delimiter: ';', encoding: 'utf-8-bom', lineEnding: 'crlf', forExcel: true }],
];

describe('the whole user record through the Roster layout', () => {
  it.each(FORMATS)(
    'export (%s), import into an empty site: every user identical field by field, groups created',
    async (_name, format) => {
      const api = await generatedSite();
      try {
        const before = await records(api);
        expect(before).toHaveLength(USERS);
        // Every declared field is carried: none is left at a value the test did not choose.
        expect(Object.keys(before[0]!)).toEqual([...USER_FIELD_LIST.map((f) => f.name), 'passwordSet', 'pinSet']);

        const path = join(api.dir, 'everything.csv');
        await api.call('export.users', { ids: null, layout: 'callisto', format, includeCredentials: true, path });
        const bytes = readFileSync(path);
        if (format.encoding === 'windows-1252') expect(bytes.includes(Buffer.from('Weiß', 'latin1'))).toBe(true);
        expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(format.encoding === 'utf-8-bom');
        const text = bytes.toString(format.encoding === 'windows-1252' ? 'latin1' : 'utf8');
        expect(text.includes('\r\n')).toBe(format.lineEnding === 'crlf');
        // Values as they are in a machine file; an apostrophe before formula characters only for Excel.
        expect(text.includes("'=Jörg")).toBe(format.forExcel);
        expect(text.includes('+41 79 123 45 01')).toBe(true);

        await createSite(api, { file: 'empty.roster', name: 'Empty', demo: false });
        expect(await records(api)).toEqual([]);
        const inspection = await api.call<ImportInspection>('import.inspect', { path });
        expect(inspection).toMatchObject({ delimiter: format.delimiter, encoding: format.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8' });
        // Every column maps to its field by its header; the account's lock is written for the reader only.
        expect(inspection.suggestedMapping).toEqual([...IMPORT_FIELDS, null, null]);
        const summary = await api.call<ImportSummary>('import.run', {
          reading: { path },
          mapping: inspection.suggestedMapping,
          duplicates: { match: ['username'], action: 'skip' },
          includeCredentials: true,
        });
        expect(summary.problems).toEqual([]);
        expect(summary.record).toMatchObject({ created: USERS, rejected: 0 });
        expect(summary.groupsCreated.sort()).toEqual([...GROUPS].sort());
        expect(await records(api)).toEqual(before);
        // Passwords and PINs came back as they were: the same export of the new site is the same file, byte for byte.
        const again = join(api.dir, 'again.csv');
        await api.call('export.users', { ids: null, layout: 'callisto', format, includeCredentials: true, path: again });
        expect(readFileSync(again).equals(bytes)).toBe(true);
      } finally {
        api.close();
      }
    },
    120_000,
  );
});
