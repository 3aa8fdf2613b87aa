import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import type { OpenSite } from './open-site';

const NAMED_USERS = 3;

/** What deleting a group would meet, asked before the confirmation: the users whose group permissions use it. */
export interface GroupDeletionCheck {
  name: string;
  memberCount: number;
  /** Users (deleted ones included) whose internal or external contacts are this group: then it cannot go. */
  referenceCount: number;
  /** A few of them, to say whom to change first. */
  usernames: string[];
}

export function checkGroupDeletion(site: OpenSite, id: number): GroupDeletionCheck {
  const group = site.groups.get(id);
  if (!group) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');
  const references = site.groups.contactReferences(id, NAMED_USERS);
  return { name: group.name, memberCount: group.memberCount, referenceCount: references.count, usernames: references.usernames };
}

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
