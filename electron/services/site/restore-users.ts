import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import type { OpenSite } from './open-site';
import { uniquenessIssues } from './user-uniqueness';

/**
 * Brings deleted users back, all or none: a user whose username an active user (or another user restored in
 * the same batch) now holds is refused with a message naming the clash, and so is one whose number another
 * holds while the site's rule says a number belongs to one user.
 */
export function restoreUsers(site: OpenSite, ids: readonly number[]): number {
  const now = new Date().toISOString();
  return site.db.transaction(() => {
    const deleted = site.users.deletedAmong(ids);
    for (const user of deleted) {
      // As if given anew (id null): bringing a user back gives the number again, so the site's rule for numbers applies.
      for (const issue of uniquenessIssues(site, { id: null, username: user.username, number: user.number })) {
        const holder = String(issue.params?.username ?? '');
        if (issue.path[0] === 'username') {
          throw new RosterError('CONFLICT', 'error.restore.usernameTaken', { username: user.username, holder });
        }
        throw new RosterError('CONFLICT', 'error.restore.numberTaken', { username: user.username, number: user.number, holder });
      }
      site.users.restore(user.id, now);
      recordChange(site.db, { entity: 'user', entityId: user.id, entityLabel: user.username, action: 'restore', changes: [] });
    }
    return deleted.length;
  })();
}
