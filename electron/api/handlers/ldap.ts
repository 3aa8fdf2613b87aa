import type { ldapChannels } from '@shared/channels/ldap';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function ldapHandlers(_ctx: AppContext, _session: SiteSession): Pick<Handlers, keyof typeof ldapChannels> {
  return {};
}
