import type { bulkChannels } from '@shared/channels/bulk';
import { recentBulkChanges } from '../../services/bulk/bulk-changes';
import type { SiteJobs } from '../../services/jobs/site-jobs';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function bulkHandlers(ctx: AppContext, session: SiteSession, jobs: SiteJobs): Pick<Handlers, keyof typeof bulkChannels> {
  const progress = (payload: { done: number; total: number }) => ctx.events.emit('bulk.progress', payload);
  return {
    // Large selections run in a worker (SiteJobs): main keeps answering meanwhile.
    'bulk.apply': async ({ ids, change }) => {
      const result = await jobs.applyBulk(session.require(), ids, change, progress);
      // Counts (a delete), group sizes and lists elsewhere depend on what changed.
      if (result.change) session.announce();
      return result;
    },
    'bulk.undo': async ({ id }) => {
      const result = await jobs.undoBulk(session.require(), id, progress);
      session.announce();
      return result;
    },
    'bulk.cancel': () => ({ cancelled: jobs.cancel() }),
    'bulk.recent': ({ limit }) => recentBulkChanges(session.require().db, limit),
  };
}
