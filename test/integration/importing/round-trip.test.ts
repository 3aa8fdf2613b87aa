import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportLayout } from '@shared/channels/export';
import type { ImportInspection, ImportPreset, ImportSummary } from '@shared/channels/import';
import { IMPORT_FIELDS } from '@shared/channels/import';
import type { ExportFormat } from '@shared/channels/export';
import type { User, UserRow } from '@shared/domain';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import { siteHarness } from '../../support/contract-harness';
import type { SiteHarness } from '../../support/contract-harness';

/** Export, then import: the same users come back. Through the contract, as the console does it. */

/** What the Callisto layout carries of a user: every declared field of the record. */
const CARRIED = USER_FIELD_LIST.map((field) => field.name);

type Carried = Pick<User, (typeof CARRIED)[number]>;

async function users(api: SiteHarness): Promise<User[]> {
  const { rows } = await api.call<{ rows: UserRow[] }>('users.list', { limit: 1000 });
  const all = await Promise.all(rows.map((row) => api.call<User>('users.get', { id: row.id })));
  return all.sort((a, b) => a.username.localeCompare(b.username));
}

const carried = (user: User, fields: readonly (keyof User)[] = CARRIED): Partial<Carried> =>
  Object.fromEntries(fields.map((field) => [field, user[field]])) as Partial<Carried>;

/** Saves changes to a user through the editor's channel; credentials are set when given. */
async function edit(api: SiteHarness, username: string, changes: Partial<User>, credentials: { password?: string; pin?: string } = {}) {
  const current = (await users(api)).find((u) => u.username === username)!;
  const {
    password: _password,
    pin: _pin,
    lockedUntil,
    failedAttempts,
    passwordSetAt,
    passwordExpired,
    pinSetAt,
    pinExpired,
    source,
    createdAt,
    updatedAt,
    deletedAt,
    ...fields
  } = current;
  void [_password, _pin, lockedUntil, failedAttempts, passwordSetAt, passwordExpired, pinSetAt, pinExpired, source, createdAt, updatedAt, deletedAt];
  await api.call('users.save', {
    draft: {
      ...fields,
      ...changes,
      password: credentials.password ? { action: 'set', value: credentials.password, confirmation: credentials.password } : { action: 'keep' },
      pin: credentials.pin ? { action: 'set', value: credentials.pin, confirmation: credentials.pin } : { action: 'keep' },
    },
  });
}

/** A demo site whose users use every kind of value the layouts carry, including ones a spreadsheet would run. */
async function variedSite(): Promise<SiteHarness> {
  const api = await siteHarness();
  const groups = await api.call<{ id: number; name: string }[]>('groups.list');
  const group = (name: string) => groups.find((g) => g.name === name)!.id;
  await edit(
    api,
    'ashok.kumar',
    {
      department: '=SUM(A1:A9)',
      firstName: '@Ashok',
      lastName: '-Kumar, "AK"',
      aliases: ['+41445551005', 'ak'],
      authentication: 'ldap',
      vip: 4,
      pager: '+41 79 555 00 01',
      privileges: { ...(await users(api)).find((u) => u.username === 'ashok.kumar')!.privileges, sms: true, fax: true, webAccess: false },
      groupIds: [group('Management'), group('Night shift')],
    },
    { password: 'Sup3r-Secret;Pass|1', pin: '480275' },
  );
  await edit(api, 'hanako.sato', { language: 'it', enabled: false, showInDirectory: false, phantom: true, number: '' }, { pin: '2580' });
  await edit(api, 'gildong.hong', { language: 'es', email: '', mobile: '' });
  return api;
}

async function exportTo(api: SiteHarness, name: string, layout: ExportLayout, includeCredentials: boolean, format?: ExportFormat): Promise<string> {
  const path = join(api.dir, name);
  await api.call('export.users', { ids: null, layout, ...(format ? { format } : { bom: true }), includeCredentials, path });
  return path;
}

/** Takes every user out of the site for good, so the import has to create them all again. */
async function emptySite(api: SiteHarness): Promise<void> {
  const ids = (await users(api)).map((u) => u.id);
  await api.call('users.delete', { ids });
  await api.call('users.purge', { ids });
  expect(await users(api)).toEqual([]);
}

async function importBack(api: SiteHarness, path: string, preset: ImportPreset, includeCredentials: boolean): Promise<ImportSummary> {
  const inspection = await api.call<ImportInspection>('import.inspect', { path, preset });
  return api.call<ImportSummary>('import.run', {
    reading: { path, preset },
    mapping: inspection.suggestedMapping,
    duplicates: { match: ['username'], action: 'skip' },
    includeCredentials,
  });
}

