import type { endUserChannels } from '@shared/channels/end-user';
import { readEndUserSettings } from '../../services/end-user/end-user-store';
import { saveEndUser } from '../../services/end-user/save-end-user';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function endUserHandlers(_ctx: AppContext, session: SiteSession): Pick<Handlers, keyof typeof endUserChannels> {
  return {
    'endUser.get': () => readEndUserSettings(session.require()),
    'endUser.save': ({ draft }) => {
      const settings = saveEndUser(session.require(), draft);
      // A secret set or cleared changes what the site banner lists as unreadable on this workstation.
      const teams = draft.presence.teams;
      if (teams.clientSecret.action !== 'keep' || teams.integrationUsers.some((user) => user.password.action !== 'keep')) session.announce();
      return settings;
    },
  };
}
