import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import { sqlFilterPredicate } from '../../../electron/services/cucm/cucm-import-sql-filter';
import { likeMatcher } from '../../../electron/services/cucm/sql-like';
import { endUser } from './end-users';

/**
 * The reference: LIKE as its definition reads, over code points, by dynamic programming. matches[j] says
 * whether the pattern from step i on matches the value from character j on, built from the last step back.
 * Slow and obviously right; the matcher under test must agree with it on every pair.
 */
function referenceLike(pattern: string, value: string): boolean {
  const p = [...pattern];
  const v = [...value];
  let next = v.map(() => false).concat(true);
  for (let i = p.length - 1; i >= 0; i--) {
    const current = new Array<boolean>(v.length + 1).fill(false);
    for (let j = v.length; j >= 0; j--) {
      if (p[i] === '%') current[j] = next[j]! || (j < v.length && current[j + 1]!);
      else current[j] = j < v.length && (p[i] === '_' || p[i] === v[j]) && next[j + 1]!;
    }
    next = current;
  }
  return next[0]!;
}

/** Few characters, so random patterns and values meet often; an emoji (two UTF-16 units) and a newline among them. */
const char = fc.constantFrom('a', 'b', 'A', '😀', '\n', '.', '*');
const patternPart = fc.oneof({ weight: 3, arbitrary: char }, { weight: 2, arbitrary: fc.constant('%') }, { weight: 1, arbitrary: fc.constant('_') });
const pattern = fc.array(patternPart, { maxLength: 14 }).map((parts) => parts.join(''));
const value = fc.array(char, { maxLength: 20 }).map((parts) => parts.join(''));
/** A value made from the pattern (each % some text, each _ one character): a match, unless the reference says otherwise. */
const patternAndMatch = fc.array(fc.tuple(patternPart, fc.array(char, { maxLength: 3 }), char), { maxLength: 14 }).map((parts) => ({
  pattern: parts.map(([part]) => part).join(''),
  value: parts.map(([part, run, one]) => (part === '%' ? run.join('') : part === '_' ? one : part)).join(''),
}));

/** Any code point, the wildcards, and halves of a surrogate pair on their own (AXL text need not be well-formed UTF-16 here). */
const anyUnit = fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('%', '_', '\ud83d', '\ude00', '😀'));

const PATHOLOGICAL = '%a%a%a%a%a%a%a%a%b';

describe('LIKE of the SQL filter', () => {
  it('agrees with the reference on random patterns and values', () => {
    fc.assert(
      fc.property(pattern, value, (p, v) => {
        expect(likeMatcher(p)(v)).toBe(referenceLike(p, v));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the reference on values built to match the pattern', () => {
    fc.assert(
      fc.property(patternAndMatch, ({ pattern: p, value: v }) => {
        expect(referenceLike(p, v)).toBe(true);
        expect(likeMatcher(p)(v)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with the reference on any text (surrogates, lone halves included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 12 }), fc.string({ unit: anyUnit, maxLength: 16 }), (p, v) => {
        expect(likeMatcher(p)(v)).toBe(referenceLike(p, v));
      }),
      { numRuns: 5_000 },
    );
  });

  it('takes _ as one character, an emoji included, and matches the whole value', () => {
    expect(likeMatcher('_')('😀')).toBe(true);
    expect(likeMatcher('__')('😀')).toBe(false);
    expect(likeMatcher('a_c')('a😀c')).toBe(true);
    expect(likeMatcher('%')('')).toBe(true);
    expect(likeMatcher('')('')).toBe(true);
    expect(likeMatcher('')('a')).toBe(false);
    expect(likeMatcher('a%')('ba')).toBe(false);
    expect(likeMatcher('%a')('ab')).toBe(false);
    expect(likeMatcher('a.c')('abc')).toBe(false);
    expect(likeMatcher('(.*)')('(.*)')).toBe(true);
  });

  it(`finishes ${PATHOLOGICAL} against long user IDs with the right answer (no backtracking blow-up)`, () => {
    const matches = likeMatcher(PATHOLOGICAL);
    for (const length of [60, 1_000, 100_000]) {
      expect(matches('a'.repeat(length))).toBe(false);
      expect(matches(`${'a'.repeat(length)}b`)).toBe(true);
      expect(matches(`${'a'.repeat(length)}ba`)).toBe(false);
    }
    expect(matches('abababababababab')).toBe(true);
    expect(matches('aaaaaaab')).toBe(false);
  });

  it('keeps the right users through the SQL filter with the pathological pattern over many long IDs', () => {
    const users = Array.from({ length: 2_000 }, (_, i) => endUser({ userid: `${'a'.repeat(60)}${i % 2 === 0 ? 'b' : ''}` }));
    const filter = parseSqlFilter(`usr_Name LIKE '${PATHOLOGICAL}' OR usr_Name LIKE '${PATHOLOGICAL.toUpperCase()}%'`);
    if (!filter.ok) throw new Error('filter refused');
    const kept = users.filter(sqlFilterPredicate(filter.value));
    expect(kept).toHaveLength(1_000);
    expect(kept.every((user) => user.userid.endsWith('b'))).toBe(true);
  });
});
