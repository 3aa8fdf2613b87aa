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

/** The limits of the mass-deletion threshold's two parts (a share of the users imported from CUCM, a count). */
export const DELETE_THRESHOLD_PERCENT = { min: 1, max: 100 } as const;
export const DELETE_THRESHOLD_USERS = { min: 1, max: 100_000 } as const;

const wholeNumber = (limits: { min: number; max: number }) =>
  z
    .number({ error: 'cucmImport.threshold.range' })
    .int({ error: 'cucmImport.threshold.range' })
    .min(limits.min, { error: 'cucmImport.threshold.range' })
    .max(limits.max, { error: 'cucmImport.threshold.range' });

export const cucmImportSettingsSchema = z.object({
  xmlFilter: filterSchema(XML_FILTER_MAX_LENGTH, parseXmlFilter),
  sqlFilter: filterSchema(SQL_FILTER_MAX_LENGTH, parseSqlFilter),
  mapping: cucmMappingSchema,
  /**
   * A resync deleting more than this share of the users imported from CUCM, and more than deleteThresholdUsers,
   * asks for the number of users to be typed (see massDeletionThreshold).
   */
  deleteThresholdPercent: wholeNumber(DELETE_THRESHOLD_PERCENT),
  deleteThresholdUsers: wholeNumber(DELETE_THRESHOLD_USERS),
});
export type CucmImportSettings = z.infer<typeof cucmImportSettingsSchema>;

export const CUCM_IMPORT_DEFAULTS: CucmImportSettings = {
  xmlFilter: '',
  sqlFilter: '',
  mapping: DEFAULT_CUCM_MAPPING,
  deleteThresholdPercent: 10,
  deleteThresholdUsers: 50,
};

/**
 * How many deletions an import may make without the typed confirmation: the larger of the share of the
 * users imported from CUCM and the count. A read that lost users shows as many deletions at once, so a
 * number that high is never applied by a click alone.
 */
export function massDeletionThreshold(
  importedFromCucm: number,
  settings: Pick<CucmImportSettings, 'deleteThresholdPercent' | 'deleteThresholdUsers'>,
): number {
  return Math.max(Math.floor((importedFromCucm * settings.deleteThresholdPercent) / 100), settings.deleteThresholdUsers);
}

/** Users the import gives a number another user holds too: imported with it (a shared line), or without it. */
export const cucmSharedNumbersSchema = z.enum(['keep', 'omit']);
export type CucmSharedNumbers = z.infer<typeof cucmSharedNumbersSchema>;

/** What becomes of users imported from CUCM that the filters no longer return: deleted, or only disabled. */
const CUCM_REMOVALS = ['delete', 'disable'] as const;
export type CucmRemoval = (typeof CUCM_REMOVALS)[number];

/**
 * The administrator's answer about the users to remove, given with apply. Over the threshold, deleting needs
 * the number of users typed (typedCount); disabling does not (nothing is lost).
 */
export const cucmRemovalSchema = z.object({
  action: z.enum(CUCM_REMOVALS),
  typedCount: z.number({ error: 'cucmImport.massDelete.typeCount' }).int().min(0).max(10_000_000).nullable().default(null),
});
export type CucmRemovalChoice = z.infer<typeof cucmRemovalSchema>;
