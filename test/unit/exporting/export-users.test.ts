import { pickUserFields } from '@shared/user-record/user-fields';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '@shared/channels/audit';
import { IMPORT_FIELDS } from '@shared/channels/import';
import type { ImportField } from '@shared/channels/import';
import { callistoHeader, suggestMapping } from '@shared/import/header-names';
import { english, translate } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import { exportUsers } from '../../../electron/services/exporting/export-users';
import type { ExportRequest } from '../../../electron/services/exporting/export-users';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { siteHarness } from '../../support/contract-harness';
import { useTempDirs } from '../../support/temp-dir';
import { idOf } from '../bulk/bulk-fixtures';
import { demoSite } from '../services/site-fixtures';

const tempDir = useTempDirs();

/** The file's lines, without the byte-order mark (asserted separately) and the last line end (CRLF unless told). */
function linesOf(path: string, lineEnd = '\r\n'): string[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  expect(text.endsWith(lineEnd)).toBe(true);
  if (lineEnd === '\n') expect(text).not.toContain('\r');
  return text.slice(0, -lineEnd.length).split(lineEnd);
}

type RequestChanges = Partial<Omit<ExportRequest, 'target'>> & { path?: string; overwrite?: boolean };

/** An export request whose target passed the contract's file checks (FileAccess): `overwrite` is the confirmed replace. */
function request(dir: string, { path = join(dir, 'users.csv'), overwrite = false, ...changes }: RequestChanges = {}): ExportRequest {
  return { ids: null, layout: 'callisto', bom: true, includeCredentials: false, target: { path, replace: overwrite }, ...changes };
}

async function refusalOf(promise: Promise<unknown>): Promise<RosterError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
}

const lastAudit = (site: OpenSite) =>
  site.db.prepare('SELECT entity, entity_label AS entityLabel, action, changes FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    entity: string;
    entityLabel: string;
    action: string;
    changes: string;
  };

