import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '@shared/i18n/en';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import { SQL_FILTER_FIELDS } from '@shared/cucm/sql-filter-fields';
import { sqlFilterPredicate } from '../../../electron/services/cucm/cucm-import-sql-filter';
import { endUser } from './end-users';

/** Pieces a real filter is made of, so random sequences get deep into the grammar, not only the first token. */
const piece = fc.oneof(
  fc.constantFrom(
    ...SQL_FILTER_FIELDS,
    'usr_email',
    'AND',
    'or',
    'NOT',
    'LIKE',
    'IN',
    'IS',
    'NULL',
    'BETWEEN',
    '(',
    ')',
    ',',
    '=',
    '<>',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    "''",
    "'",
    '%',
    '_',
  ),
  fc.string({ maxLength: 6 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.string({ maxLength: 4 }),
);
const filterText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' ')),
);

describe('the SQL filter parser on any input', () => {
  it('never throws; a refusal points inside the text with a catalog message; an accepted filter evaluates', () => {
    const user = endUser({ userid: 'x', department: 'support', telephoneNumber: '1500', mailid: 'x@company.domain' });
    fc.assert(
      fc.property(filterText, (text) => {
        const result = parseSqlFilter(text);
        if (result.ok) {
          expect(typeof sqlFilterPredicate(result.value)(user)).toBe('boolean');
        } else {
          expect(result.error.position).toBeGreaterThanOrEqual(0);
          expect(result.error.position).toBeLessThanOrEqual(text.length);
          expect(result.error.position + result.error.length).toBeLessThanOrEqual(text.length);
          expect(isMessageKey(result.error.message)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses deep nesting with a message rather than running out of stack', () => {
    for (const text of ['('.repeat(5000), 'NOT '.repeat(5000) + "usr_Name = 'a'", `${'('.repeat(63)}usr_Name = 'a'${')'.repeat(63)}`]) {
      expect(() => parseSqlFilter(text)).not.toThrow();
    }
    expect(parseSqlFilter(`${'('.repeat(63)}usr_Name = 'a'${')'.repeat(63)}`).ok).toBe(true);
  });
});
