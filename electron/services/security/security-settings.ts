import type { SecuritySettings } from '@shared/rules/security-rules';
import type { SecurityState } from '@shared/channels/security';
import { RosterError } from '@shared/result';
import { changedFields, recordChange } from '../audit/audit-log';
import type { KeyStore } from '../secrets/key-store';
import { forgetSiteCredentials } from '../secrets/credential-memory';
import type { OpenSite } from '../site/open-site';
import { nonCompliantSecrets } from './compliance';

export const SECURITY_SECTION = 'security';

export function readSecuritySettings(site: Pick<OpenSite, 'settings'>): SecuritySettings {
  return site.settings.read(SECURITY_SECTION);
}

/** Whether connection tests may remember and offer the credentials last typed (for the LDAP and CUCM tests). */
export function remembersCredentials(site: Pick<OpenSite, 'settings'>): boolean {
  return readSecuritySettings(site).rememberCredentials;
}

export function readSecurityState(site: OpenSite): SecurityState {
  const settings = readSecuritySettings(site);
  return { settings, nonCompliant: nonCompliantSecrets(site, settings) };
}

/**
 * Saves the settings with their audit entry in one transaction, then lists the stored secrets that break
 * the rules now in force. Turning "remember credentials" off deletes the ones remembered on this site from
 * the keychain first: if the keychain refuses, nothing is saved and the administrator is told.
 */
export function saveSecuritySettings(site: OpenSite, keyStore: KeyStore, settings: SecuritySettings): SecurityState {
  if (!settings.rememberCredentials) {
    try {
      forgetSiteCredentials(keyStore, site.id);
    } catch (error) {
      throw new RosterError('IO', 'security.keychain.forget').causedBy(error);
    }
  }
  site.db.transaction(() => {
    const before = readSecuritySettings(site);
    site.settings.write(SECURITY_SECTION, settings);
    const changes = changedFields(before, settings);
    if (changes.length > 0) {
      recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: SECURITY_SECTION, action: 'update', changes });
    }
  })();
  return readSecurityState(site);
}
