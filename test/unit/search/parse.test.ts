import { describe, expect, it } from 'vitest';
import { parseSearch } from '@shared/search';
import type { SearchNode } from '@shared/search';

const query = (text: string): SearchNode | null => {
  const parsed = parseSearch(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message} at ${parsed.error.position}`);
  return parsed.query;
};
const error = (text: string) => {
  const parsed = parseSearch(text);
  if (parsed.ok) throw new Error(`${text} parsed`);
  return parsed.error;
};
const word = (value: string, field: string | null = null, wildcard = false) => ({ kind: 'text', field, value, wildcard });

describe('parseSearch: terms', () => {
  it('reads nothing from an empty or blank text', () => {
    expect(query('')).toBeNull();
    expect(query('   \t ')).toBeNull();
  });

  it('reads free words as an AND of contained texts', () => {
    expect(query('kumar')).toEqual(word('kumar'));
    expect(query('  management   kumar ')).toEqual({ kind: 'and', items: [word('management'), word('kumar')] });
  });

  it('reads quoted phrases, with \\" inside', () => {
    expect(query('"night shift"')).toEqual(word('night shift'));
    expect(query('"say \\"hi\\""')).toEqual(word('say "hi"'));
    // In quotes, operators and stars are plain text.
    expect(query('"a OR b* -c dept:x"')).toEqual(word('a OR b* -c dept:x'));
  });

  it('reads field:value for every text field and its short forms', () => {
    expect(query('user:ashok')).toEqual(word('ashok', 'username'));
    expect(query('username:ashok')).toEqual(word('ashok', 'username'));
    expect(query('first:hans')).toEqual(word('hans', 'firstName'));
    expect(query('last:meier')).toEqual(word('meier', 'lastName'));
    expect(query('name:hans')).toEqual(word('hans', 'name'));
    expect(query('dept:sales')).toEqual(word('sales', 'department'));
    expect(query('DEPARTMENT:Sales')).toEqual(word('Sales', 'department'));
    expect(query('email:company')).toEqual(word('company', 'email'));
    expect(query('phone:1005')).toEqual(word('1005', 'phone'));
    expect(query('mobile:+4179')).toEqual(word('+4179', 'mobile'));
    expect(query('pager:77')).toEqual(word('77', 'pager'));
    expect(query('alias:+41')).toEqual(word('+41', 'aliases'));
    expect(query('dept:"r&d team"')).toEqual(word('r&d team', 'department'));
  });

  it('reads language, source and group', () => {
    expect(query('lang:de')).toEqual({ kind: 'language', code: 'de' });
    expect(query('language:German')).toEqual({ kind: 'language', code: 'de' });
    expect(query('lang:2')).toEqual({ kind: 'language', code: 'de' });
    expect(query('source:import')).toEqual({ kind: 'source', source: 'csv' });
    expect(query('source:LDAP')).toEqual({ kind: 'source', source: 'ldap' });
    expect(query('import:12')).toEqual({ kind: 'import', id: 12 });
    expect(query('group:"night shift"')).toEqual({ kind: 'group', name: 'night shift', wildcard: false });
    expect(query('group:night*')).toEqual({ kind: 'group', name: 'night*', wildcard: true });
  });

  it('reads has:, is: and priv: (full names and short aliases)', () => {
    for (const what of ['mobile', 'email', 'pin', 'password', 'photo']) expect(query(`has:${what}`)).toEqual({ kind: 'has', what });
    for (const state of ['locked', 'enabled', 'disabled', 'phantom', 'deleted', 'expired', 'passwordexpired', 'pinexpired', 'sharednumber'])
      expect(query(`is:${state}`)).toEqual({ kind: 'is', state });
    expect(query('priv:sms')).toEqual({ kind: 'priv', privilege: 'sms' });
    expect(query('priv:web')).toEqual({ kind: 'priv', privilege: 'webAccess' });
    expect(query('priv:mobileconnect')).toEqual({ kind: 'priv', privilege: 'mobileConnect' });
    expect(query('priv:ctiAuthentication')).toEqual({ kind: 'priv', privilege: 'ctiAuthentication' });
    expect(query('priv:RECORDING')).toEqual({ kind: 'priv', privilege: 'voiceRecording' });
  });

  it('reads comparisons and ranges on numbers and dates', () => {
    expect(query('number>=1000')).toEqual({ kind: 'compare', field: 'number', op: '>=', value: 1000 });
    expect(query('number:1005')).toEqual({ kind: 'compare', field: 'number', op: '=', value: 1005 });
    expect(query('number:1000..1999')).toEqual({ kind: 'range', field: 'number', from: 1000, to: 1999 });
    expect(query('vip>=3')).toEqual({ kind: 'compare', field: 'vip', op: '>=', value: 3 });
    expect(query('vip<2')).toEqual({ kind: 'compare', field: 'vip', op: '<', value: 2 });
    expect(query('vip:1..3')).toEqual({ kind: 'range', field: 'vip', from: 1, to: 3 });
    expect(query('created>2026-01-01')).toEqual({ kind: 'compare', field: 'created', op: '>', value: '2026-01-01' });
    expect(query('updated<=2026-06-01')).toEqual({ kind: 'compare', field: 'updated', op: '<=', value: '2026-06-01' });
    expect(query('created:2026-01-01..2026-03-31')).toEqual({ kind: 'range', field: 'created', from: '2026-01-01', to: '2026-03-31' });
  });

  it('reads * wildcards in words and values', () => {
    expect(query('mei*')).toEqual(word('mei*', null, true));
    expect(query('email:*@company.domain')).toEqual(word('*@company.domain', 'email', true));
    expect(query('number:10*')).toEqual(word('10*', 'number', true));
    // Stars alone stand for anything.
    expect(query('*')).toEqual({ kind: 'and', items: [] });
  });
});

describe('parseSearch: negation, OR and parentheses', () => {
  it('negates words and fields with a leading -', () => {
    expect(query('-kumar')).toEqual({ kind: 'not', item: word('kumar') });
    expect(query('-dept:management')).toEqual({ kind: 'not', item: word('management', 'department') });
    expect(query('-"night shift"')).toEqual({ kind: 'not', item: word('night shift') });
    // A dash inside a word is part of it.
    expect(query('gil-dong')).toEqual(word('gil-dong'));
  });

  it('binds AND tighter than OR; OR only in capitals', () => {
    expect(query('a b OR c')).toEqual({ kind: 'or', items: [{ kind: 'and', items: [word('a'), word('b')] }, word('c')] });
    expect(query('"hans" OR "hanako"')).toEqual({ kind: 'or', items: [word('hans'), word('hanako')] });
    expect(query('hans or hanako')).toEqual({ kind: 'and', items: [word('hans'), word('or'), word('hanako')] });
    expect(query('ORLANDO')).toEqual(word('ORLANDO'));
  });

  it('groups with parentheses, also negated', () => {
    expect(query('(a OR b) c')).toEqual({ kind: 'and', items: [{ kind: 'or', items: [word('a'), word('b')] }, word('c')] });
    expect(query('-(dept:hr OR vip>=3)')).toEqual({
      kind: 'not',
      item: { kind: 'or', items: [word('hr', 'department'), { kind: 'compare', field: 'vip', op: '>=', value: 3 }] },
    });
  });
});

describe('parseSearch: malformed input, with the position of the problem', () => {
  it.each([
    // [text, message, position, length]
    ['dept:"unterminated', 'search.error.unterminatedQuote', 5, 13],
    ['"open', 'search.error.unterminatedQuote', 0, 5],
    ['hans OR', 'search.error.danglingOr', 5, 2],
    ['OR hans', 'search.error.danglingOr', 0, 2],
    ['a OR OR b', 'search.error.danglingOr', 2, 2],
    ['dept:', 'search.error.missingValue', 0, 5],
    ['dept: sales', 'search.error.missingValue', 0, 5],
    ['dpt:sales', 'search.error.unknownField', 0, 3],
    ['created>2026-13-01', 'search.error.badDate', 8, 10],
    ['created:2026-02-30', 'search.error.badDate', 8, 10],
    ['created>yesterday', 'search.error.badDate', 8, 9],
    ['number:1999..1000', 'search.error.reversedRange', 7, 10],
    ['number:10..', 'search.error.notANumber', 7, 4],
    ['number>=ten', 'search.error.notANumber', 8, 3],
    ['number>=1000..2000', 'search.error.rangeWithComparison', 8, 10],
    ['vip:a*', 'search.error.notANumber', 4, 2],
    ['dept>sales', 'search.error.notOrdered', 4, 1],
    ['lang:klingon', 'search.error.unknownLanguage', 5, 7],
    ['source:fax', 'search.error.unknownSource', 7, 3],
    ['import:last', 'search.error.notAnImport', 7, 4],
    ['import:0', 'search.error.notAnImport', 7, 1],
    ['has:beard', 'search.error.unknownHas', 4, 5],
    ['is:happy', 'search.error.unknownIs', 3, 5],
    ['priv:everything', 'search.error.unknownPrivilege', 5, 10],
    ['- hans', 'search.error.nothingToNegate', 0, 1],
    ['(hans', 'search.error.unclosedParen', 0, 1],
    ['hans)', 'search.error.unopenedParen', 4, 1],
    ['()', 'search.error.emptyGroup', 0, 1],
    ['email:*', 'search.error.missingValue', 6, 1],
  ])('%s → %s at %i', (text, message, position, length) => {
    expect(error(text)).toMatchObject({ message, position, length });
  });

  it('names the field and the value in the message parameters', () => {
    expect(error('dpt:sales').params).toEqual({ field: 'dpt' });
    expect(error('lang:klingon').params).toMatchObject({ field: 'lang', value: 'klingon' });
  });

  it('refuses nesting so deep that it could exhaust the stack', () => {
    expect(error(`${'('.repeat(40)}a${')'.repeat(40)}`).message).toBe('search.error.tooDeep');
  });
});
