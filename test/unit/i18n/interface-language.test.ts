import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '@shared/channels/audit';
import type { Preferences } from '@shared/channels/prefs';
import { INTERFACE_LANGUAGES, LANGUAGE_OWN_NAMES, catalogFor, languageOfLocale, languageOfLocales } from '@shared/i18n/catalogs';
import { translate } from '@shared/i18n/en';
import { environmentLocales, systemLanguage } from '../../../electron/api/interface-language';
import { auditCsv } from '../../../electron/services/audit/audit-csv';
import { problemText } from '../../../electron/services/importing/error-report';
import { PrefsStore } from '../../../electron/services/prefs/prefs-store';
import { createHarness, createSite } from '../../support/contract-harness';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

describe('languageOfLocale: an operating system’s or browser’s locale to one of the five languages', () => {
  it.each([
    ['de-CH', 'de'],
    ['de_AT', 'de'],
    ['fr_CA.UTF-8', 'fr'],
    ['it', 'it'],
    ['it-CH@euro', 'it'],
    ['es-419', 'es'],
    ['EN-us', 'en'],
  ])('%s is %s', (tag, language) => {
    expect(languageOfLocale(tag)).toBe(language);
  });

  it.each(['pt-BR', 'gsw-CH', 'C', 'C.UTF-8', 'POSIX', '', '  ', '??-!!', 'x'])('“%s”, which Roster does not speak, is English', (tag) => {
    expect(languageOfLocale(tag)).toBe('en');
  });

  it('is English for no locale at all', () => {
    expect(languageOfLocale(undefined)).toBe('en');
    expect(languageOfLocale(null)).toBe('en');
  });

  it('takes the first language Roster speaks from a list of preferences, English when none', () => {
    expect(languageOfLocales(['gsw-CH', 'de-CH', 'en-GB'])).toBe('de');
    expect(languageOfLocales(['pt-PT', 'es-ES', 'fr-FR'])).toBe('es');
    expect(languageOfLocales(['ja-JP'])).toBe('en');
    expect(languageOfLocales([])).toBe('en');
  });
});

describe('the registry of catalogs', () => {
  it('has one catalog per language, each in its own locale, and each language by its own name', () => {
    expect(INTERFACE_LANGUAGES.map((language) => catalogFor(language).locale)).toEqual(['en', 'de', 'fr', 'it', 'es']);
    expect(INTERFACE_LANGUAGES.map((language) => LANGUAGE_OWN_NAMES[language])).toEqual(['English', 'Deutsch', 'Français', 'Italiano', 'Español']);
  });

  it('writes numbers as each language does', () => {
    const count = (language: 'en' | 'de' | 'fr') => translate(catalogFor(language), 'audit.change.more', { count: 12345 });
    expect(count('en')).toContain('12,345');
    expect(count('de')).toContain('12.345');
    expect(count('fr')).toMatch(/12\s345/u);
  });
});

describe('the system language main reads', () => {
  it('is Electron’s list where the platform gives one', () => {
    expect(systemLanguage({ mode: 'electron', version: '1', systemLocales: () => ['it-CH', 'de-CH'] })).toBe('it');
    expect(systemLanguage({ mode: 'electron', version: '1', systemLocales: () => ['ja-JP'] })).toBe('en');
  });

  it('in browser mode, the environment: LC_ALL, LC_MESSAGES, LANGUAGE, LANG, then what Intl found', () => {
    expect(environmentLocales({ LANG: 'fr_CH.UTF-8' })[0]).toBe('fr_CH.UTF-8');
    expect(environmentLocales({ LC_ALL: 'es_ES.UTF-8', LANG: 'de_DE.UTF-8' }).slice(0, 2)).toEqual(['es_ES.UTF-8', 'de_DE.UTF-8']);
    expect(environmentLocales({ LANGUAGE: 'it:de', LANG: 'C.UTF-8' }).slice(0, 3)).toEqual(['it', 'de', 'C.UTF-8']);
    expect(environmentLocales({}).length).toBe(1);
  });
});

