import { RosterError } from '@shared/result';
import { DEMO_SITE } from '../../../resources/demo/demo-site';
import { largeDemoSite } from '../../../resources/demo/large-demo';
import { recordKeyReset } from '../../services/audit/key-reset-audit';
import type { PrefsStore } from '../../services/prefs/prefs-store';
import { OpenSite } from '../../services/site/open-site';
import { fillSite } from '../../services/site/site-content';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import { toPreferences } from './app';
import type { SiteSession } from './site-session';

type SiteHandlers = Pick<
  Handlers,
  'site.current' | 'site.create' | 'site.open' | 'site.close' | 'site.saveCopy' | 'site.forgetRecent' | 'site.pickPath' | 'site.resetKey'
>;

export function siteHandlers(ctx: AppContext, session: SiteSession, prefs: PrefsStore): SiteHandlers {
  return {
    'site.current': () => session.current?.info() ?? null,

    'site.create': async ({ path, name, demo, demoSize }) => {
      // The demo site always carries its own name and content; an empty site gets the factory defaults.
      // With a size, the demo is the generated one (performance trials), filled in one transaction.
      const content = !demo ? null : demoSize !== undefined ? largeDemoSite(demoSize) : DEMO_SITE;
      const site = await OpenSite.create(path, content ? content.name : name, ctx.keyStore);
      try {
        if (content) fillSite(site, content);
      } catch (error) {
        site.discard();
        throw error;
      }
      const info = session.replace(site)!;
      prefs.rememberSite(info.path, info.name);
      return info;
    },

    'site.open': async ({ path }) => {
      const site = await OpenSite.open(path, ctx.keyStore);
      const info = session.replace(site)!;
      prefs.rememberSite(info.path, info.name);
      return info;
    },

    'site.close': () => {
      session.close();
      return null;
    },

    'site.saveCopy': async ({ path }) => ({ path: await session.require().saveCopy(path) }),

    'site.forgetRecent': ({ path }) => toPreferences(prefs.forgetSite(path)),

    'site.pickPath': async ({ purpose, suggestedName }) => {
      if (!ctx.platform.pickPath) throw new RosterError('UNSUPPORTED', 'error.UNSUPPORTED');
      return { path: await ctx.platform.pickPath(purpose, suggestedName) };
    },

    'site.resetKey': () => {
      const site = session.require();
      site.secrets.resetKey((cleared) => recordKeyReset(site.db, site.name, cleared));
      return session.announce()!;
    },
  };
}
