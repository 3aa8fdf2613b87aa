import type { AuditEntity } from '../channels/audit.js';
import { isMessageKey } from '../i18n/en.js';
import type { MessageKey } from '../i18n/en.js';
import { userFieldLabel } from '../user-record/field-labels.js';

// Which catalog key names a field the log recorded: the label the administrator saw next to it on the
// screen where it is edited. Paths are the log's ("privileges.sms", "presence.cups.port").

const split = (path: string): [string, string] => {
  const dot = path.indexOf('.');
  return dot < 0 ? [path, ''] : [path.slice(0, dot), path.slice(dot + 1)];
};

const known = (key: string): MessageKey | null => (isMessageKey(key) ? key : null);

/**
 * The editor's label of a user field (also the default values' fields, which the editor's field groups
 * show), from the field's declaration (shared/user-record/user-fields.ts).
 */
function userFieldLabelKey(path: string): MessageKey | null {
  if (path === 'initialPassword') return 'defaults.initialPassword';
  return userFieldLabel(path) ?? known(`field.${path}`);
}

/** Group membership recorded per group ("groups.Sales": member or not), as bulk changes write it. */
export function membershipGroup(path: string): string | null {
  const [head, rest] = split(path);
  return head === 'groups' && rest !== '' ? rest : null;
}

/** Settings fields by the label of their settings screen, per section (the entry's label is the section). */
function settingsFieldLabelKey(section: string, path: string): MessageKey | null {
  const [head, rest] = split(path);
  switch (section) {
    case 'security':
      return known(`security.${path}`);
    case 'endUser':
    case 'presence': {
      if (path === 'useCucmAuthentication') return 'endUser.useCucmAuthentication';
      if (path === 'presence.service') return 'endUser.service';
      if (path === 'presence.teams.integrationUsers') return 'endUser.integrationUsers.title';
      const [service, field] = split(rest);
      return head === 'presence' && (service === 'cups' || service === 'teams') ? known(`endUser.${service}.${field}`) : null;
    }
    case 'contactPhotos':
    case 'adminLdap':
      if (path === 'enabled') return known(`ldap.enabled.${section}`);
      if (path === 'timeoutSeconds') return 'ldap.field.timeout';
      if (head === 'trust') return known(`ldap.trust.${rest}`);
      return known(`ldap.field.${path}`);
    case 'cucm':
      if (path === 'timeoutSeconds') return 'cucm.field.timeout';
      if (head === 'trust') return rest === 'pinned' ? 'cucm.section.trust' : known(`ldap.trust.${rest}`);
      return known(`cucm.field.${path}`);
    case 'cucmImport':
      return head === 'cucmMapping' ? known(`cucmMapping.${rest}`) : known(`field.${path}`);
    case 'userList':
      if (head === 'columns') return 'userList.columns.title';
      if (head === 'views') return 'userList.views';
      if (head === 'widths') return 'audit.field.widths';
      return null;
    default:
      return null;
  }
}

/** Figures of site-wide work (an import's counts, a bulk change's users, an export, a photo sync). */
const SITE_FIELDS: Record<string, MessageKey> = {
  created: 'audit.field.created',
  updated: 'audit.field.updated',
  deleted: 'audit.field.deleted',
  skipped: 'audit.field.skipped',
  rejected: 'audit.field.rejected',
  users: 'audit.field.users',
  'photos.stored': 'audit.field.photosStored',
  'photos.refreshed': 'audit.field.photosRefreshed',
};

/** The catalog key that names a field of an entry, or null when none does (the path is then shown as is). */
export function fieldLabelKey(entity: AuditEntity, section: string, path: string): MessageKey | null {
  switch (entity) {
    case 'user':
      return userFieldLabelKey(path);
    case 'defaults':
      // The defaults' PIN is the initial one given to new users, as the defaults screen names it.
      return path === 'pin' ? 'defaults.pin' : userFieldLabelKey(path);
    case 'group':
      if (path === 'name' || path === 'description') return path === 'name' ? 'groups.field.name' : 'groups.field.description';
      return path === 'members' ? known(`audit.field.${path}`) : null;
    case 'pool':
      if (path === 'numberBelongsToOneUser') return 'pool.numberBelongsToOneUser';
      return path === 'ranges' ? known(`audit.field.${path}`) : null;
    case 'settings':
      return settingsFieldLabelKey(section, path) ?? known(`field.${path}`);
    case 'site':
      return SITE_FIELDS[path] ?? known(`field.${path}`) ?? userFieldLabelKey(path);
  }
}
