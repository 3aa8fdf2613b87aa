import { countSharingUsers, numberBelongsToOneUser } from '../../services/site/numbering';
import { savePool } from '../../services/site/save-pool';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

type PoolHandlers = Pick<Handlers, 'pool.get' | 'pool.save'>;

export function poolHandlers(session: SiteSession): PoolHandlers {
  const current = () => {
    const site = session.require();
    return {
      ranges: site.pool.ranges(),
      nextFree: site.pool.nextFree(),
      numberBelongsToOneUser: numberBelongsToOneUser(site),
      sharingUsers: countSharingUsers(site.db),
    };
  };
  return {
    'pool.get': current,
    'pool.save': ({ draft }) => {
      savePool(session.require(), draft);
      return current();
    },
  };
}
