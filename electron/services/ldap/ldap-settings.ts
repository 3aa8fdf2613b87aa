import type { LdapSettings } from '@shared/channels/ldap';
import { BIND_PASSWORD_SECRET } from '@shared/rules/ldap-rules';
import type { AdminLdapSettings, ContactPhotosSettings, LdapSettingsDraft } from '@shared/rules/ldap-rules';
import { ldapSecretServer } from '@shared/rules/secret-endpoint';
import type { SecretEndpoint } from '@shared/rules/secret-endpoint';
import { changedFields, recordChange } from '../audit/audit-log';
import type { AuditChange } from '../audit/audit-log';
import { requireKeptSecretFits, secretFor, storeBoundSecret } from '../secrets/bound-secret';
import type { SecretUse } from '../secrets/bound-secret';
import { SETTINGS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from '../site/open-site';

const CONTACT_PHOTOS_SECTION = 'contactPhotos';
const ADMIN_LDAP_SECTION = 'adminLdap';
/** The audit log names the sections as the screen does. */
// Stable codes; the audit screen shows the section's name from the catalog (settings.section.*).
const CONTACT_PHOTOS_LABEL = 'contactPhotos';
const ADMIN_LDAP_LABEL = 'adminLdap';

type SiteSettings = Pick<OpenSite, 'settings'>;

export function readContactPhotosSettings(site: SiteSettings): ContactPhotosSettings {
  return site.settings.read(CONTACT_PHOTOS_SECTION);
}

function readAdminLdapSettings(site: SiteSettings): AdminLdapSettings {
  return site.settings.read(ADMIN_LDAP_SECTION);
}

/** Where the bind password goes: the contact photo server, binding as the bind user. */
function bindEndpointOf(settings: ContactPhotosSettings): SecretEndpoint {
  return { ...ldapSecretServer(settings), account: settings.bindUser };
}

/**
 * The stored bind password for binding to the server of `target` (main process only): refused with
 * SECRET_ELSEWHERE unless that is the server and bind user it was saved for; null when none is stored or readable.
 */
export function bindPasswordFor(site: Pick<OpenSite, 'secrets' | 'settings'>, target: ContactPhotosSettings, use: SecretUse): string | null {
  const saved = bindEndpointOf(readContactPhotosSettings(site));
  return secretFor(site.secrets, BIND_PASSWORD_SECRET, { to: bindEndpointOf(target), saved }, use);
}

export function readLdapSettings(site: OpenSite): LdapSettings {
  return {
    contactPhotos: readContactPhotosSettings(site),
    bindPassword: site.secrets.status('settings', SETTINGS_OWNER_ID, BIND_PASSWORD_SECRET),
    adminLdap: readAdminLdapSettings(site),
  };
}

/** Both sections and the bind password in one transaction, each changed section with its audit entry. */
export function saveLdapSettings(site: OpenSite, draft: LdapSettingsDraft): LdapSettings {
  site.db.transaction(() => {
    const photosBefore = readContactPhotosSettings(site);
    const photoChanges: AuditChange[] = changedFields(photosBefore, draft.contactPhotos);
    if (draft.bindPassword.action === 'keep') {
      const endpoints = { to: bindEndpointOf(draft.contactPhotos), saved: bindEndpointOf(photosBefore) };
      requireKeptSecretFits(site.secrets, BIND_PASSWORD_SECRET, endpoints, ['draft', 'bindPassword', 'value']);
    }
    site.settings.write(CONTACT_PHOTOS_SECTION, draft.contactPhotos);
    if (draft.bindPassword.action === 'set') {
      storeBoundSecret(site.secrets, BIND_PASSWORD_SECRET, draft.bindPassword.value, bindEndpointOf(draft.contactPhotos));
      photoChanges.push({ field: 'bindPassword', secret: true });
    } else if (draft.bindPassword.action === 'clear' && site.secrets.status('settings', SETTINGS_OWNER_ID, BIND_PASSWORD_SECRET).set) {
      site.secrets.clear('settings', SETTINGS_OWNER_ID, BIND_PASSWORD_SECRET);
      photoChanges.push({ field: 'bindPassword', secret: true });
    }
    if (photoChanges.length > 0) {
      recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: CONTACT_PHOTOS_LABEL, action: 'update', changes: photoChanges });
    }

    const adminBefore = readAdminLdapSettings(site);
    const adminChanges = changedFields(adminBefore, draft.adminLdap);
    site.settings.write(ADMIN_LDAP_SECTION, draft.adminLdap);
    if (adminChanges.length > 0) {
      recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: ADMIN_LDAP_LABEL, action: 'update', changes: adminChanges });
    }
  })();
  return readLdapSettings(site);
}
