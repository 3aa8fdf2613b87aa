import type { searchChannels } from '@shared/channels/search';
import { completeSearch } from '../../services/site/search-completion';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function searchHandlers(_ctx: AppContext, session: SiteSession): Pick<Handlers, keyof typeof searchChannels> {
  return {
    'search.complete': ({ prefix, field }) => ({ values: completeSearch(session.require().db, prefix, field) }),
  };
}
