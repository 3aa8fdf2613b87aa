import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import type { FilterError } from '@shared/cucm/filter-error';
import type { SqlExpression } from '@shared/cucm/sql-filter';
import { parseSqlFilter } from '@shared/cucm/sql-filter';
import { parseXmlFilter } from '@shared/cucm/xml-filter';
import { fieldError } from '@shared/result';
import type { CucmSearchCriteria } from './cucm-end-user';

const issueAt = (field: 'xmlFilter' | 'sqlFilter', error: FilterError) => ({
  path: ['settings', field],
  message: error.message,
  params: { ...error.params, position: error.position },
});

/**
 * The import's two filters, parsed: the XML filter's search criteria for AXL and the SQL filter's expression.
 * The contract validated both already; a caller that did not (or the worker, which parses again rather than
 * trust a structure handed over) gets the same VALIDATION answer at the fields.
 */
export function parseImportFilters(settings: Pick<CucmImportSettings, 'xmlFilter' | 'sqlFilter'>): {
  criteria: CucmSearchCriteria;
  filter: SqlExpression | null;
} {
  const criteria = parseXmlFilter(settings.xmlFilter);
  const filter = parseSqlFilter(settings.sqlFilter);
  const issues = [...(criteria.ok ? [] : [issueAt('xmlFilter', criteria.error)]), ...(filter.ok ? [] : [issueAt('sqlFilter', filter.error)])];
  if (!criteria.ok || !filter.ok) throw fieldError('VALIDATION', issues);
  return { criteria: criteria.value as CucmSearchCriteria, filter: filter.value };
}
