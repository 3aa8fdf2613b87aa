import { describe, expect, it } from 'vitest';
import { english, translate } from '@shared/i18n/en';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import type { SqlExpression } from '@shared/cucm/sql-filter';
import { sqlFilterPredicate } from '../../../electron/services/cucm/cucm-import-sql-filter';
import type { CucmEndUser } from '../../../electron/services/cucm/cucm-end-user';
import { endUser } from './end-users';

/** The example the SQL filter field offers (filterExamples.ts), as written there: mixed case, uneven spacing. */
const EXAMPLE_FILTER = `(usr_department = 'support')
AND (usr_PhoneNumber >= '1000')
AND (usr_phoneNumber <='1999')
AND (usr_Email like '%@company.domain')`;

const USERS: CucmEndUser[] = [
  endUser({
    userid: 'hans.meier',
    lastName: 'Meier',
    firstName: 'Hans',
    department: 'Support',
    telephoneNumber: '1054',
    mailid: 'hans.meier@company.domain',
    phoneDevice: 'SEP002304342534',
  }),
  endUser({
    userid: 'anna.keller',
    lastName: 'Keller',
    firstName: 'Anna',
    department: 'support',
    telephoneNumber: '1999',
    mailid: 'Anna.Keller@COMPANY.domain',
  }),
  endUser({
    userid: 'paul.smith',
    lastName: 'Smith',
    firstName: 'Paul',
    department: 'support',
    telephoneNumber: '2001',
    mailid: 'paul.smith@company.domain',
  }),
  endUser({
    userid: 'lea.roth',
    lastName: 'Roth',
    firstName: 'Léa',
    department: 'Sales',
    telephoneNumber: '1500',
    mailid: 'lea.roth@company.domain',
    phoneDevice: 'SEP00AABB001500',
  }),
  endUser({
    userid: 'ivo.ott',
    lastName: "O'Neill",
    firstName: 'Ivo',
    department: 'support',
    telephoneNumber: '1001',
    mailid: 'ivo@elsewhere.example',
  }),
  endUser({ userid: 'no.details', lastName: 'Nobody' }),
];

function parsed(text: string): SqlExpression | null {
  const result = parseSqlFilter(text);
  if (!result.ok) throw new Error(`${text}: ${translate(english, result.error.message, result.error.params)} at ${result.error.position}`);
  return result.value;
}

/** The user IDs the filter keeps, in order. */
const kept = (text: string) => USERS.filter(sqlFilterPredicate(parsed(text))).map((user) => user.userid);

function problem(text: string) {
  const result = parseSqlFilter(text);
  if (result.ok) throw new Error(`accepted: ${text}`);
  return { position: result.error.position, message: result.error.message, text: translate(english, result.error.message, result.error.params) };
}

