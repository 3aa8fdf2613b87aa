import type { UserRef } from './users-repository';
import { recordChange } from '../audit/audit-log';
import type { OpenSite } from './open-site';

/** The users among ids that are active (deleted = false) or already deleted (deleted = true). */
function usersAmong(site: OpenSite, ids: readonly number[], deleted: boolean): UserRef[] {
  // Id lists travel as one JSON parameter, as in the users repository.
  return site.db
    .prepare(
      `SELECT id, username FROM users
       WHERE (deleted_at IS NOT NULL) = ? AND id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(deleted ? 1 : 0, JSON.stringify(ids)) as UserRef[];
}

/** Moves active users to Deleted users, with one audit entry per user, in one transaction. */
export function deleteUsers(site: OpenSite, ids: readonly number[]): number {
  const now = new Date().toISOString();
  return site.db.transaction(() => {
    const users = usersAmong(site, ids, false);
    const count = site.users.softDelete(ids, now);
    for (const user of users) recordChange(site.db, { entity: 'user', entityId: user.id, entityLabel: user.username, action: 'delete', changes: [] });
    return count;
  })();
}

/** Removes deleted users for good, with one audit entry per user, in one transaction. */
export function purgeUsers(site: OpenSite, ids: readonly number[]): number {
  return site.db.transaction(() => {
    const users = usersAmong(site, ids, true);
    const count = site.users.purgeDeleted(ids);
    for (const user of users) recordChange(site.db, { entity: 'user', entityId: user.id, entityLabel: user.username, action: 'purge', changes: [] });
    return count;
  })();
}
