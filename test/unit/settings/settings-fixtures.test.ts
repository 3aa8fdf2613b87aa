import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SETTINGS_SECTIONS } from '@shared/domain';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import type { SettingsProblem, SettingsSectionName } from '@shared/domain';
import { setLogSink } from '../../../electron/services/log/log';
import type { LogRecord } from '../../../electron/services/log/log';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { createSettingsRepository } from '../../../electron/services/site/settings-repository';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const FIXTURES = join(__dirname, '../../fixtures/settings');
/** <section>-<the site version or the case it shows>.json, as that version of Roster wrote the section. */
const fixtures = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));
const sectionOf = (file: string) => file.slice(0, file.indexOf('-')) as SettingsSectionName;

/** Stores the text as the section's document, as the settings table holds it. */
function store(site: OpenSite, section: string, text: string): void {
  site.db.prepare('INSERT INTO settings (section, json) VALUES (?, ?) ON CONFLICT (section) DO UPDATE SET json = excluded.json').run(section, text);
}

/** A document damaged outside Roster: the table's json_valid check cannot stop a disk or a hand edit. */
function storeCorrupt(site: OpenSite, section: string, text: string): void {
  site.db.pragma('ignore_check_constraints = ON');
  store(site, section, text);
  site.db.pragma('ignore_check_constraints = OFF');
}

async function siteWith(documents: Record<string, string>, corrupt: Record<string, string> = {}): Promise<string> {
  const path = join(tempDir(), 'fixtures.roster');
  const site = await OpenSite.create(path, 'Fixtures', keyStore);
  for (const [section, text] of Object.entries(documents)) store(site, section, text);
  for (const [section, text] of Object.entries(corrupt)) storeCorrupt(site, section, text);
  site.close();
  return path;
}
const keyStore = new MemoryKeyStore();

describe('settings sections as earlier versions wrote them', () => {
  it('has a fixture for every section', () => {
    expect(new Set(fixtures.map(sectionOf))).toEqual(new Set(SETTINGS_SECTIONS));
  });

  it.each(fixtures)('keeps every value of %s', async (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const site = await OpenSite.open(await siteWith({ [sectionOf(file)]: text }), keyStore);
    expect(site.settings.read(sectionOf(file))).toMatchObject(JSON.parse(text) as object);
    expect(site.info().settingsProblems).toEqual([]);
    site.close();
  });

  it('reads Security as stored before the single sign-on URL was added, with that field at its default', async () => {
    const site = await OpenSite.open(await siteWith({ security: readFileSync(join(FIXTURES, 'security-before-sso.json'), 'utf8') }), keyStore);
    expect(site.settings.read('security')).toMatchObject({ lockoutAttempts: 3, securePasswords: true, passwordExpiryDays: 90, ssoUrl: '' });
    site.close();
  });
});

describe('settings sections that cannot be read as stored', () => {
  it('keeps the valid values, reports the reset ones as the site opens, and keeps the document for support', async () => {
    const stored = {
      rememberCredentials: true,
      lockoutAttempts: 500,
      lockoutMinutes: 30,
      securePasswords: true,
      passwordExpiryDays: 90,
      securePins: false,
      pinExpiryDays: null,
      ssoUrl: '',
    };
    const found: SettingsProblem[] = [];
    const path = await siteWith({ security: JSON.stringify(stored) });
    const site = await OpenSite.open(path, keyStore);
    expect(site.info().settingsProblems).toEqual([{ section: 'security', resetFields: ['lockoutAttempts'], unreadable: false }]);
    expect(site.settings.read('security')).toEqual({ ...stored, lockoutAttempts: 5 });

    // A second reader of the same file (an import worker) neither stores the copy again nor reports it again.
    createSettingsRepository(site.db, { onProblem: (problem) => found.push(problem) }).checkAll();
    expect(found).toEqual([]);
    const kept = site.db.prepare('SELECT section, document, reset_fields AS resetFields FROM settings_recovery').all();
    expect(kept).toEqual([{ section: 'security', document: JSON.stringify(stored), resetFields: '["lockoutAttempts"]' }]);
    site.close();
  });

  describe('in the log', () => {
    afterEach(() => setLogSink(null));

    it('writes each reset field with its section and the rule that refused it, never the stored value', async () => {
      const records: LogRecord[] = [];
      const stored = { ...DEFAULT_SECURITY_SETTINGS, lockoutAttempts: 500, ssoUrl: 'http://sso.Hand-Edited-Value.example' };
      const path = await siteWith({ security: JSON.stringify(stored) }, { cucm: '{"host":"Unfinished-Value' });
      setLogSink((record) => records.push(record));
      const site = await OpenSite.open(path, keyStore);
      site.close();
      setLogSink(null);

      expect(records).toEqual(
        expect.arrayContaining([
          {
            level: 'warn',
            event: 'settings.fieldReset',
            fields: { section: 'security', field: 'lockoutAttempts', reason: expect.stringMatching(/: security\.rule\.attempts$/) as string },
          },
          {
            level: 'warn',
            event: 'settings.fieldReset',
            fields: { section: 'security', field: 'ssoUrl', reason: expect.stringContaining('rule.url.https') as string },
          },
          { level: 'warn', event: 'settings.unreadable', fields: { section: 'cucm', reason: 'not JSON' } },
        ]),
      );
      const text = JSON.stringify(records);
      expect(text).not.toContain('Hand-Edited-Value');
      expect(text).not.toContain('Unfinished-Value');
      expect(text).not.toContain('500');
    });
  });

  it('opens a site whose section is not JSON, reads that section as its defaults and keeps the text once', async () => {
    const corrupt = '{"enabled":true,"host":"dc1.exam\u0000';
    const path = await siteWith({}, { contactPhotos: corrupt, security: '[3, true]' });
    const found: SettingsProblem[] = [];
    const site = await OpenSite.open(path, keyStore);
    expect(site.info().settingsProblems).toEqual([
      { section: 'security', resetFields: [], unreadable: true },
      { section: 'contactPhotos', resetFields: [], unreadable: true },
    ]);
    expect(site.settings.read('contactPhotos').enabled).toBe(false);
    site.close();

    const again = await OpenSite.open(path, keyStore);
    createSettingsRepository(again.db, { onProblem: (problem) => found.push(problem) }).checkAll();
    expect(found).toEqual([]);
    const kept = again.db
      .prepare('SELECT section, document, reset_fields AS resetFields, found_at AS foundAt FROM settings_recovery ORDER BY section')
      .all();
    expect(kept).toEqual([
      { section: 'contactPhotos', document: corrupt, resetFields: null, foundAt: expect.any(String) as string },
      { section: 'security', document: '[3, true]', resetFields: null, foundAt: expect.any(String) as string },
    ]);
    again.close();
  });

  it('tells onProblem once and stops listing a section once it is saved again', async () => {
    const db = (await OpenSite.open(await siteWith({}, { cucm: 'not json' }), keyStore)).db;
    db.prepare('DELETE FROM settings_recovery').run();
    const found: SettingsProblem[] = [];
    const settings = createSettingsRepository(db, { onProblem: (problem) => found.push(problem) });
    settings.checkAll();
    settings.checkAll();
    expect(found).toEqual([{ section: 'cucm', resetFields: [], unreadable: true }]);
    settings.write('cucm', settings.read('cucm'));
    expect(settings.problems()).toEqual([]);
    db.close();
  });
});