describe('the SQL filter of the CUCM import', () => {
  it('parses the offered example as written and keeps support users numbered 1000 to 1999 with a company address', () => {
    expect(kept(EXAMPLE_FILTER)).toEqual(['hans.meier', 'anna.keller']);
  });

  it('keeps everyone when empty', () => {
    expect(parseSqlFilter('')).toEqual({ ok: true, value: null });
    expect(parseSqlFilter('  \n ')).toEqual({ ok: true, value: null });
    expect(kept('')).toHaveLength(USERS.length);
  });

  it('compares text ignoring case, character by character, with every comparison operator', () => {
    expect(kept("usr_Department = 'SUPPORT'")).toEqual(['hans.meier', 'anna.keller', 'paul.smith', 'ivo.ott']);
    expect(kept("usr_Department <> 'support'")).toEqual(['lea.roth']);
    expect(kept("usr_Department != 'support'")).toEqual(['lea.roth']);
    expect(kept("usr_PhoneNumber < '1054'")).toEqual(['ivo.ott']);
    expect(kept("usr_PhoneNumber <= '1054'")).toEqual(['hans.meier', 'ivo.ott']);
    expect(kept("usr_PhoneNumber > '1999'")).toEqual(['paul.smith']);
    expect(kept("usr_PhoneNumber >= '1999'")).toEqual(['anna.keller', 'paul.smith']);
    // As text, '1001' sorts after '10000': numbers of different lengths compare character by character.
    expect(kept("usr_PhoneNumber > '10000'")).toEqual(['hans.meier', 'anna.keller', 'paul.smith', 'lea.roth', 'ivo.ott']);
    expect(kept("usr_PhoneNumber < '2'")).toEqual(['hans.meier', 'anna.keller', 'lea.roth', 'ivo.ott']);
    // Accents count: Léa is not Lea.
    expect(kept("usr_FirstName = 'lea'")).toEqual([]);
    expect(kept("usr_FirstName = 'LÉA'")).toEqual(['lea.roth']);
    // A field may stand on either side, and be compared with another field.
    expect(kept("'1500' = usr_PhoneNumber")).toEqual(['lea.roth']);
    expect(kept('usr_Name = usr_Name AND usr_LastName > usr_FirstName')).toEqual(['hans.meier', 'anna.keller', 'paul.smith', 'lea.roth', 'ivo.ott']);
    expect(kept('usr_LastName < usr_FirstName')).toEqual([]);
  });

  it('matches LIKE patterns over the whole value with % and _, case-insensitively', () => {
    expect(kept("usr_eMail LIKE '%@company.domain'")).toEqual(['hans.meier', 'anna.keller', 'paul.smith', 'lea.roth']);
    expect(kept("usr_Name LIKE '%.%' AND usr_Name NOT LIKE 'h%'")).toEqual(['anna.keller', 'paul.smith', 'lea.roth', 'ivo.ott', 'no.details']);
    expect(kept("usr_PhoneNumber LIKE '1_0_'")).toEqual(['lea.roth', 'ivo.ott']);
    expect(kept("usr_PhoneNumber LIKE '1__'")).toEqual([]);
    // Characters a regular expression would treat specially are plain characters in a pattern.
    expect(kept("usr_eMail LIKE 'ivo@elsewhere.example'")).toEqual(['ivo.ott']);
    expect(kept("usr_eMail LIKE 'ivo@elsewhere_example'")).toEqual(['ivo.ott']);
    expect(kept("usr_eMail LIKE 'ivo@elsewhere\\.example'")).toEqual([]);
    expect(kept("usr_LastName LIKE '(.*)'")).toEqual([]);
  });

  it('handles IN, NOT IN, BETWEEN and NOT BETWEEN', () => {
    expect(kept("usr_Department IN ('sales', 'Marketing')")).toEqual(['lea.roth']);
    expect(kept("usr_Department NOT IN ('sales')")).toEqual(['hans.meier', 'anna.keller', 'paul.smith', 'ivo.ott']);
    expect(kept("usr_PhoneNumber BETWEEN '1000' AND '1500'")).toEqual(['hans.meier', 'lea.roth', 'ivo.ott']);
    expect(kept("usr_PhoneNumber NOT BETWEEN '1000' AND '1500'")).toEqual(['anna.keller', 'paul.smith']);
  });

  it('treats an empty CUCM value as NULL: IS NULL finds it, comparisons with it are unknown', () => {
    expect(kept('usr_Department IS NULL')).toEqual(['no.details']);
    expect(kept('usr_eMail IS NOT NULL AND usr_PhoneNumber IS NOT NULL')).toHaveLength(5);
    // Unknown is not true: neither the comparison nor its negation keeps the user without a department.
    expect(kept("usr_Department = 'sales'")).not.toContain('no.details');
    expect(kept("NOT (usr_Department = 'sales')")).not.toContain('no.details');
    expect(kept("usr_Department = 'sales' OR usr_LastName = 'Nobody'")).toEqual(['lea.roth', 'no.details']);
    // usr_PhoneMac is the desk phone's device name; a user without one has NULL.
    expect(kept('usr_PhoneMac IS NOT NULL')).toEqual(['hans.meier', 'lea.roth']);
    expect(kept("usr_PhoneMac = 'sep002304342534'")).toEqual(['hans.meier']);
    expect(kept("usr_PhoneMac LIKE 'SEP00AABB%'")).toEqual(['lea.roth']);
  });

  it('binds NOT tighter than AND and AND tighter than OR; parentheses group', () => {
    expect(kept("usr_Department = 'sales' OR usr_Department = 'support' AND usr_PhoneNumber > '1500'")).toEqual([
      'anna.keller',
      'paul.smith',
      'lea.roth',
    ]);
    expect(kept("(usr_Department = 'sales' OR usr_Department = 'support') AND usr_PhoneNumber > '1500'")).toEqual(['anna.keller', 'paul.smith']);
    expect(kept("NOT usr_Department = 'support' AND usr_LastName IS NOT NULL")).toEqual(['lea.roth']);
    expect(kept("((((usr_Name = 'hans.meier'))))")).toEqual(['hans.meier']);
  });

  it('reads keywords and field names in any case, usr_Email as usr_eMail', () => {
    expect(parsed("USR_EMAIL like '%x' and not usr_department is null or Usr_PhoneMac in ('a')")).toEqual(
      parsed("usr_eMail LIKE '%x' AND NOT usr_Department IS NULL OR usr_PhoneMac IN ('a')"),
    );
  });

  it("keeps text literal: '' is a quote, and SQL inside a value is only text", () => {
    expect(kept("usr_LastName = 'O''Neill'")).toEqual(['ivo.ott']);
    const injection = endUser({ userid: "x' OR '1'='1", department: 'support' });
    const filter = sqlFilterPredicate(parsed("usr_Name = 'x'' OR ''1''=''1'"));
    expect([...USERS, injection].filter(filter).map((u) => u.userid)).toEqual(["x' OR '1'='1"]);
    expect(kept("usr_Name = '; DROP TABLE users; --'")).toEqual([]);
    expect(kept("usr_Name LIKE '%'' OR 1=1 --%'")).toEqual([]);
    // Outside quotes, the same text is refused where it starts going wrong.
    expect(problem("usr_Name = 'a'; DROP TABLE users")).toMatchObject({ position: 14, message: 'cucmImport.sql.unexpectedCharacter' });
    expect(problem("usr_Name = 'a' OR 1=1")).toMatchObject({ position: 18, message: 'cucmImport.sql.unquotedNumber' });
    expect(problem("usr_Name = 'a' -- comment")).toMatchObject({ position: 15, message: 'cucmImport.sql.unexpectedCharacter' });
  });

  it('says where a malformed filter goes wrong and what was expected there', () => {
    const cases: [string, number, string][] = [
      ["usr_Department = 'support", 17, 'cucmImport.sql.unterminatedText'],
      ['usr_Department = "support"', 17, 'cucmImport.sql.doubleQuotes'],
      ['usr_Department = ‘support’', 17, 'cucmImport.sql.typographicQuotes'],
      ["usr_Dept = 'support'", 0, 'cucmImport.sql.unknownField'],
      ["WHERE usr_Department = 'support'", 0, 'cucmImport.sql.conditionOnly'],
      ['usr_PhoneNumber >= 1000', 19, 'cucmImport.sql.unquotedNumber'],
      ["usr_Department 'support'", 15, 'cucmImport.sql.expectedOperator'],
      ['usr_Department =', 16, 'cucmImport.sql.expectedValue'],
      ["usr_Department = 'a' usr_Name = 'b'", 21, 'cucmImport.sql.expectedConnector'],
      ["usr_Department = 'a' AND", 24, 'cucmImport.sql.expectedCondition'],
      ["AND usr_Department = 'a'", 0, 'cucmImport.sql.expectedCondition'],
      ["(usr_Department = 'a'", 21, 'cucmImport.sql.expectedCloseParen'],
      ["usr_Department = 'a')", 20, 'cucmImport.sql.unmatchedParen'],
      ['()', 1, 'cucmImport.sql.expectedCondition'],
      ['usr_Name LIKE usr_LastName', 14, 'cucmImport.sql.expectedPattern'],
      ["usr_Name IN 'a'", 12, 'cucmImport.sql.expectedList'],
      ['usr_Name IN ()', 13, 'cucmImport.sql.expectedListItem'],
      ["usr_Name IN ('a' 'b')", 17, 'cucmImport.sql.expectedListSeparator'],
      ['usr_Name IS EMPTY', 12, 'cucmImport.sql.unknownField'],
      ["usr_Name IS 'x'", 12, 'cucmImport.sql.expectedNull'],
      ["usr_Name BETWEEN 'a' OR 'b'", 21, 'cucmImport.sql.expectedBetweenAnd'],
      ["usr_Name NOT = 'a'", 13, 'cucmImport.sql.expectedNegatable'],
      ["usr_Name == 'a'", 10, 'cucmImport.sql.expectedValue'],
      ["usr_Name = 'a' # x", 15, 'cucmImport.sql.unexpectedCharacter'],
      ['(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((', 64, 'cucmImport.sql.tooDeep'],
    ];
    for (const [text, position, message] of cases) expect(problem(text), text).toMatchObject({ position, message });
  });

  it('names what it expected in words an administrator can act on', () => {
    expect(problem("usr_Dept = 'x'").text).toBe(
      '“usr_Dept” is not a field. The fields are usr_Name, usr_LastName, usr_FirstName, usr_eMail, usr_PhoneMac, usr_PhoneNumber, usr_Department.',
    );
    expect(problem("usr_Department 'support'").text).toBe(
      'A comparison is expected after usr_Department: =, <>, <, <=, >, >=, LIKE, IN, BETWEEN or IS NULL.',
    );
    expect(problem('usr_PhoneNumber >= 1000').text).toBe("Numbers are compared as text: write '1000' with single quotes.");
  });

  it('marks the whole token that is wrong, and the end of the filter when it stops too early', () => {
    expect(parseSqlFilter("usr_Dept = 'x'")).toMatchObject({ ok: false, error: { position: 0, length: 8 } });
    expect(parseSqlFilter('usr_Name =')).toMatchObject({ ok: false, error: { position: 10, length: 0 } });
  });
});
