import { z } from 'zod';
import { cucmMappingSchema, DEFAULT_CUCM_MAPPING } from '../cucm/cucm-mapping.js';
import type { FilterParse } from '../cucm/filter-error.js';
import { parseSqlFilter } from '../cucm/sql-filter.js';
import { SQL_FILTER_MAX_LENGTH } from '../cucm/sql-filter-tokens.js';
import { parseXmlFilter, XML_FILTER_MAX_LENGTH } from '../cucm/xml-filter.js';

/** The settings section of the CUCM import: the filters and mapping of the last import (or last saved). */
export const CUCM_IMPORT_SECTION = 'cucmImport';

/** A filter field: any text that parses; its problem (with the position in params) shown at the field. */
function filterSchema(max: number, parse: (text: string) => FilterParse<unknown>) {
  return z
    .string({ error: 'rule.invalid' })
    .max(max, { error: 'rule.tooLong' })
    .superRefine((text, ctx) => {
      const parsed = parse(text);
      if (!parsed.ok) {
        const { message, params, position } = parsed.error;
        ctx.addIssue({ code: 'custom', message, params: { ...params, position } });
      }
    });
}

export const cucmImportSettingsSchema = z.object({
  xmlFilter: filterSchema(XML_FILTER_MAX_LENGTH, parseXmlFilter),
  sqlFilter: filterSchema(SQL_FILTER_MAX_LENGTH, parseSqlFilter),
  mapping: cucmMappingSchema,
});
export type CucmImportSettings = z.infer<typeof cucmImportSettingsSchema>;

export const CUCM_IMPORT_DEFAULTS: CucmImportSettings = { xmlFilter: '', sqlFilter: '', mapping: DEFAULT_CUCM_MAPPING };
