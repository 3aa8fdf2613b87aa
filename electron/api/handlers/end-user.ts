import type { endUserChannels } from '@shared/channels/end-user';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function endUserHandlers(_ctx: AppContext, _session: SiteSession): Pick<Handlers, keyof typeof endUserChannels> {
  return {};
}
