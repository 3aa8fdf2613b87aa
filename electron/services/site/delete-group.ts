import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import type { OpenSite } from './open-site';

const NAMED_USERS = 3;

/**
 * Deletes a group with its memberships. A group still used as some user's internal or external contacts
 * is refused, naming the group, how many users use it and a few of them, so the administrator knows
 * whom to change first.
 */
export function deleteGroup(site: OpenSite, id: number): number {
  return site.db.transaction(() => {
    const group = site.groups.get(id);
    if (!group) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');
    const references = site.groups.contactReferences(id, NAMED_USERS);
    if (references.count > 0) {
      const more = references.count > references.usernames.length ? ', …' : '';
      throw new RosterError('CONFLICT', 'error.group.referenced', {
        group: group.name,
        count: references.count,
        usernames: references.usernames.join(', ') + more,
      });
    }
    const removedMemberships = site.groups.delete(id);
    recordChange(site.db, {
      entity: 'group',
      entityId: id,
      entityLabel: group.name,
      action: 'delete',
      changes: removedMemberships > 0 ? [{ field: 'members', before: removedMemberships, after: 0 }] : [],
    });
    return removedMemberships;
  })();
}
