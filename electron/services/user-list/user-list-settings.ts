import { USER_LIST_SECTION, savedViewSchema, userListSettingsSchema } from '@shared/rules/user-list-rules';
import type { SavedView, UserListSettings } from '@shared/rules/user-list-rules';
import { USER_STATE_FILTERS } from '@shared/rules/security-rules';
import { STATE_FILTER_TERMS, searchTerm, withTerm } from '@shared/search';
import { z } from 'zod';
import { changedFields, recordChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';

/**
 * Views saved before group and state became search terms carry them as a group id and a state; they are
 * still read, and turned into the terms the Group and State chips would add today.
 */
export const storedUserListSchema = userListSettingsSchema.extend({
  views: z
    .array(
      savedViewSchema.extend({
        groupId: z.number().int().positive().nullable().optional(),
        state: z.enum(USER_STATE_FILTERS).nullable().optional(),
      }),
    )
    .max(50),
});
type StoredView = z.output<typeof storedUserListSchema>['views'][number];

function currentView(site: OpenSite, { groupId, state, ...view }: StoredView): SavedView {
  let text = view.text;
  // A group deleted since cannot be named any more; its filter is dropped rather than the whole view.
  const group = groupId == null ? null : site.groups.get(groupId);
  if (group) text = withTerm(text, searchTerm('group', group.name));
  if (state) text = withTerm(text, searchTerm('is', STATE_FILTER_TERMS[state]));
  return { ...view, text };
}

/** The site's user-list layout and named views; a site that never chose reads as the defaults. */
export function readUserListSettings(site: OpenSite): UserListSettings {
  const stored = site.settings.read(USER_LIST_SECTION);
  return { ...stored, views: stored.views.map((view) => currentView(site, view)) };
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
