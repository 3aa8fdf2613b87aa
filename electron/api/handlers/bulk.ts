import type { bulkChannels } from '@shared/channels/bulk';
import { recentBulkChanges } from '../../services/bulk/bulk-changes';
import { applyBulkChange } from '../../services/bulk/apply-bulk-change';
import { undoBulkChange } from '../../services/bulk/undo-bulk-change';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function bulkHandlers(ctx: AppContext, session: SiteSession): Pick<Handlers, keyof typeof bulkChannels> {
  const progress = (payload: { done: number; total: number }) => ctx.events.emit('bulk.progress', payload);
  return {
    'bulk.apply': ({ ids, change }) => {
      const result = applyBulkChange(session.require(), ids, change, progress);
      // Counts (a delete), group sizes and lists elsewhere depend on what changed.
      if (result.change) session.announce();
      return result;
    },
    'bulk.undo': ({ id }) => {
      const result = undoBulkChange(session.require(), id, progress);
      session.announce();
      return result;
    },
    'bulk.recent': ({ limit }) => recentBulkChanges(session.require().db, limit),
  };
}
