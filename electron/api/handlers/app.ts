import type { Preferences } from '@shared/channels/prefs';
import type { FileAccess } from '../../services/file-access/file-access';
import type { PrefsStore, StoredPrefs } from '../../services/prefs/prefs-store';
import { RosterError } from '@shared/result';
import { currentLogFile } from '../../services/log/log-file';
import type { AppContext } from '../context';
import { diagnostics } from '../diagnostics';
import type { Handlers } from '../dispatch';
import { systemLanguage } from '../interface-language';
import type { SiteSession } from './site-session';

type AppHandlers = Pick<
  Handlers,
  | 'app.info'
  | 'app.takeSiteToOpen'
  | 'app.diagnostics'
  | 'app.showLog'
  | 'prefs.get'
  | 'prefs.setColorScheme'
  | 'prefs.setLanguage'
  | 'prefs.setExportFormat'
>;

/** What the renderer may know of the stored preferences (window bounds stay in main). */
export function toPreferences(prefs: StoredPrefs): Preferences {
  return { colorScheme: prefs.colorScheme, language: prefs.language, recentSites: prefs.recentSites, exportFormats: prefs.exportFormats };
}

export function appHandlers(ctx: AppContext, session: SiteSession, prefs: PrefsStore, files: FileAccess): AppHandlers {
  return {
    'app.info': () => ({
      mode: ctx.platform.mode,
      version: ctx.platform.version,
      platform: process.platform,
      keychain: ctx.keyStore.kind,
      sitesFolder: ctx.paths.sitesFolder,
      systemLanguage: systemLanguage(ctx.platform),
    }),
    'app.takeSiteToOpen': () => {
      const path = ctx.platform.takeSiteToOpen?.() ?? null;
      // Double-clicked in the operating system: the administrator's own choice of a site to open.
      if (path) files.recordChoice(path, 'siteOpen');
      return { path };
    },
    'app.diagnostics': () => diagnostics(ctx, session),
    'app.showLog': () => {
      const file = currentLogFile();
      if (!ctx.platform.showFile || !file) throw new RosterError('UNSUPPORTED', 'error.UNSUPPORTED');
      ctx.platform.showFile(file);
      return null;
    },
    'prefs.get': () => toPreferences(prefs.read()),
    'prefs.setColorScheme': ({ colorScheme }) => toPreferences(prefs.update({ colorScheme })),
    'prefs.setLanguage': ({ language }) => toPreferences(prefs.update({ language })),
    'prefs.setExportFormat': ({ layout, format }) => {
      const { [layout]: _previous, ...others } = prefs.read().exportFormats;
      return toPreferences(prefs.update({ exportFormats: format ? { ...others, [layout]: format } : others }));
    },
  };
}
