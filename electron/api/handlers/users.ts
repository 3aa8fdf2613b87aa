import { deleteUsers, purgeUsers } from '../../services/site/delete-users';
import { newUserDraft } from '../../services/site/new-user-draft';
import { restoreUsers } from '../../services/site/restore-users';
import { saveUser } from '../../services/site/save-user';
import { searchUsers } from '../../services/site/user-search';
import { uniquenessIssues } from '../../services/site/user-uniqueness';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

type UserHandlers = Pick<
  Handlers,
  'users.list' | 'users.get' | 'users.newDraft' | 'users.checkUnique' | 'users.save' | 'users.delete' | 'users.restore' | 'users.purge'
>;

export function userHandlers(session: SiteSession): UserHandlers {
  /** Runs a change of the user count and announces the site when something changed. */
  const changingCount = (count: number) => {
    if (count > 0) session.announce();
    return { count };
  };

  return {
    'users.list': (query) => searchUsers(session.require().db, query),
    'users.get': ({ id }) => session.require().user(id),
    'users.newDraft': () => newUserDraft(session.require()),
    'users.checkUnique': ({ id, username, number }) => ({ issues: uniquenessIssues(session.require(), { id, username, number }) }),
    'users.save': ({ draft }) => {
      const user = saveUser(session.require(), draft);
      if (draft.id === null) session.announce();
      return user;
    },
    'users.delete': ({ ids }) => changingCount(deleteUsers(session.require(), ids)),
    'users.restore': ({ ids }) => changingCount(restoreUsers(session.require(), ids)),
    // Purged users were already out of the count; the announcement still refreshes the deleted view.
    'users.purge': ({ ids }) => changingCount(purgeUsers(session.require(), ids)),
  };
}
