import type { CucmSettingsView } from '@shared/channels/cucm';
import { CUCM_PASSWORD_SECRET, CUCM_SECTION } from '@shared/rules/cucm-rules';
import type { CucmSettingsDraft } from '@shared/rules/cucm-rules';
import { cucmSecretEndpoint } from '@shared/rules/secret-endpoint';
import { changedFields, recordChange, secretChange } from '../audit/audit-log';
import { requireKeptSecretFits, storeBoundSecret } from '../secrets/bound-secret';
import { SETTINGS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from '../site/open-site';
import { readCucmSettings } from './cucm-connection';

export function readCucmView(site: OpenSite): CucmSettingsView {
  return {
    settings: readCucmSettings(site),
    password: site.secrets.status('settings', SETTINGS_OWNER_ID, CUCM_PASSWORD_SECRET),
  };
}

/**
 * The settings and the AXL password in one transaction, with one audit entry naming what changed. A typed
 * password is stored for the publisher and AXL user saved with it; keeping the stored one is refused when
 * the settings name another (SECRET_ELSEWHERE at the password field).
 */
export function saveCucmSettings(site: OpenSite, draft: CucmSettingsDraft): CucmSettingsView {
  site.db.transaction(() => {
    const before = readCucmSettings(site);
    const changes = changedFields(before, draft.settings);
    const endpoints = { to: cucmSecretEndpoint(draft.settings), saved: cucmSecretEndpoint(before) };
    if (draft.password.action === 'keep') requireKeptSecretFits(site.secrets, CUCM_PASSWORD_SECRET, endpoints, ['draft', 'password', 'value']);
    site.settings.write(CUCM_SECTION, draft.settings);
    const stored = site.secrets.status('settings', SETTINGS_OWNER_ID, CUCM_PASSWORD_SECRET).set;
    if (draft.password.action === 'set') {
      storeBoundSecret(site.secrets, CUCM_PASSWORD_SECRET, draft.password.value, endpoints.to);
      changes.push(secretChange('password', 'set'));
    } else if (draft.password.action === 'clear' && stored) {
      site.secrets.clear('settings', SETTINGS_OWNER_ID, CUCM_PASSWORD_SECRET);
      changes.push(secretChange('password', 'clear'));
    }
    // Stable code; the audit screen names the section from the catalog (settings.section.cucm).
    if (changes.length > 0) recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: CUCM_SECTION, action: 'update', changes });
  })();
  return readCucmView(site);
}
