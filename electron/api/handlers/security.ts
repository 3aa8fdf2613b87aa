import type { securityChannels } from '@shared/channels/security';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function securityHandlers(_ctx: AppContext, _session: SiteSession): Pick<Handlers, keyof typeof securityChannels> {
  return {};
}
