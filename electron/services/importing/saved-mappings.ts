import { z } from 'zod';
import { IMPORT_FIELDS, MAPPING_NAME_MAX } from '@shared/channels/import';
import type { SavedMapping } from '@shared/channels/import';
import { english, translate } from '@shared/i18n/en';
import { importFieldLabel } from '@shared/i18n/import-fields';
import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';

/** The settings section (and audit label) of the named import mappings. */
const IMPORT_MAPPINGS_SECTION = 'importMappings';
/** Enough for every file layout a site meets; a longer list is a sign of saving by accident. */
const MAX_SAVED_MAPPINGS = 100;

export const storedMappingsSchema = z.object({
  mappings: z
    .array(
      z.object({
        name: z.string().min(1).max(MAPPING_NAME_MAX),
        columns: z
          .array(
            z.object({
              header: z.string().max(500),
              // A field a later Roster renamed or dropped reads as "ignore" instead of losing the whole list.
              field: z.enum(IMPORT_FIELDS).nullable().catch(null),
            }),
          )
          .max(5000),
      }),
    )
    .max(MAX_SAVED_MAPPINGS),
});

export const SAVED_MAPPINGS_DEFAULTS: z.output<typeof storedMappingsSchema> = { mappings: [] };

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
const byName = (a: SavedMapping, b: SavedMapping) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });

/** The saved mappings, by name. */
export function readSavedMappings(site: OpenSite): SavedMapping[] {
  return [...site.settings.read(IMPORT_MAPPINGS_SECTION).mappings].sort(byName);
}

/** A mapping as the audit log shows it: one "header: field" line per mapped column, ignored ones left out. */
function described(mapping: SavedMapping | undefined): string[] | null {
  if (!mapping) return null;
  return mapping.columns.filter((c) => c.field !== null).map((c) => `${c.header}: ${translate(english, importFieldLabel(c.field!))}`);
}

function write(
  site: OpenSite,
  mappings: SavedMapping[],
  name: string,
  before: SavedMapping | undefined,
  after: SavedMapping | undefined,
): SavedMapping[] {
  site.db.transaction(() => {
    site.settings.write(IMPORT_MAPPINGS_SECTION, { mappings });
    recordChange(site.db, {
      entity: 'settings',
      entityId: null,
      entityLabel: IMPORT_MAPPINGS_SECTION,
      action: after ? 'update' : 'delete',
      changes: [{ field: name, before: described(before), after: described(after) }],
    });
  })();
  return readSavedMappings(site);
}

/** Saves a mapping under its name; a mapping of the same name (in any case) is replaced. */
export function saveMapping(site: OpenSite, mapping: SavedMapping): SavedMapping[] {
  const current = readSavedMappings(site);
  const before = current.find((m) => sameName(m.name, mapping.name));
  if (!before && current.length >= MAX_SAVED_MAPPINGS) {
    throw new RosterError('CONFLICT', 'importWizard.mapping.tooMany', { count: MAX_SAVED_MAPPINGS });
  }
  if (before && JSON.stringify(before) === JSON.stringify(mapping)) return current;
  const others = current.filter((m) => m !== before);
  return write(site, [...others, mapping].sort(byName), mapping.name, before, mapping);
}

/** Deletes a mapping by its name; deleting one that is not there changes nothing. */
export function deleteMapping(site: OpenSite, name: string): SavedMapping[] {
  const current = readSavedMappings(site);
  const before = current.find((m) => m.name === name);
  if (!before) return current;
  return write(
    site,
    current.filter((m) => m !== before),
    before.name,
    before,
    undefined,
  );
}
