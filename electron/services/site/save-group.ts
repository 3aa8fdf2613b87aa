import type { GroupDraft, UserGroup } from '@shared/index';
import { fieldError, RosterError } from '@shared/result';
import type { OpenSite } from './open-site';

/** Creates a group or renames one; names are unique ignoring case. */
export function saveGroup(site: OpenSite, draft: GroupDraft): UserGroup {
  const now = new Date().toISOString();
  const id = site.db.transaction(() => {
    if (draft.id !== null && !site.groups.get(draft.id)) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');
    const holder = site.groups.byName(draft.name, draft.id);
    if (holder) throw fieldError('CONFLICT', [{ path: ['name'], message: 'rule.group.name.taken', params: { name: holder.name } }]);
    if (draft.id === null) return site.groups.insert(draft.name, draft.description, now);
    site.groups.update(draft.id, draft.name, draft.description, now);
    return draft.id;
  })();
  return site.groups.get(id)!;
}
