import type { searchChannels } from '@shared/channels/search';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function searchHandlers(_ctx: AppContext, _session: SiteSession): Pick<Handlers, keyof typeof searchChannels> {
  return {};
}
