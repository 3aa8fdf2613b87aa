import { DEMO_SITE } from '../../../resources/demo/demo-site';
import { LARGE_DEMO_NAME } from '../../../resources/demo/large-demo';
import { recordKeyReset } from '../../services/audit/key-reset-audit';
import { errorFields, log } from '../../services/log/log';
import { fillDemoInWorker } from '../../services/importing/demo-worker';
import type { DemoFill } from '../../services/importing/demo-worker';
import { RosterError } from '@shared/result';
import { forgetSiteCredentials } from '../../services/secrets/credential-memory';
import type { PrefsStore } from '../../services/prefs/prefs-store';
import { OpenSite } from '../../services/site/open-site';
import { fillSite } from '../../services/site/site-content';
import type { FileAccess } from '../../services/file-access/file-access';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { PathPicker } from '../path-picker';
import { toPreferences } from './app';
import type { SiteSession } from './site-session';

type SiteHandlers = Pick<
  Handlers,
  | 'site.current'
  | 'site.create'
  | 'site.cancelCreate'
  | 'site.open'
  | 'site.close'
  | 'site.saveCopy'
  | 'site.forgetRecent'
  | 'site.pickPath'
  | 'site.resetKey'
>;

export function siteHandlers(ctx: AppContext, session: SiteSession, prefs: PrefsStore, files: FileAccess, pickPath: PathPicker): SiteHandlers {
  /** The generated demo being filled, if any: what site.cancelCreate stops. */
  let filling: DemoFill | null = null;
  return {
    'site.current': () => session.current?.info() ?? null,

    'site.create': async ({ path, name, demo, demoSize }) => {
      // One site at a time: a second one created meanwhile would be replaced by the demo when it ends.
      if (filling) throw new RosterError('CONFLICT', 'job.busy.demo');
      // The demo site always carries its own name and content; an empty site gets the factory defaults.
      // With a size, the demo is the generated one (performance trials), filled in one transaction in a
      // worker, its progress pushed as 'bulk.progress' (done of total users).
      const generated = demo && demoSize !== undefined;
      const siteName = !demo ? name : generated ? LARGE_DEMO_NAME : DEMO_SITE.name;
      const site = await OpenSite.create(files.siteToCreate(path), siteName, ctx.keyStore);
      try {
        if (demo && !generated) fillSite(site, DEMO_SITE);
        if (generated) {
          filling = fillDemoInWorker(site, demoSize, (progress) => ctx.events.emit('bulk.progress', progress));
          await filling.done;
        }
      } catch (error) {
        // A cancelled (or failed) demo leaves no file behind: the site did not exist before.
        site.discard();
        throw error;
      } finally {
        filling = null;
      }
      const info = session.replace(site)!;
      prefs.rememberSite(info.path, info.name);
      return info;
    },

    'site.cancelCreate': () => {
      filling?.cancel();
      return { cancelled: filling !== null };
    },

    'site.open': async ({ path }) => {
      const site = await session.open(files.siteToOpen(path), ctx.keyStore);
      const info = session.replace(site)!;
      prefs.rememberSite(info.path, info.name);
      return info;
    },

    'site.close': () => {
      session.close();
      return null;
    },

    'site.saveCopy': async ({ path, overwrite }) => {
      const site = session.require();
      return { path: await site.saveCopy(await files.siteCopyTarget(path, overwrite)) };
    },

    'site.forgetRecent': ({ path }) => toPreferences(prefs.forgetSite(path)),

    'site.pickPath': ({ purpose, suggestedName }) => pickPath(purpose, suggestedName),

    'site.resetKey': () => {
      const site = session.require();
      const previousId = site.id;
      site.secrets.resetKey((cleared) => recordKeyReset(site.db, site.name, cleared));
      // The site has a new id now: test credentials remembered under the old one would never be offered again.
      try {
        forgetSiteCredentials(ctx.keyStore, previousId);
      } catch (error) {
        // A keychain that refuses only leaves entries behind that nothing will ever read; logged for support.
        log.warn('keychain.forgetCredentials.failed', { siteId: previousId, ...errorFields(error) });
      }
      return session.announce()!;
    },
  };
}
