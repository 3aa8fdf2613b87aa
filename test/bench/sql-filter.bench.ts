import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import { SQL_FILTER_MAX_LENGTH } from '@shared/cucm/sql-filter-tokens';
import { sqlFilterPredicate } from '../../electron/services/cucm/cucm-import-sql-filter';
import { endUser } from '../unit/cucm-import/end-users';

// The SQL filter's LIKE against the pattern that froze main for 47 s with a backtracking matcher
// ('%a%a%a%a%a%a%a%a%b' against a 60-character user ID), and against the worst filter the length limit
// allows (the integration test's, which it cancels). Prints the figures; asserts nothing.

const PATHOLOGICAL = '%a%a%a%a%a%a%a%a%b';

function time(label: string, users: number, idLength: number, filterText: string): void {
  const people = Array.from({ length: users }, (_, i) => endUser({ userid: `${'a'.repeat(idLength)}${i % 2 === 0 ? 'b' : ''}` }));
  const parsed = parseSqlFilter(filterText);
  if (!parsed.ok) throw new Error(`filter refused: ${parsed.error.message}`);
  const keep = sqlFilterPredicate(parsed.value);
  const started = performance.now();
  const kept = people.filter(keep).length;
  console.log(
    `${label}: ${users.toLocaleString('en')} users with ${idLength}-character IDs, ${kept.toLocaleString('en')} kept, in ${Math.round(performance.now() - started)} ms`,
  );
}

it('LIKE with a pathological pattern', () => {
  const one = `usr_Name LIKE '${PATHOLOGICAL}'`;
  time(`one LIKE '${PATHOLOGICAL}'`, 1, 60, one);
  time(`one LIKE '${PATHOLOGICAL}'`, 40_000, 60, one);
  const count = Math.floor((SQL_FILTER_MAX_LENGTH + 4) / (one.length + 4));
  const longest = Array.from({ length: count }, () => one).join(' OR ');
  time(`${count} such LIKEs ORed (the longest filter allowed)`, 1_000, 200, longest);
});
