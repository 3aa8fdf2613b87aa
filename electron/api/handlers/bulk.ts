import type { bulkChannels } from '@shared/channels/bulk';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function bulkHandlers(_ctx: AppContext, _session: SiteSession): Pick<Handlers, keyof typeof bulkChannels> {
  return {};
}
