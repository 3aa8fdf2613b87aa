import { CUCM_IMPORT_SECTION } from '@shared/rules/cucm-import-rules';
import type { CucmImportSettings } from '@shared/rules/cucm-import-rules';
import type { CucmImportSettingsView } from '@shared/cucm/cucm-import-preview';
import { changedFields, recordChange } from '../audit/audit-log';
import { readStoredEndUser } from '../end-user/end-user-store';
import type { OpenSite } from '../site/open-site';
import { readCucmSettings } from './cucm-connection';

// The filters and mapping of the CUCM import live in their own settings section ('cucmImport'), next to the
// connection settings of Settings > CUCM ('cucm').

export function readCucmImportSettings(site: Pick<OpenSite, 'settings'>): CucmImportSettings {
  return site.settings.read(CUCM_IMPORT_SECTION);
}

/** The log names the mapping's fields "cucmMapping.<field>" so the audit screen can label them. */
const auditView = ({ xmlFilter, sqlFilter, mapping, deleteThresholdPercent, deleteThresholdUsers }: CucmImportSettings) => ({
  xmlFilter,
  sqlFilter,
  cucmMapping: mapping,
  deleteThresholdPercent,
  deleteThresholdUsers,
});

/**
 * Writes the section when it differs, with its audit entry. Call inside the caller's transaction (an import
 * stores the filters it ran with in the import's own transaction).
 */
export function writeCucmImportSettings(site: Pick<OpenSite, 'db' | 'settings'>, settings: CucmImportSettings): void {
  const changes = changedFields(auditView(readCucmImportSettings(site)), auditView(settings));
  if (changes.length === 0) return;
  site.settings.write(CUCM_IMPORT_SECTION, settings);
  recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: CUCM_IMPORT_SECTION, action: 'update', changes });
}

export function saveCucmImportSettings(site: OpenSite, settings: CucmImportSettings): CucmImportSettingsView {
  site.db.transaction(() => writeCucmImportSettings(site, settings))();
  return cucmImportSettingsView(site);
}

export function cucmImportSettingsView(site: OpenSite): CucmImportSettingsView {
  const connection = readCucmSettings(site);
  return {
    settings: readCucmImportSettings(site),
    publisher: connection.host !== '' && connection.axlUser !== '' ? connection.host : null,
    useCucmAuthentication: readStoredEndUser(site).useCucmAuthentication,
  };
}