describe('export in the Callisto layout', () => {
  it('writes every Roster field under the editor’s names, in username order, with a BOM and CRLF lines, and no credential', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const ashok = idOf(site, 'ashok.kumar');
      site.secrets.set('user', ashok, 'password', 'Sup3r-Secret-Pass');
      site.secrets.set('user', ashok, 'pin', '480275');
      const stored = site.users.get(ashok)!;
      site.users.update(ashok, { ...stored, aliases: ['+41445551005', 'ak'] }, new Date().toISOString(), stored);
      const result = await exportUsers(site, request(dir, { ids: [idOf(site, 'hans.meier'), ashok, ashok] }));
      expect(result).toEqual({ path: join(dir, 'users.csv'), rows: 2 });

      const raw = readFileSync(result.path, 'utf8');
      expect(raw.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = linesOf(result.path);
      const exported: ImportField[] = IMPORT_FIELDS.filter((f) => f !== 'password' && f !== 'pin');
      // The record's fields, then the account's lock (written for the reader, not read back).
      expect(header).toBe([...exported.map((f) => callistoHeader(f)), 'Locked until', 'Lock reason'].join(','));
      expect(header).toContain('Username,First Name,Last Name,Department,VIP,E-Mail,Language,Mobile,Pager,Phone,Number,Aliases');
      // Every header maps back to its own field in the import: the round trip starts here.
      expect(suggestMapping(header!.split(','))).toEqual([...exported, null, null]);
      expect(rows).toHaveLength(2);
      const cells = (line: string) => {
        const values = line.split(',');
        return (field: ImportField) => values[exported.indexOf(field)];
      };
      const ashokCell = cells(rows[0]!);
      expect(['username', 'firstName', 'lastName', 'vip', 'language', 'number', 'groups', 'enabled'].map((f) => ashokCell(f as ImportField))).toEqual(
        ['ashok.kumar', 'Ashok', 'Kumar', '5', '1', '1005', 'Management', '1'],
      );
      // A machine file: values exactly as stored, a + stays a +.
      expect(ashokCell('mobile')).toBe('+41790000000');
      expect(ashokCell('aliases')).toBe('+41445551005 ak');
      expect(ashokCell('privilege.sms')).toBe('0');
      expect(ashokCell('privilege.webAccess')).toBe('1');
      const hansCell = cells(rows[1]!);
      expect([hansCell('username'), hansCell('language'), hansCell('groups')]).toEqual(['hans.meier', '2', 'Night shift; Support team']);
      expect(raw).not.toContain('Sup3r-Secret-Pass');
      expect(raw).not.toContain('480275');
      expect(header!.split(',')).not.toContain(callistoHeader('password'));
      expect(header!.split(',')).not.toContain(callistoHeader('pin'));
    } finally {
      site.close();
    }
  });

  it('for Excel only: neutralises every cell a spreadsheet would run; quotes commas and quotes in both', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const ashok = idOf(site, 'ashok.kumar');
      site.db
        .prepare(
          "UPDATE users SET department = '=HYPERLINK(\"http://x\")', first_name = '@SUM(A1)', phone = '-1+2', last_name = 'Kumar, \"AK\"', pager = char(9) || 'tab' WHERE id = ?",
        )
        .run(ashok);
      const forExcel = { delimiter: ',', encoding: 'utf-8-bom', lineEnding: 'crlf', forExcel: true } as const;
      const { path } = await exportUsers(site, request(dir, { ids: [ashok], format: forExcel }));
      expect(readFileSync(path, 'utf8').startsWith('\uFEFF')).toBe(true);
      const row = linesOf(path)[1]!;
      expect(row.startsWith(`ashok.kumar,'@SUM(A1),"Kumar, ""AK""","'=HYPERLINK(""http://x"")",5,`)).toBe(true);
      expect(row).toContain(",'-1+2,");
      expect(row).toContain(",'\ttab,");
      expect(JSON.parse(lastAudit(site).changes)).toContainEqual({
        field: 'exportFormat',
        before: null,
        after: 'Comma ( , ), UTF-8 with BOM, CRLF (Windows), For Excel',
      });

      // The layout's own format writes the same values exactly, quoted only where CSV needs it.
      const exact = await exportUsers(site, request(dir, { ids: [ashok], bom: false, path: join(dir, 'exact.csv') }));
      expect(readFileSync(exact.path, 'utf8').startsWith('\uFEFF')).toBe(false);
      const exactRow = linesOf(exact.path)[1]!;
      expect(exactRow.startsWith(`ashok.kumar,@SUM(A1),"Kumar, ""AK""","=HYPERLINK(""http://x"")",5,`)).toBe(true);
      expect(exactRow).toContain(',-1+2,');
      expect(exactRow).toContain(',\ttab,');
    } finally {
      site.close();
    }
  });

  it('exports every active user when no selection is given, never a deleted one', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      site.users.softDelete([idOf(site, 'fred.bloggs')], new Date().toISOString());
      const { rows, path } = await exportUsers(site, request(dir));
      expect(rows).toBe(5);
      expect(
        linesOf(path)
          .slice(1)
          .map((line) => line.split(',')[0]),
      ).toEqual(['ashok.kumar', 'elisabeth.mueller', 'gildong.hong', 'hanako.sato', 'hans.meier']);
    } finally {
      site.close();
    }
  });

  it('writes passwords and PINs only when asked, decrypted in main, and records that they were included', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const ashok = idOf(site, 'ashok.kumar');
      site.secrets.set('user', ashok, 'password', 'Sup3r-Secret-Pass');
      site.secrets.set('user', ashok, 'pin', '480275');
      const { path } = await exportUsers(site, request(dir, { ids: [ashok, idOf(site, 'hans.meier')], includeCredentials: true }));
      const [header, ashokRow, hansRow] = linesOf(path);
      const names = header!.split(',');
      const at = (line: string, field: ImportField) => line.split(',')[names.indexOf(callistoHeader(field))];
      expect(at(ashokRow!, 'password')).toBe('Sup3r-Secret-Pass');
      expect(at(ashokRow!, 'pin')).toBe('480275');
      expect(at(hansRow!, 'password')).toBe('');

      const entry = lastAudit(site);
      expect(entry).toMatchObject({ entity: 'site', entityLabel: 'users.csv', action: 'export' });
      expect(JSON.parse(entry.changes)).toEqual([
        { field: 'exportRows', before: null, after: 2 },
        { field: 'exportLayout', before: null, after: 'Callisto' },
        { field: 'exportFormat', before: null, after: 'Comma ( , ), UTF-8 with BOM, CRLF (Windows)' },
        { field: 'exportFile', before: null, after: join(dir, 'users.csv') },
        { field: 'exportCredentials', before: null, after: true },
      ]);
      // The audit log says that credentials left the site, never what they were.
      expect(entry.changes).not.toContain('Sup3r');
    } finally {
      site.close();
    }
  });
});

