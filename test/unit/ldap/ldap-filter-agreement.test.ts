import fc from 'fast-check';
import {
  AndFilter,
  ApproximateFilter,
  EqualityFilter,
  ExtensibleFilter,
  FilterParser,
  GreaterThanEqualsFilter,
  LessThanEqualsFilter,
  NotFilter,
  OrFilter,
  PresenceFilter,
  SubstringFilter,
} from 'ldapts';
import type { Filter } from 'ldapts';
import { describe, expect, test } from 'vitest';
import { checkLdapFilter } from '@shared/rules/ldap-filter';

// One grammar: what the field accepts, ldapts (which sends the filter) parses, and to the same filter.

/** What ldapts parsed, as a shape to compare: kinds, attributes and rules, nesting. */
function shape(filter: Filter): unknown {
  if (filter instanceof AndFilter) return { and: filter.filters.map(shape) };
  if (filter instanceof OrFilter) return { or: filter.filters.map(shape) };
  if (filter instanceof NotFilter) return { not: shape(filter.filter) };
  if (filter instanceof PresenceFilter) return { present: filter.attribute };
  if (filter instanceof SubstringFilter) return { substring: filter.attribute, initial: filter.initial, any: filter.any, final: filter.final };
  if (filter instanceof EqualityFilter) return { eq: filter.attribute, value: filter.value };
  if (filter instanceof GreaterThanEqualsFilter) return { ge: filter.attribute, value: filter.value };
  if (filter instanceof LessThanEqualsFilter) return { le: filter.attribute, value: filter.value };
  if (filter instanceof ApproximateFilter) return { approx: filter.attribute, value: filter.value };
  if (filter instanceof ExtensibleFilter) return { ext: filter.matchType, rule: filter.rule ?? null, dn: filter.dnAttributes, value: filter.value };
  throw new Error(`unexpected filter ${filter.constructor.name}`);
}

function ldaptsParses(text: string): boolean {
  try {
    FilterParser.parseString(text);
    return true;
  } catch {
    return false;
  }
}

const attribute = fc.constantFrom('cn', 'sn', 'mail', 'objectClass', 'memberOf', 'x-ms-ds', 'a1', 'thumbnailPhoto');
const oid = fc.constantFrom('1.2.840.113556.1.4.1941', '1.2.840.113556.1.4.803', '2.5.13.5', 'caseExactMatch');
/** Value text: ordinary characters and escapes of the specials (RFC 4515 valueencoding). */
const valueChar = fc.oneof(
  fc.constantFrom('a', 'Z', '0', ' ', '=', ',', '.', '@', 'é', '-', ':', '~', '<', '>', '&', '|', '!'),
  fc.constantFrom('\\2a', '\\28', '\\29', '\\5c', '\\00', '\\C3\\A9'),
);
const value = fc.array(valueChar, { maxLength: 6 }).map((parts) => parts.join(''));
const nonEmptyValue = fc.array(valueChar, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

const item = fc.oneof(
  fc.tuple(attribute, value).map(([a, v]) => `(${a}=${v})`),
  attribute.map((a) => `(${a}=*)`),
  fc
    .tuple(attribute, fc.option(nonEmptyValue), fc.array(nonEmptyValue, { maxLength: 2 }), fc.option(nonEmptyValue))
    .map(([a, initial, any, final]) => `(${a}=${initial ?? ''}*${any.map((x) => `${x}*`).join('')}${final ?? ''})`),
  fc.tuple(attribute, fc.constantFrom('>=', '<=', '~='), value).map(([a, op, v]) => `(${a}${op}${v})`),
  fc
    .tuple(fc.option(attribute), fc.boolean(), fc.option(oid), value)
    .filter(([a, , rule]) => a !== null || rule !== null)
    .map(([a, dn, rule, v]) => `(${a ?? ''}${dn ? ':dn' : ''}${rule ? `:${rule}` : ''}:=${v})`),
);

const filter: fc.Arbitrary<string> = fc.letrec<{ filter: string }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    item,
    fc.array(tie('filter'), { minLength: 1, maxLength: 3 }).map((parts) => `(&${parts.join('')})`),
    fc.array(tie('filter'), { minLength: 1, maxLength: 3 }).map((parts) => `(|${parts.join('')})`),
    tie('filter').map((inner) => `(!${inner})`),
  ),
})).filter;

/** One edit of a valid filter: a character dropped, doubled, or one of the grammar's characters inserted. */
const mutated = fc
  .tuple(filter, fc.nat(), fc.constantFrom('drop', 'insert', 'double'), fc.constantFrom(...'()*\\=:;&|!~<>. 1a'))
  .map(([text, at, edit, char]) => {
    const i = at % (text.length + 1);
    if (edit === 'drop') return text.slice(0, i) + text.slice(i + 1);
    if (edit === 'double') return text.slice(0, i) + text.slice(i, i + 1) + text.slice(i);
    return text.slice(0, i) + char + text.slice(i);
  });

describe('the filter checker and ldapts agree', () => {
  test('every filter of the grammar passes the check and ldapts parses it to what was written', () => {
    fc.assert(
      fc.property(filter, (text) => {
        expect(checkLdapFilter(text)).toEqual({ ok: true });
        // Parsed twice, via its own canonical text, ldapts gets the same filter: nothing was misread.
        const parsed = FilterParser.parseString(text);
        expect(shape(FilterParser.parseString(parsed.toString()))).toEqual(shape(parsed));
      }),
      { numRuns: 2000, seed: 4515 },
    );
  });

  test('whatever passes the check ldapts parses; whatever ldapts refuses the check refuses, with a position', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ maxLength: 30 })), (text) => {
        const check = checkLdapFilter(text);
        if (check.ok) expect(ldaptsParses(text)).toBe(true);
        else expect(check.position).toBeGreaterThanOrEqual(0);
        if (!ldaptsParses(text)) expect(check.ok).toBe(false);
        if (!check.ok) expect(check.position).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 5000, seed: 1941 },
    );
  });

  test.each([
    ['(memberOf:1.2.840.113556.1.4.1941:=cn=Admins,dc=example,dc=com)', true],
    ['(1.2.3=x)', false],
    ['(cn;lang-en=x)', false],
    ['cn=a', true],
  ])('%s: checker and ldapts both say %s', (text, ok) => {
    expect(checkLdapFilter(text).ok).toBe(ok);
    expect(ldaptsParses(text)).toBe(ok);
  });

  test('the nested-group rule reaches ldapts as an extensible match', () => {
    expect(shape(FilterParser.parseString('(memberOf:1.2.840.113556.1.4.1941:=cn=x,dc=y)'))).toEqual({
      ext: 'memberOf',
      rule: '1.2.840.113556.1.4.1941',
      dn: false,
      value: 'cn=x,dc=y',
    });
  });
});
