import { savePool } from '../../services/site/save-pool';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

type PoolHandlers = Pick<Handlers, 'pool.get' | 'pool.save'>;

export function poolHandlers(session: SiteSession): PoolHandlers {
  const current = () => {
    const pool = session.require().pool;
    return { ranges: pool.ranges(), nextFree: pool.nextFree() };
  };
  return {
    'pool.get': current,
    'pool.save': ({ ranges }) => {
      savePool(session.require(), ranges);
      return current();
    },
  };
}
