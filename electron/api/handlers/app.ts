import type { Preferences } from '@shared/contract';
import type { PrefsStore, StoredPrefs } from '../../services/prefs/prefs-store';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';

type AppHandlers = Pick<Handlers, 'app.info' | 'prefs.get' | 'prefs.setColorScheme'>;

/** What the renderer may know of the stored preferences (window bounds stay in main). */
export function toPreferences(prefs: StoredPrefs): Preferences {
  return { colorScheme: prefs.colorScheme, recentSites: prefs.recentSites };
}

export function appHandlers(ctx: AppContext, prefs: PrefsStore): AppHandlers {
  return {
    'app.info': () => ({
      mode: ctx.platform.mode,
      version: ctx.platform.version,
      platform: process.platform,
      keychain: ctx.keyStore.kind,
      sitesFolder: ctx.paths.sitesFolder,
    }),
    'prefs.get': () => toPreferences(prefs.read()),
    'prefs.setColorScheme': ({ colorScheme }) => toPreferences(prefs.update({ colorScheme })),
  };
}
