import type { GroupDraft, UserGroup } from '@shared/index';
import { fieldError, RosterError } from '@shared/result';
import { changedFields, recordChange } from '../audit/audit-log';
import type { OpenSite } from './open-site';

/** Creates a group or renames one; names are unique ignoring case. */
export function saveGroup(site: OpenSite, draft: GroupDraft): UserGroup {
  const now = new Date().toISOString();
  const id = site.db.transaction(() => {
    if (draft.id !== null && !site.groups.get(draft.id)) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');
    const holder = site.groups.byName(draft.name, draft.id);
    if (holder) throw fieldError('CONFLICT', [{ path: ['name'], message: 'rule.group.name.taken', params: { name: holder.name } }]);
    if (draft.id === null) {
      const created = site.groups.insert(draft.name, draft.description, now);
      const changes = changedFields({}, { name: draft.name, description: draft.description }).filter((c) => 'after' in c && c.after !== '');
      recordChange(site.db, { entity: 'group', entityId: created, entityLabel: draft.name, action: 'create', changes });
      return created;
    }
    const previous = site.groups.get(draft.id)!;
    site.groups.update(draft.id, draft.name, draft.description, now);
    const changes = changedFields({ name: previous.name, description: previous.description }, { name: draft.name, description: draft.description });
    if (changes.length > 0) recordChange(site.db, { entity: 'group', entityId: draft.id, entityLabel: draft.name, action: 'update', changes });
    return draft.id;
  })();
  return site.groups.get(id)!;
}
