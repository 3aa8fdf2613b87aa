import { describe, expect, it } from 'vitest';
import { DEFAULT_CUCM_MAPPING } from '@shared/cucm/cucm-mapping';
import { EXTENSION_MAX_DIGITS } from '@shared/domain';
import { languageOfLocale } from '@shared/cucm/locale-language';
import { saveDefaults } from '../../../electron/services/site/save-defaults';
import { mapCucmUser } from '../../../electron/services/cucm/cucm-import-mapping';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, userIdByName } from '../services/site-fixtures';
import { endUser } from './end-users';
import { importOnce, listOf, previewOf } from './cucm-fixtures';

const tempDir = useTempDirs();

const full = endUser({
  userid: 'ida.cucm',
  firstName: 'Ida',
  lastName: 'Innes',
  mailid: 'ida@company.domain',
  department: 'Support',
  telephoneNumber: '+41 44 555 30 01',
  primaryExtension: '3001',
  mobileNumber: '+41 79 555 30 01',
  pagerNumber: '555 3001',
  userLocale: 'Spanish Spain',
  devices: ['SEP001EBE90DFAD', 'CSFICUCM'],
});

describe('the CUCM -> Roster mapping', () => {
  it('fills username, names, e-mail, department, number (primary extension), phone, mobile, pager and language by default', () => {
    expect(mapCucmUser(full, DEFAULT_CUCM_MAPPING)).toEqual({
      username: 'ida.cucm',
      fields: {
        firstName: 'Ida',
        lastName: 'Innes',
        department: 'Support',
        email: 'ida@company.domain',
        language: 'es',
        mobile: '+41 79 555 30 01',
        pager: '555 3001',
        phone: '+41 44 555 30 01',
        number: '3001',
        phones: 'SEP001EBE90DFAD CSFICUCM',
      },
    });
  });

  it('can take the number from the telephone number and leave fields out', () => {
    const mapping = {
      ...DEFAULT_CUCM_MAPPING,
      number: 'telephoneNumber' as const,
      phone: 'primaryExtension' as const,
      pager: null,
      language: null,
      phones: null,
    };
    expect(mapCucmUser(full, mapping).fields).toEqual({
      firstName: 'Ida',
      lastName: 'Innes',
      department: 'Support',
      email: 'ida@company.domain',
      mobile: '+41 79 555 30 01',
      phone: '3001',
      number: '+41 44 555 30 01',
    });
  });

  it("turns CUCM locales into Roster's languages by their language, whatever the country", () => {
    expect(
      [
        'English United States',
        'English United Kingdom',
        'German Germany',
        'German Switzerland',
        'French France',
        'French Canada',
        'Italian Italy',
        'Spanish Spain',
        'Spanish Colombia',
      ].map(languageOfLocale),
    ).toEqual(['en', 'en', 'de', 'de', 'fr', 'fr', 'it', 'es', 'es']);
    expect(languageOfLocale('')).toBeNull();
    expect(languageOfLocale('Japanese Japan')).toBeNull();
    expect(languageOfLocale('Dutch Netherlands')).toBeNull();
  });

  it("gives a new user with an unknown locale the defaults' language, and leaves an existing user's language alone", async () => {
    const site = await demoSite(tempDir());
    const defaults = site.defaults.get();
    saveDefaults(site, { ...defaults, initialPassword: { action: 'keep' }, pin: { action: 'keep' }, language: 'it' } as never);
    await importOnce(site, [
      endUser({ userid: 'jan.cucm', userLocale: 'Dutch Netherlands' }),
      endUser({ userid: 'kim.cucm', userLocale: 'German Germany' }),
    ]);
    expect(site.users.get(userIdByName(site, 'jan.cucm'))?.language).toBe('it');
    expect(site.users.get(userIdByName(site, 'kim.cucm'))?.language).toBe('de');
    const preview = await previewOf(site, [
      endUser({ userid: 'jan.cucm', userLocale: '' }),
      endUser({ userid: 'kim.cucm', userLocale: 'Japanese Japan' }),
    ]);
    expect(preview.summary.counts).toMatchObject({ update: 0, unchanged: 2 });
    site.close();
  });

  it('validates the mapped values with the editor rules: the number from a full telephone number is refused', async () => {
    const site = await demoSite(tempDir());
    const preview = await previewOf(site, [full], { mapping: { ...DEFAULT_CUCM_MAPPING, number: 'telephoneNumber' } });
    expect(listOf(preview, 'problem')[0]?.problems).toEqual([
      { field: 'number', message: 'rule.tooLong', params: { max: EXTENSION_MAX_DIGITS } },
      { field: 'number', message: 'rule.number.format', params: { max: EXTENSION_MAX_DIGITS } },
    ]);
    const tooLong = await previewOf(site, [endUser({ userid: 'x.cucm', department: 'D'.repeat(65) })]);
    expect(listOf(tooLong, 'problem')[0]?.problems).toEqual([{ field: 'department', message: 'rule.tooLong', params: { max: 64 } }]);
    site.close();
  });

  it('stores trimmed values, as the editor does', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [endUser({ userid: ' lou.cucm ', firstName: '  Lou ', primaryExtension: ' 3100 ' })]);
    expect(site.users.get(userIdByName(site, 'lou.cucm'))).toMatchObject({ username: 'lou.cucm', firstName: 'Lou', number: '3100' });
    site.close();
  });
});