describe('export presets', () => {
  it('XiVO: pipe-separated user and line sections with locales; Italian left empty, no line without a number', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const [elisabeth, hanako] = [idOf(site, 'elisabeth.mueller'), idOf(site, 'hanako.sato')];
      site.db.prepare("UPDATE users SET language = 'it', number = '' WHERE id = ?").run(hanako);
      const { path } = await exportUsers(site, request(dir, { ids: [elisabeth, hanako], layout: 'xivo', bom: false }));
      // XiVO's own format: pipes, LF, no byte-order mark, values as they are.
      expect(readFileSync(path, 'utf8').startsWith('firstname|')).toBe(true);
      expect(linesOf(path, '\n')).toEqual([
        'firstname|lastname|language|username|mobilephonenumber|phonenumber|context|protocol',
        'Elisabeth|Müller|de_DE|elisabeth.mueller|+41790000000|1009|default|sip',
        'Hanako|Sato||hanako.sato|+41790000000|||',
      ]);
      expect(JSON.parse(lastAudit(site).changes)).toContainEqual({ field: 'exportLayout', before: null, after: 'XiVO' });
    } finally {
      site.close();
    }
  });

  it('XiVO with credentials adds the password column and quotes a cell holding a pipe', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const ashok = idOf(site, 'ashok.kumar');
      site.secrets.set('user', ashok, 'password', 'pa|ss"word');
      const { path } = await exportUsers(site, request(dir, { ids: [ashok], layout: 'xivo', includeCredentials: true, bom: false }));
      expect(linesOf(path, '\n')).toEqual([
        'firstname|lastname|language|username|password|mobilephonenumber|phonenumber|context|protocol',
        `Ashok|Kumar|en_US|ashok.kumar|"pa|ss""word"|+41790000000|1005|default|sip`,
      ]);
    } finally {
      site.close();
    }
  });

  it('CUCM BAT: its column names and user locales; PASSWORD and PIN only with credentials', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const elisabeth = idOf(site, 'elisabeth.mueller');
      const { path } = await exportUsers(site, request(dir, { ids: [elisabeth], layout: 'cucmBat', bom: false }));
      expect(linesOf(path)).toEqual([
        'FIRST NAME,LAST NAME,USER ID,DEPARTMENT,USER LOCALE,TELEPHONE NUMBER,PRIMARY EXTENSION,MAIL ID,MOBILE NUMBER,PAGER NUMBER,CONTROLLED DEVICE 1',
        'Elisabeth,Müller,elisabeth.mueller,HR,German Germany,1009,1009,elisabeth.mueller@company.domain,+41790000000,,',
      ]);
      // Her phones are her controlled devices, by device name: as many columns as the user with the most phones needs.
      const stored = site.users.get(elisabeth)!;
      const phones = [
        { device: 'SEP001EBE90DFAD', model: 'Cisco 8851', line: 1 },
        { device: 'CSFEMUELLER', model: 'Cisco Unified Client Services Framework', line: null },
      ];
      site.users.update(elisabeth, { ...pickUserFields(stored), phones }, new Date().toISOString(), stored);
      const { path: withPhones } = await exportUsers(site, request(dir, { ids: [elisabeth], layout: 'cucmBat', bom: false, overwrite: true }));
      expect(linesOf(withPhones)[0]).toMatch(/,PAGER NUMBER,CONTROLLED DEVICE 1,CONTROLLED DEVICE 2$/);
      expect(linesOf(withPhones)[1]).toMatch(/,SEP001EBE90DFAD,CSFEMUELLER$/);
      site.secrets.set('user', elisabeth, 'pin', '2580');
      const withCredentials = await exportUsers(
        site,
        request(dir, { ids: [elisabeth], layout: 'cucmBat', includeCredentials: true, overwrite: true }),
      );
      expect(linesOf(withCredentials.path)[0]).toBe(
        'FIRST NAME,LAST NAME,USER ID,PASSWORD,DEPARTMENT,PIN,USER LOCALE,TELEPHONE NUMBER,PRIMARY EXTENSION,MAIL ID,MOBILE NUMBER,PAGER NUMBER,CONTROLLED DEVICE 1,CONTROLLED DEVICE 2',
      );
      expect(linesOf(withCredentials.path)[1]).toContain(',elisabeth.mueller,,HR,2580,German Germany,');
    } finally {
      site.close();
    }
  });
});

