import { describe, expect, it } from 'vitest';
import { looksLikeXivo, usernameFromNames, xivoRowProblems } from '@shared/import/xivo-format';

const row = (cells: Record<string, string>) => xivoRowProblems((name) => cells[name] ?? '');

describe('the XiVO user file rules', () => {
  it('accepts the documented examples: a user with a line, with a voicemail, with an incall', () => {
    expect(
      row({
        entityid: '1',
        firstname: 'John',
        lastname: 'Doe',
        phonenumber: '1000',
        context: 'default',
        protocol: 'sip',
        mobilephonenumber: '00123456789',
      }),
    ).toEqual([]);
    expect(
      row({
        entityid: '1',
        firstname: 'John',
        lastname: 'Doe',
        language: 'en_US',
        phonenumber: '1000',
        context: 'default',
        protocol: 'sip',
        voicemailname: 'John Doe',
        voicemailmailbox: '1000',
        voicemailpassword: '1234',
      }),
    ).toEqual([]);
    expect(
      row({ firstname: 'John', phonenumber: '1000', context: 'default', protocol: 'sip', incallexten: '2050', incallcontext: 'from-extern' }),
    ).toEqual([]);
  });

  it('wants the first name always, and the required columns of every section the row uses', () => {
    expect(row({ lastname: 'Doe', phonenumber: '1000' }).map((p) => [p.column, p.message, p.params?.section])).toEqual([
      ['firstname', 'import.xivo.required', 'user'],
      ['context', 'import.xivo.required', 'line'],
      ['protocol', 'import.xivo.required', 'line'],
    ]);
    expect(row({ firstname: 'John', incallringseconds: '20' }).map((p) => p.column)).toEqual(['incallexten', 'incallcontext']);
  });

  it('wants a language when a voicemail is given', () => {
    expect(row({ firstname: 'John', voicemailname: 'John', voicemailmailbox: '1000' })).toEqual([
      { column: 'language', message: 'import.xivo.voicemailLanguage' },
    ]);
  });

  it('checks enums, booleans and whole numbers as XiVO lists them', () => {
    const problems = row({
      firstname: 'J',
      language: 'it_IT',
      protocol: 'iax',
      phonenumber: '1',
      context: 'default',
      enablehint: 'yes',
      entityid: 'one',
      bosssecretary: 'boss',
    });
    expect(problems.map((p) => [p.column, p.message])).toEqual([
      ['entityid', 'import.xivo.int'],
      ['language', 'import.xivo.enum'],
      ['enablehint', 'import.xivo.bool'],
      ['protocol', 'import.xivo.enum'],
    ]);
    expect(problems[1]!.params).toEqual({ column: 'language', value: 'it_IT', allowed: 'de_DE, en_US, es_ES, fr_FR, fr_CA' });
  });

  it('wants username and password with enableclient=1, and line name and secret on SIP lines only', () => {
    expect(row({ firstname: 'J', enableclient: '1' }).map((p) => p.column)).toEqual(['username', 'password']);
    expect(row({ firstname: 'J', phonenumber: '1', context: 'default', protocol: 'sccp', linename: 'x' }).map((p) => [p.column, p.message])).toEqual([
      ['linename', 'import.xivo.sipOnly'],
    ]);
  });

  it('recognises a XiVO header row and makes usernames from names', () => {
    expect(looksLikeXivo(['entityid', 'firstname', 'lastname'])).toBe(true);
    expect(looksLikeXivo(['firstname', 'phonenumber', 'context', 'protocol'])).toBe(true);
    expect(looksLikeXivo(['Username', 'First Name'])).toBe(false);
    expect(usernameFromNames('Elisabeth', 'Müller')).toBe('elisabeth.mueller');
    expect(usernameFromNames('Gil-dong', 'Hong')).toBe('gil-dong.hong');
    expect(usernameFromNames('José María', 'Núñez')).toBe('jose-maria.nunez');
    expect(usernameFromNames('', '')).toBe('');
  });
});