describe('the language preference', () => {
  it('is "auto" in a new file and in an old one written before the choice existed, and kept once chosen', () => {
    const dir = tempDir();
    expect(new PrefsStore(dir).read().language).toBe('auto');
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ colorScheme: 'dark', recentSites: [] }));
    expect(new PrefsStore(dir).read()).toMatchObject({ colorScheme: 'dark', language: 'auto' });
    new PrefsStore(dir).update({ language: 'it' });
    expect(new PrefsStore(dir).read().language).toBe('it');
    expect(JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8'))).toMatchObject({ language: 'it', colorScheme: 'dark' });
  });

  it('forgets a language it does not know (a hand-edited file) and follows the system again', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'preferences.json'), JSON.stringify({ language: 'tlh', colorScheme: 'light' }));
    expect(new PrefsStore(dir).read()).toMatchObject({ language: 'auto', colorScheme: 'light' });
  });

  it('goes through the contract: prefs.setLanguage validates, prefs.get and app.info tell the renderer', async () => {
    const api = createHarness(tempDir(), undefined, { systemLocales: () => ['fr-CH'] });
    expect((await api.call<Preferences>('prefs.get')).language).toBe('auto');
    expect(await api.call('app.info')).toMatchObject({ systemLanguage: 'fr' });
    expect((await api.call<Preferences>('prefs.setLanguage', { language: 'de' })).language).toBe('de');
    expect((await api.call<Preferences>('prefs.get')).language).toBe('de');
    expect((await api.refusal('prefs.setLanguage', { language: 'pt' })).code).toBe('VALIDATION');
    expect((await api.call<Preferences>('prefs.setLanguage', { language: 'auto' })).language).toBe('auto');
    api.shutdown();
  });
});

describe('main writes its own words in the interface language', () => {
  const entry: AuditRecord = {
    id: 1,
    at: '2025-03-31T10:00:00.000Z',
    actor: 'admin',
    entity: 'user',
    entityId: 7,
    entityLabel: 'anna.berg',
    action: 'update',
    changes: [{ field: 'privileges.sms', before: false, after: true }],
    importId: null,
    bulkChangeId: null,
    operation: null,
  };

  it('the audit CSV: header and words in German, codes and instants as in every language', () => {
    const [header, row] = auditCsv([entry], catalogFor('de'))
      .csv.replace(/^\uFEFF/, '')
      .split('\r\n');
    const german = catalogFor('de');
    const english = auditCsv([])
      .csv.replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    // Every column named in German (none as in English), in the same order and number as in English.
    expect(header!.split(',')).toHaveLength(english.split(',').length);
    expect(header!.split(',')[0]).toBe(translate(german, 'audit.csv.when'));
    expect(header!.split(',').at(-1)).toBe(translate(german, 'audit.csv.after'));
    expect(header!.split(',').filter((name) => english.split(',').includes(name))).toEqual([]);
    expect(row).toContain(',admin,user,7,anna.berg,update,');
    expect(row).toContain(translate(catalogFor('de'), 'priv.sms'));
  });

  it('the import’s error report: its problem column in French', () => {
    const text = problemText(4, [{ column: null, field: 'email', message: 'rule.email.format' }], [], catalogFor('fr'));
    expect(text).toBe(
      `${translate(catalogFor('fr'), 'errorReport.line', { line: 4 })}: ${translate(catalogFor('fr'), 'field.email')}: ${translate(catalogFor('fr'), 'rule.email.format')}`,
    );
  });

  it('the audit CSV through the contract follows the chosen language', async () => {
    const api = createHarness(tempDir());
    await createSite(api);
    await api.call('prefs.setLanguage', { language: 'de' });
    const german = await api.call<{ csv: string }>('audit.exportCsv', { filter: {} });
    expect(german.csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain(translate(catalogFor('de'), 'audit.csv.who'));
    await api.call('prefs.setLanguage', { language: 'en' });
    const english = await api.call<{ csv: string }>('audit.exportCsv', { filter: {} });
    expect(english.csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^When,Who,/);
    api.shutdown();
  });
});