describe('export then import', () => {
  it('Callisto layout with credentials: every field, password and PIN comes back as it was', async () => {
    const api = await variedSite();
    try {
      const before = await users(api);
      const first = await exportTo(api, 'first.csv', 'callisto', true);

      // The export's own header is what the import recognises: every column maps to its field by itself.
      const inspection = await api.call<ImportInspection>('import.inspect', { path: first });
      expect(inspection.suggestedMapping).toEqual([...IMPORT_FIELDS, null, null]);

      await emptySite(api);
      const summary = await importBack(api, first, 'generic', true);
      expect(summary.record).toMatchObject({ created: 6, updated: 0, skipped: 0, rejected: 0 });
      expect(summary.problems).toEqual([]);

      const after = await users(api);
      expect(after.map((u) => carried(u))).toEqual(before.map((u) => carried(u)));
      expect(after.map((u) => [u.username, u.password.set, u.pin.set])).toEqual(before.map((u) => [u.username, u.password.set, u.pin.set]));
      // The same export again, credentials included, is the same file byte for byte.
      const second = await exportTo(api, 'second.csv', 'callisto', true);
      expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    } finally {
      api.close();
    }
  }, 60_000);

  it('Callisto layout without credentials: the users come back, their passwords and PINs are not in the file', async () => {
    const api = await variedSite();
    try {
      const before = await users(api);
      const path = await exportTo(api, 'plain.csv', 'callisto', false);
      expect(readFileSync(path, 'utf8')).not.toContain('Sup3r-Secret');
      await emptySite(api);
      expect((await importBack(api, path, 'generic', false)).record).toMatchObject({ created: 6, rejected: 0 });
      expect((await users(api)).map((u) => carried(u))).toEqual(before.map((u) => carried(u)));
    } finally {
      api.close();
    }
  }, 60_000);

  it('CUCM BAT layout: names, user ID, department, locale, numbers, e-mail, mobile and pager come back', async () => {
    const api = await variedSite();
    try {
      const fields = ['username', 'firstName', 'lastName', 'department', 'language', 'phone', 'number', 'email', 'mobile', 'pager'] as const;
      const before = await users(api);
      const path = await exportTo(api, 'bat.csv', 'cucmBat', true);
      await emptySite(api);
      expect((await importBack(api, path, 'generic', true)).record).toMatchObject({ created: 6, rejected: 0 });
      const after = await users(api);
      expect(after.map((u) => carried(u, fields))).toEqual(before.map((u) => carried(u, fields)));
      expect(after.map((u) => u.pin.set)).toEqual(before.map((u) => u.pin.set));
    } finally {
      api.close();
    }
  }, 60_000);

  it.each<[string, ExportFormat]>([
    ['semicolon, Windows-1252', { delimiter: ';', encoding: 'windows-1252', lineEnding: 'crlf', forExcel: false }],
    ['tab, UTF-8 with BOM, LF', { delimiter: '\t', encoding: 'utf-8-bom', lineEnding: 'lf', forExcel: false }],
  ])(
    'CUCM BAT layout written with %s: the same users come back',
    async (_name, format) => {
      const api = await variedSite();
      try {
        const fields = ['username', 'firstName', 'lastName', 'department', 'language', 'phone', 'number', 'email', 'mobile', 'pager'] as const;
        const before = await users(api);
        const path = await exportTo(api, 'bat.csv', 'cucmBat', false, format);
        await emptySite(api);
        expect((await importBack(api, path, 'generic', false)).record).toMatchObject({ created: 6, rejected: 0 });
        expect((await users(api)).map((u) => carried(u, fields))).toEqual(before.map((u) => carried(u, fields)));
      } finally {
        api.close();
      }
    },
    60_000,
  );

  it('XiVO layout written with commas and a BOM instead of its own pipes: read back with the XiVO preset all the same', async () => {
    const api = await variedSite();
    try {
      const fields = ['username', 'firstName', 'lastName', 'mobile', 'number'] as const;
      const before = await users(api);
      const path = await exportTo(api, 'xivo.csv', 'xivo', false, { delimiter: ',', encoding: 'utf-8-bom', lineEnding: 'crlf', forExcel: false });
      await emptySite(api);
      expect((await importBack(api, path, 'xivo', false)).record).toMatchObject({ created: 6, rejected: 0 });
      expect((await users(api)).map((u) => carried(u, fields))).toEqual(before.map((u) => carried(u, fields)));
    } finally {
      api.close();
    }
  }, 60_000);

  it('XiVO layout, read with the XiVO preset: names, username, mobile, number and language (but Italian, which XiVO lacks) come back', async () => {
    const api = await variedSite();
    try {
      const fields = ['username', 'firstName', 'lastName', 'mobile', 'number'] as const;
      const before = await users(api);
      const path = await exportTo(api, 'xivo.txt', 'xivo', false);
      await emptySite(api);
      expect((await importBack(api, path, 'xivo', false)).record).toMatchObject({ created: 6, rejected: 0 });
      const after = await users(api);
      expect(after.map((u) => carried(u, fields))).toEqual(before.map((u) => carried(u, fields)));
      const languages = (list: User[]) => list.filter((u) => u.username !== 'hanako.sato').map((u) => u.language);
      expect(languages(after)).toEqual(languages(before));
    } finally {
      api.close();
    }
  }, 60_000);
});
