import type { auditChannels } from '@shared/channels/audit';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function auditHandlers(_ctx: AppContext, _session: SiteSession): Pick<Handlers, keyof typeof auditChannels> {
  return {};
}
