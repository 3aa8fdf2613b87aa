import { describe, expect, it } from 'vitest';
import { aliasesFromText, booleanFromText, groupNamesFromText, groupNamesToText, languageFromText, vipFromText } from '@shared/import/cell-values';
import { callistoHeader, fieldForHeader, suggestMapping } from '@shared/import/header-names';
import { importOptionIssues } from '@shared/import/option-rules';
import { IMPORT_FIELDS } from '@shared/channels/import';

describe('languages in a cell', () => {
  it('reads the CSV codes 1 to 5 in the product order', () => {
    expect(['1', '2', '3', '4', '5'].map(languageFromText)).toEqual(['en', 'de', 'fr', 'it', 'es']);
    expect(languageFromText('6')).toBeNull();
    expect(languageFromText('0')).toBeNull();
  });

  it('reads names in English and in the five languages, with or without accents', () => {
    expect(
      ['English', 'Deutsch', 'German', 'Français', 'francais', 'French', 'Italiano', 'Italian', 'Español', 'Spanish', 'ALLEMAND'].map(
        languageFromText,
      ),
    ).toEqual(['en', 'de', 'de', 'fr', 'fr', 'fr', 'it', 'it', 'es', 'es', 'de']);
  });

  it('reads codes and locales, including XiVO and CUCM spellings', () => {
    expect(['de_DE', 'fr_CA', 'en-US', 'es_ES', 'it', 'EN', 'de_CH.UTF-8', 'English United States'].map(languageFromText)).toEqual([
      'de',
      'fr',
      'en',
      'es',
      'it',
      'en',
      'de',
      'en',
    ]);
    expect(languageFromText('pt_BR')).toBeNull();
    expect(languageFromText('Klingon')).toBeNull();
  });
});

describe('other cells', () => {
  it('reads switches as 1/0, yes/no, true/false and refuses anything else', () => {
    expect(['1', 'yes', 'TRUE', 'y', 'ja', 'oui', 'x'].map(booleanFromText)).toEqual(Array(7).fill(true));
    expect(['0', 'no', 'False', 'n', 'nein', 'non', 'off'].map(booleanFromText)).toEqual(Array(7).fill(false));
    expect(booleanFromText('maybe')).toBeNull();
    expect(booleanFromText('2')).toBeNull();
  });

  it('reads VIP status as a number or as stars, anything else for the VIP rule to refuse', () => {
    expect(vipFromText('3')).toBe(3);
    expect(vipFromText('★★★★★')).toBe(5);
    expect(vipFromText('★★☆☆☆')).toBe(2);
    expect(vipFromText('high')).toBeNaN();
  });

  it('splits groups at ";" (or at "," in a cell without ";"), and aliases at spaces or ","', () => {
    expect(groupNamesFromText(' Night shift , Sales,sales , ')).toEqual(['Night shift', 'sales']);
    // A cell with a semicolon keeps commas inside names: "Sales, EMEA" is one group.
    expect(groupNamesFromText('Sales, EMEA; Night shift;')).toEqual(['Sales, EMEA', 'Night shift']);
    // What the Roster layout writes reads back as the same names, a single name with a comma included.
    for (const names of [['Sales, EMEA'], ['Sales, EMEA', 'Night shift'], ['A'], []])
      expect(groupNamesFromText(groupNamesToText(names))).toEqual(names);
    expect(aliasesFromText('+41441234567 anna.b,1234')).toEqual(['+41441234567', 'anna.b', '1234']);
  });
});

describe('auto-mapping from header names', () => {
  it('maps the CUCM BAT end-user columns, ignoring what Roster has no field for', () => {
    const headers = [
      'FIRST NAME',
      'LAST NAME',
      'USER ID',
      'PASSWORD',
      'MANAGER USER ID',
      'DEPARTMENT',
      'PIN',
      'USER LOCALE',
      'TELEPHONE NUMBER',
      'MAIL ID',
      'MOBILE NUMBER',
      'PAGER NUMBER',
      'MANAGER',
    ];
    expect(suggestMapping(headers)).toEqual([
      'firstName',
      'lastName',
      'username',
      'password',
      null,
      'department',
      'pin',
      'language',
      'phone',
      'email',
      'mobile',
      'pager',
      null,
    ]);
  });

  it('maps the XiVO columns in the XiVO preset: the line number is the extension', () => {
    const headers = [
      'entityid',
      'firstname',
      'lastname',
      'language',
      'phonenumber',
      'context',
      'protocol',
      'mobilephonenumber',
      'voicemailemail',
      'incallexten',
    ];
    expect(suggestMapping(headers, 'xivo')).toEqual([null, 'firstName', 'lastName', 'language', 'number', null, null, 'mobile', 'email', 'aliases']);
  });

  it('ignores case, spaces, underscores, hyphens and accents, and gives a field to its first column only', () => {
    expect(suggestMapping(['first_name', 'Last-Name', 'E-Mail', 'Prénom', 'Email address', 'usr_PhoneNumber'])).toEqual([
      'firstName',
      'lastName',
      'email',
      null,
      null,
      'number',
    ]);
  });

  it('maps back every header Roster writes in its own layout, and its field names', () => {
    for (const field of IMPORT_FIELDS) {
      expect(fieldForHeader(callistoHeader(field)), callistoHeader(field)).toBe(field);
      expect(fieldForHeader(field), field).toBe(field);
    }
  });
});

describe('import option rules', () => {
  const choices = (mapping: ((typeof IMPORT_FIELDS)[number] | null)[], match: ('username' | 'email')[] = ['username']) => ({
    reading: { preset: 'generic' as const },
    mapping,
    duplicates: { match },
  });

  it('wants a username column, a field at most once, and ticked match fields that a column fills', () => {
    expect(importOptionIssues(choices(['username', 'firstName']))).toEqual([]);
    expect(importOptionIssues(choices(['firstName', null]))).toEqual([
      { path: ['mapping'], message: 'import.mapping.usernameMissing' },
      { path: ['duplicates', 'match', 0], message: 'import.match.notMapped' },
    ]);
    expect(importOptionIssues(choices(['username', 'email', 'email'], ['email']), ['User', 'Mail', 'Mail 2'])).toEqual([
      { path: ['mapping', 2], message: 'import.mapping.twice', params: { column: 'Mail' } },
    ]);
  });

  it('lets a XiVO file go without a username column (one is made from the names) but not without a header', () => {
    expect(importOptionIssues({ reading: { preset: 'xivo' }, mapping: ['firstName'], duplicates: { match: ['username'] } })).toEqual([]);
    expect(
      importOptionIssues({ reading: { preset: 'xivo', hasHeader: false }, mapping: ['firstName'], duplicates: { match: ['username'] } }),
    ).toEqual([{ path: ['reading', 'hasHeader'], message: 'import.xivo.needsHeader' }]);
  });
});
