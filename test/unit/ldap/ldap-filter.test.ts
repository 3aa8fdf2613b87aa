import { describe, expect, test } from 'vitest';
import { checkLdapFilter } from '@shared/rules/ldap-filter';
import { isDistinguishedName } from '@shared/rules/ldap-dn';
import { contactPhotosSettingsSchema, CONTACT_PHOTOS_DEFAULTS, isBindName } from '@shared/rules/ldap-rules';
import { toFieldIssues } from '@shared/rules/issues';

describe('LDAP filter check (RFC 4515 as ldapts parses it)', () => {
  test.each([
    '(objectClass=person)',
    '(&(objectClass=user)(thumbnailPhoto=*))',
    '(|(sAMAccountName=anna)(mail=anna@example.com))',
    '(!(userAccountControl:1.2.840.113556.1.4.803:=2))',
    '(cn=Anna*Berg*)',
    '(cn=*nna)',
    '(cn=a\\2a\\28b\\29)',
    '(cn=)',
    '(employeeNumber>=100)',
    '(sn~=berg)',
    '(:dn:2.5.13.5:=people)',
    '(:DN:2.5.13.5:=people)',
    '(ou:dn:=people)',
    '(memberOf:1.2.840.113556.1.4.1941:=cn=Admins,ou=Groups,dc=example,dc=com)',
    '(&(objectClass=user)(memberOf:1.2.840.113556.1.4.1941:=cn=x,dc=y))',
    // Without its outer brackets, as ldapts reads it.
    'objectClass=person',
    '&(objectClass=user)(mail=*)',
  ])('%s is a filter', (filter) => {
    expect(checkLdapFilter(filter)).toEqual({ ok: true });
  });

  test.each([
    ['', 'empty', 0],
    ['objectClass=person)', 'trailing', 19],
    ['(cn;lang-de=Anna)', 'attributeOption', 3],
    ['(2.5.4.3=Anna)', 'numericAttribute', 1],
    ['(1.2.3=x)', 'numericAttribute', 1],
    ['cn;binary=x', 'attributeOption', 2],
    ['(1cn=x)', 'attribute', 1],
    ['(objectClass=person', 'expectedClose', 19],
    ['(objectClass=person))', 'trailing', 20],
    ['(&(a=1)(b=2)', 'expectedClose', 12],
    ['(&)', 'emptyList', 2],
    ['(=person)', 'attribute', 1],
    ['(objectClass person)', 'operator', 12],
    ['(cn=a\\zz)', 'escape', 5],
    ['(cn=a(b)', 'parenthesisInValue', 5],
    ['(cn>=a*)', 'asterisk', 6],
    ['(cn=a**b)', 'asterisk', 6],
    ['(:=x)', 'matchingRule', 1],
    ['(objectClass=person)(cn=x)', 'trailing', 20],
  ] as const)('%j: %s at %i', (filter, problem, position) => {
    expect(checkLdapFilter(filter)).toEqual({ ok: false, problem, position });
  });

  test('never throws, also on deep nesting and odd input', () => {
    expect(checkLdapFilter('('.repeat(10_000)).ok).toBe(false);
    expect(checkLdapFilter(`${'(!'.repeat(200)}(a=b)${')'.repeat(200)}`)).toMatchObject({ ok: false, problem: 'tooDeep' });
    expect(checkLdapFilter('(\u0000=1)').ok).toBe(false);
  });

  test('the settings say where the filter is wrong, as a column counted from 1', () => {
    const parsed = contactPhotosSettingsSchema.safeParse({ ...CONTACT_PHOTOS_DEFAULTS, filter: '(objectClass=person' });
    expect(parsed.success).toBe(false);
    const issues = toFieldIssues(parsed.error!.issues);
    expect(issues).toEqual([{ path: ['filter'], message: 'rule.ldap.filter.expectedClose', params: { column: 20, near: '…' } }]);
  });
});

describe('DN and bind name syntax', () => {
  test.each([
    'dc=example,dc=com',
    'cn=Berg\\, Anna,ou=People,dc=example,dc=com',
    'uid=a+cn=b,dc=x',
    'cn=#04024869,dc=x',
    'ou=People, dc=example, dc=com',
    '2.5.4.3=x',
  ])('%s is a DN', (dn) => expect(isDistinguishedName(dn)).toBe(true));
  test.each(['example.com', 'dc=example,', 'cn=a,b', '=x', 'cn=a=b', 'dc=example,,dc=com', 'cn=a\\q'])('%s is not a DN', (dn) =>
    expect(isDistinguishedName(dn)).toBe(false),
  );
  test('bind names: a DN, user@domain or DOMAIN\\user', () => {
    expect(isBindName('cn=svc,dc=example,dc=com')).toBe(true);
    expect(isBindName('svc-roster@example.com')).toBe(true);
    expect(isBindName('EXAMPLE\\svc-roster')).toBe(true);
    expect(isBindName('svc roster')).toBe(false);
    expect(isBindName('svc-roster')).toBe(false);
  });
});
