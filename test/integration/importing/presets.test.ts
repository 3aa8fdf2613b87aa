import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { optionsFor, say, useImportSites } from './import-fixtures';

const newSite = useImportSites();
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)));

describe('the XiVO preset', () => {
  it('reads the pipe-delimited XiVO user file with its sections and rules', async () => {
    const site = await newSite();
    const path = site.file('xivo-users.txt', fixture('xivo-users.txt'));

    const generic = await site.inspect(path);
    expect(generic.detectedPreset).toBe('xivo');
    const inspection = await site.inspect(path, { preset: 'xivo' });
    expect(inspection).toMatchObject({ delimiter: '|', hasHeader: true, encoding: 'utf-8' });
    expect(inspection.suggestedMapping).toEqual([
      null,
      'firstName',
      'lastName',
      'language',
      'number',
      null,
      null,
      'mobile',
      null,
      null,
      'pin',
      'aliases',
      null,
    ]);

    const options = optionsFor(path, inspection.suggestedMapping, { reading: { preset: 'xivo' }, includeCredentials: true });
    const preview = await site.preview(options);
    expect(preview.problems).toEqual([
      { line: 4, column: 3, field: 'language', message: 'import.xivo.voicemailLanguage' },
      { line: 5, column: 1, field: 'firstName', message: 'import.xivo.required', params: { column: 'firstname', section: 'user' } },
      {
        line: 6,
        column: 3,
        field: 'language',
        message: 'import.xivo.enum',
        params: { column: 'language', value: 'it_IT', allowed: 'de_DE, en_US, es_ES, fr_FR, fr_CA' },
      },
      { line: 6, column: 6, field: null, message: 'import.xivo.enum', params: { column: 'protocol', value: 'iax', allowed: 'sip, sccp' } },
    ]);
    expect(say('import.xivo.voicemailLanguage')).toBe('A voicemail needs a language: fill “language” (for example en_US).');

    const summary = await site.run(options);
    expect([summary.record.created, summary.record.rejected]).toEqual([2, 3]);
    // XiVO needs no username: Roster makes one from the names.
    const ada = await site.user('ada.lovelace');
    expect(ada).toMatchObject({ firstName: 'Ada', lastName: 'Lovelace', language: 'en', number: '1201', mobile: '0041790001201' });
    expect(ada.pin.set).toBe(true);
    expect(await site.user('bjoern.larsen')).toMatchObject({ number: '1202', aliases: ['2050'] });
  });
});

describe('CUCM BAT end-user columns', () => {
  it('are mapped by themselves, the manager ignored, the user locale read as the language', async () => {
    const site = await newSite();
    const path = site.file('cucm-bat-users.csv', fixture('cucm-bat-users.csv'));
    const inspection = await site.inspect(path);
    expect(inspection.suggestedMapping).toEqual([
      'firstName',
      'lastName',
      'username',
      'password',
      null,
      'department',
      'pin',
      'language',
      'phone',
      'number',
      'email',
      'mobile',
      'pager',
    ]);
    const summary = await site.run(optionsFor(path, inspection.suggestedMapping));
    expect(summary.problems).toEqual([
      { line: 4, column: 9, field: 'number', message: 'import.number.takenInFile', params: { number: '2301', line: 2 } },
    ]);
    expect(await site.user('ghopper')).toMatchObject({
      firstName: 'Grace',
      lastName: 'Hopper',
      department: 'Navy',
      language: 'en',
      phone: '+1 202 555 0101',
      number: '2301',
      email: 'grace.hopper@example.com',
    });
    expect(await site.user('aturing')).toMatchObject({ language: 'de', pager: '+44 20 7946 0000' });
  });
});
