import { DEFAULT_USER_LIST_SETTINGS, USER_LIST_SECTION, userListSettingsSchema } from '@shared/channels/user-list';
import type { UserListSettings } from '@shared/channels/user-list';
import { changedFields, recordChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';

/** The site's user-list layout and named views; a site that never chose reads as the defaults. */
export function readUserListSettings(site: OpenSite): UserListSettings {
  return site.settings.read(USER_LIST_SECTION, userListSettingsSchema, DEFAULT_USER_LIST_SETTINGS);
}

/** Saves the section with its audit entry in one transaction (nothing is recorded when nothing changed). */
export function saveUserListSettings(site: OpenSite, settings: UserListSettings): UserListSettings {
  site.db.transaction(() => {
    const before = readUserListSettings(site);
    const changes = changedFields(before, settings);
    if (changes.length === 0) return;
    site.settings.write(USER_LIST_SECTION, settings);
    recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: USER_LIST_SECTION, action: 'update', changes });
  })();
  return readUserListSettings(site);
}
