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

/**
 * What the audit records of the section: the saved views, which other administrators open by name. The
 * columns shown, their order and their widths are preferences of how the list looks, changed often and
 * changing no user: they are saved, not audited.
 */
const auditView = ({ views }: UserListSettings) => ({ views });

/** Saves the section in one transaction, with an audit entry when an audited part changed (nothing when nothing did). */
export function saveUserListSettings(site: OpenSite, settings: UserListSettings): UserListSettings {
  site.db.transaction(() => {
    const before = readUserListSettings(site);
    if (JSON.stringify(before) === JSON.stringify(settings)) return;
    site.settings.write(USER_LIST_SECTION, settings);
    const changes = changedFields(auditView(before), auditView(settings));
    if (changes.length > 0) recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: USER_LIST_SECTION, action: 'update', changes });
  })();
  return readUserListSettings(site);
}