describe('where an export may be written', () => {
  it('refuses a folder at the path field, and a missing folder with its name', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const folder = await refusalOf(exportUsers(site, request(dir, { path: dir })));
      expect(folder.issues).toEqual([{ path: ['path'], message: 'export.path.folder' }]);
      const missing = await refusalOf(exportUsers(site, request(dir, { path: join(dir, 'nope', 'users.csv') })));
      expect(missing.toContractError()).toEqual({ code: 'IO', message: 'export.error.noFolder', params: { folder: join(dir, 'nope') } });
      expect(site.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(0);
    } finally {
      site.close();
    }
  });

  it('replaces an existing file only when told to, and never leaves a partial file behind', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      const path = join(dir, 'users.csv');
      writeFileSync(path, 'keep me');
      const exists = await refusalOf(exportUsers(site, request(dir)));
      expect(exists.toContractError()).toEqual({ code: 'CONFLICT', message: 'file.exists', params: { file: 'users.csv' } });
      expect(readFileSync(path, 'utf8')).toBe('keep me');
      await exportUsers(site, request(dir, { overwrite: true }));
      expect(linesOf(path)).toHaveLength(7);
      expect(readdirSync(dir).filter((name) => name.endsWith('.part'))).toEqual([]);
    } finally {
      site.close();
    }
  });
});

describe('export of a large site', () => {
  it('writes 100,000 users in chunks, letting other work run between them', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      // 100,000 users by plain SQL: the export, not the site filling, is under test.
      site.db.exec(`
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 99994)
        INSERT INTO users (username, first_name, last_name, number, created_at, updated_at)
        SELECT printf('bulk.user%06d', i), 'Bulk', printf('User %d', i), printf('%d', 300000 + i), '2026-01-01', '2026-01-01' FROM n;
      `);
      let ticks = 0;
      const timer = setInterval(() => ticks++, 0);
      const exporting = exportUsers(site, request(dir));
      const result = await exporting;
      clearInterval(timer);
      expect(result.rows).toBe(100_000);
      expect(ticks).toBeGreaterThan(0);
      const lines = linesOf(result.path);
      expect(lines).toHaveLength(100_001);
      expect(lines[1]!.startsWith('ashok.kumar,')).toBe(true);
      expect(lines.at(-1)!.startsWith('hans.meier,')).toBe(true);
    } finally {
      site.close();
    }
  }, 60_000);
});

describe('export through the contract', () => {
  it('writes the file and records the export; without a native dialog export.pickPath is unsupported', async () => {
    const api = await siteHarness();
    try {
      const path = join(api.dir, 'out.csv');
      const written = await api.call<{ path: string; rows: number }>('export.users', {
        ids: null,
        layout: 'cucmBat',
        bom: false,
        includeCredentials: false,
        path,
      });
      expect(written).toEqual({ path, rows: 6 });
      expect(existsSync(path)).toBe(true);
      const audit = await api.call<{ rows: AuditRecord[] }>('audit.list', { filter: { entity: 'site' } });
      expect(audit.rows[0]).toMatchObject({ action: 'export', entityLabel: 'out.csv' });
      expect(await api.refusal('export.pickPath', { suggestedName: 'users.csv' })).toMatchObject({ code: 'UNSUPPORTED' });
      expect(await api.refusal('import.pickFile', {})).toMatchObject({ code: 'UNSUPPORTED' });
    } finally {
      api.close();
    }
  });
});

