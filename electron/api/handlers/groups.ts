import { checkGroupDeletion, deleteGroup } from '../../services/site/delete-group';
import { saveGroup } from '../../services/site/save-group';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

type GroupHandlers = Pick<Handlers, 'groups.list' | 'groups.save' | 'groups.deletionCheck' | 'groups.delete'>;

export function groupHandlers(session: SiteSession): GroupHandlers {
  return {
    'groups.list': () => session.require().groups.list(),
    'groups.save': ({ draft }) => saveGroup(session.require(), draft),
    'groups.deletionCheck': ({ id }) => checkGroupDeletion(session.require(), id),
    'groups.delete': ({ id }) => ({ removedMemberships: deleteGroup(session.require(), id) }),
  };
}
