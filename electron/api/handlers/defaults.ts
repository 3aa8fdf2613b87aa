import { readDefaults, saveDefaults } from '../../services/site/save-defaults';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

type DefaultsHandlers = Pick<Handlers, 'defaults.get' | 'defaults.save'>;

export function defaultsHandlers(session: SiteSession): DefaultsHandlers {
  return {
    'defaults.get': () => readDefaults(session.require()),
    'defaults.save': ({ draft }) => {
      const site = session.require();
      const values = saveDefaults(site, draft);
      // A new or cleared default secret changes what the site banner lists as unreadable.
      if (draft.initialPassword.action !== 'keep' || draft.pin.action !== 'keep') session.announce();
      return values;
    },
  };
}