describe('what the chosen file cannot hold is refused before anything is written', () => {
  const windows1252 = { delimiter: ';', encoding: 'windows-1252', lineEnding: 'crlf', forExcel: false } as const;

  it('Windows-1252: a name with Ł lists the users and the characters; no file, no partial file, no audit entry', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      site.db.prepare("UPDATE users SET first_name = 'Łukasz', last_name = 'Nowak' WHERE username = 'ashok.kumar'").run();
      site.db.prepare("UPDATE users SET notes = 'Tokyo office 東京' WHERE username = 'hanako.sato'").run();
      const refusal = await refusalOf(exportUsers(site, request(dir, { format: windows1252 })));
      expect(refusal.toContractError()).toMatchObject({
        code: 'VALIDATION',
        message: 'export.error.encoding',
        params: { count: 2, characters: 'Ł 東 京' },
      });
      const text = translate(english, refusal.messageKey, refusal.params);
      expect(text).toContain('Windows-1252 cannot hold Ł 東 京, used by 2 users. Nothing was written.');
      expect(text).toContain('Łukasz Nowak (ashok.kumar): Ł');
      expect(text).toContain('Hanako Sato (hanako.sato): 東 京');
      expect(readdirSync(dir).filter((name) => name.endsWith('.csv') || name.endsWith('.part'))).toEqual([]);
      expect(site.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'export'").pluck().get()).toBe(0);

      // What Windows-1252 holds is written in it, byte for byte: ü as 0xFC, € as 0x80, not replaced.
      site.db.prepare("UPDATE users SET first_name = 'Jürgen €', notes = '' WHERE username IN ('ashok.kumar', 'hanako.sato')").run();
      const { path } = await exportUsers(site, request(dir, { format: windows1252 }));
      const bytes = readFileSync(path);
      expect(bytes.includes(Buffer.from([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x20, 0x80]))).toBe(true);
      expect(bytes.includes(0x3f)).toBe(false);
    } finally {
      site.close();
    }
  });

  it('XiVO takes ASCII usernames only: jürgen.weiß is listed and nothing is written; CUCM BAT writes it as it is', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      site.db.prepare("UPDATE users SET username = 'jürgen.weiß', first_name = 'Jürgen', last_name = 'Weiß' WHERE username = 'hans.meier'").run();
      const refusal = await refusalOf(exportUsers(site, request(dir, { layout: 'xivo' })));
      expect(refusal.toContractError()).toMatchObject({
        code: 'VALIDATION',
        message: 'export.error.asciiUsernames',
        params: { count: 1, layout: 'XiVO' },
      });
      expect(translate(english, refusal.messageKey, refusal.params)).toContain('Jürgen Weiß (jürgen.weiß)');
      expect(readdirSync(dir).filter((name) => name.endsWith('.csv') || name.endsWith('.part'))).toEqual([]);

      const { path } = await exportUsers(site, request(dir, { layout: 'cucmBat' }));
      expect(readFileSync(path, 'utf8')).toContain(',jürgen.weiß,');
    } finally {
      site.close();
    }
  });

  it('names at most twenty users and says how many more', async () => {
    const dir = tempDir();
    const site = await demoSite(dir);
    try {
      site.db.exec(`
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
        INSERT INTO users (username, first_name, last_name, number, created_at, updated_at)
        SELECT printf('łucja%02d', i), 'Łucja', printf('Nowak %d', i), printf('%d', 7000 + i), '2026-01-01', '2026-01-01' FROM n;
      `);
      const refusal = await refusalOf(exportUsers(site, request(dir, { layout: 'xivo' })));
      const text = translate(english, refusal.messageKey, refusal.params);
      expect(text.split('\n').filter((line) => line.includes('(łucja'))).toHaveLength(20);
      expect(text).toContain('… and 10 more users');
    } finally {
      site.close();
    }
  });
});

describe('the last format per layout', () => {
  it('is remembered on the workstation, each layout on its own, and forgotten when set back to the layout’s own', async () => {
    const api = await siteHarness();
    try {
      const semicolons = { delimiter: ';', encoding: 'windows-1252', lineEnding: 'crlf', forExcel: true } as const;
      expect((await api.call<{ exportFormats: object }>('prefs.get')).exportFormats).toEqual({});
      await api.call('prefs.setExportFormat', { layout: 'callisto', format: semicolons });
      const prefs = await api.call<{ exportFormats: object }>('prefs.setExportFormat', {
        layout: 'xivo',
        format: { delimiter: ',', encoding: 'utf-8', lineEnding: 'lf', forExcel: false },
      });
      expect(prefs.exportFormats).toEqual({ callisto: semicolons, xivo: { delimiter: ',', encoding: 'utf-8', lineEnding: 'lf', forExcel: false } });
      expect((await api.call<{ exportFormats: object }>('prefs.setExportFormat', { layout: 'xivo', format: null })).exportFormats).toEqual({
        callisto: semicolons,
      });
      expect(await api.refusal('prefs.setExportFormat', { layout: 'callisto', format: { ...semicolons, delimiter: '#' } })).toMatchObject({
        code: 'VALIDATION',
      });
    } finally {
      api.close();
    }
  });
});
