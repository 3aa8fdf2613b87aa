import type { Preferences } from '@shared/contract';
import type { FileAccess } from '../../services/file-access/file-access';
import type { PrefsStore, StoredPrefs } from '../../services/prefs/prefs-store';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';

type AppHandlers = Pick<Handlers, 'app.info' | 'app.takeSiteToOpen' | 'prefs.get' | 'prefs.setColorScheme'>;

/** What the renderer may know of the stored preferences (window bounds stay in main). */
export function toPreferences(prefs: StoredPrefs): Preferences {
  return { colorScheme: prefs.colorScheme, recentSites: prefs.recentSites };
}

export function appHandlers(ctx: AppContext, prefs: PrefsStore, files: FileAccess): AppHandlers {
  return {
    'app.info': () => ({
      mode: ctx.platform.mode,
      version: ctx.platform.version,
      platform: process.platform,
      keychain: ctx.keyStore.kind,
      sitesFolder: ctx.paths.sitesFolder,
    }),
    'app.takeSiteToOpen': () => {
      const path = ctx.platform.takeSiteToOpen?.() ?? null;
      // Double-clicked in the operating system: the administrator's own choice of a site to open.
      if (path) files.recordChoice(path, 'siteOpen');
      return { path };
    },
    'prefs.get': () => toPreferences(prefs.read()),
    'prefs.setColorScheme': ({ colorScheme }) => toPreferences(prefs.update({ colorScheme })),
  };
}
