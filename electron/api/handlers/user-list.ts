import type { userListChannels } from '@shared/channels/user-list';
import { SELECT_ALL_CAP } from '@shared/channels/user-list';
import { searchUserIds } from '../../services/site/user-search';
import { departmentsInUse } from '../../services/user-list/departments';
import { readUserListSettings, saveUserListSettings } from '../../services/user-list/user-list-settings';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function userListHandlers(session: SiteSession): Pick<Handlers, keyof typeof userListChannels> {
  return {
    'userList.settings': () => readUserListSettings(session.require()),
    'userList.saveSettings': ({ settings }) => saveUserListSettings(session.require(), settings),
    'userList.departments': () => departmentsInUse(session.require().db),
    'userList.ids': ({ query }) => {
      const { ids, total } = searchUserIds(session.require().db, query, SELECT_ALL_CAP);
      return { ids, total, capped: total > ids.length };
    },
  };
}
