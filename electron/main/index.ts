import { join } from 'node:path';
import { BrowserWindow, app, clipboard, dialog, nativeTheme, session, shell } from 'electron';
import type { ColorScheme, Preferences } from '@shared/channels/prefs';
import type { Diagnostics } from '@shared/channels/app';
import { catalogFor } from '@shared/i18n/catalogs';
import type { AppContext } from '../api/context';
import { createDispatch } from '../api/dispatch';
import type { Dispatch } from '../api/dispatch';
import { createApp } from '../api/handlers';
import { interfaceLanguage } from '../api/interface-language';
import { PrefsStore } from '../services/prefs/prefs-store';
import { createKeyStore } from '../services/secrets/create-key-store';
import { errorFields, log } from '../services/log/log';
import { openLogFile } from '../services/log/log-file';
import { installAppMenu } from './app-menu';
import { nativeText, setNativeCatalog } from './native-text';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { sitePathPicker } from './file-dialogs';
import { credentialExportDialog } from './credential-export-dialog';
import { acceptDroppedFiles, serveContract, windowEventSink } from './ipc-bridge';
import { reportFailures } from './failure-reports';
import { createMainWindow } from './main-window';
import { SiteOpenRequests, siteFileInArgs } from './site-open-requests';
import { denyPermissions, guardWebContents } from './web-guards';

/** Channels after which the recent-sites menu, the colour scheme or the language may have changed. */
const PREFERENCE_CHANNELS = new Set([
  'prefs.setColorScheme',
  'prefs.setLanguage',
  'site.open',
  'site.create',
  'site.close',
  'site.forgetRecent',
  'site.resetKey',
]);

// The log first, so that everything after it, failures included, has somewhere to go. Electron's own
// folder for it: ~/Library/Logs/Roster, %APPDATA%\Roster\logs, ~/.config/Roster/logs.
openLogFile({ folder: app.getPath('logs'), errorsToConsole: true });
log.info('app.start', { mode: 'electron', version: app.getVersion(), platform: process.platform, electron: process.versions.electron });

let mainWindow: BrowserWindow | null = null;
const currentWindow = (): BrowserWindow | null => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);
reportFailures(currentWindow);

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();
registerAppScheme();

// Every web contents, present or future, gets the navigation / window / webview guards.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

/** Opens the window again (macOS keeps running without one); set once the app has started. */
let reopenWindow: (() => void) | null = null;

// Site files the operating system asks to open: on the command line (Windows, Linux), by 'open-file'
// (macOS, which may fire before the app is ready), or handed over by a second instance.
const siteRequests = new SiteOpenRequests();
const launchSite = siteFileInArgs(process.argv, process.cwd());
if (launchSite) siteRequests.offer(launchSite);
const requestSite = (path: string): void => {
  siteRequests.offer(path);
  if (!currentWindow()) reopenWindow?.();
};
app.on('open-file', (event, path) => {
  event.preventDefault();
  requestSite(path);
});

if (!app.requestSingleInstanceLock()) {
  // A second start hands over to the running instance (which focuses its window) and leaves.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const site = siteFileInArgs(argv, workingDirectory);
    if (site) requestSite(site);
    const window = currentWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start, (error: unknown) => {
    log.error('app.startFailed', errorFields(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const appPath = app.getAppPath();
  const configDir = app.getPath('userData');
  const sitesFolder = join(app.getPath('documents'), 'Roster');

  denyPermissions(session.defaultSession);
  serveRenderer(join(appPath, 'out', 'renderer'));

  const events = windowEventSink(currentWindow);
  const context: AppContext = {
    paths: { configDir, sitesFolder },
    platform: {
      mode: 'electron',
      version: app.getVersion(),
      pickPath: sitePathPicker(sitesFolder, currentWindow),
      confirmCredentialExport: credentialExportDialog(currentWindow),
      showFile: (path) => shell.showItemInFolder(path),
      runtime: { electron: process.versions.electron, chrome: process.versions.chrome },
      // The operating system's languages, best first; getLocale (Chromium's) where the list is empty.
      systemLocales: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
      // The page asks once it is ready (app.takeSiteToOpen records the answer as the administrator's choice);
      // requests after that are pushed to it, recorded the same way.
      takeSiteToOpen: () => {
        const deliver = (path: string): void => {
          roster.recordChoice(path, 'siteOpen');
          events.emit('menu.command', { command: 'openRecent', path });
        };
        return siteRequests.take(deliver);
      },
    },
    keyStore: createKeyStore(),
    events,
  };
  const roster = createApp(context);
  const baseDispatch = createDispatch(roster.handlers);
  const refreshFromPreferences = async (): Promise<void> => {
    const result = await baseDispatch('prefs.get', {});
    if (!result.ok) return;
    const preferences = result.value as Preferences;
    applyColorScheme(preferences.colorScheme);
    // Before the menu is built: it, and every native dialog from now on, speaks the interface language.
    setNativeCatalog(catalogFor(interfaceLanguage(preferences.language, context.platform)));
    installAppMenu({
      preferences,
      currentWindow,
      send: (command) => events.emit('menu.command', command),
      showLog: () => void baseDispatch('app.showLog', {}),
      copyDiagnostics: () => void copyDiagnostics(),
    });
  };
  /** Help > Copy diagnostics: the same text as the page's Diagnostics, put on the clipboard by main. */
  const copyDiagnostics = async (): Promise<void> => {
    const result = await baseDispatch('app.diagnostics', {});
    if (!result.ok) return;
    const { text, logFile } = result.value as Diagnostics;
    await clipboard.writeText(text);
    const t = (key: 'native.diagnostics.copied' | 'native.diagnostics.copiedDetail') => nativeText(key, { file: logFile ?? '-' });
    const options = { type: 'info' as const, message: t('native.diagnostics.copied'), detail: t('native.diagnostics.copiedDetail') };
    const window = currentWindow();
    await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
  };
  // Main follows what the renderer changes through the contract: theme of native parts, and the menu.
  const dispatch: Dispatch = async (channel, input) => {
    const result = await baseDispatch(channel, input);
    if (result.ok && PREFERENCE_CHANNELS.has(channel)) await refreshFromPreferences();
    return result;
  };
  serveContract(dispatch, currentWindow);
  acceptDroppedFiles((path) => roster.recordChoice(path, 'importSource'), currentWindow);
  await refreshFromPreferences();

  // Window bounds are not part of the contract; main keeps them itself. PrefsStore re-reads the file on
  // every update, so this second instance never writes stale recent sites over the handlers' changes.
  const prefs = new PrefsStore(configDir);
  const openWindow = (): void => {
    mainWindow = createMainWindow({
      appPath,
      savedBounds: prefs.read().windowBounds,
      saveBounds: (windowBounds) => {
        try {
          prefs.update({ windowBounds });
        } catch (error) {
          log.warn('window.saveBounds.failed', errorFields(error));
        }
      },
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
      siteRequests.pageGone();
    });
  };
  openWindow();
  reopenWindow = openWindow;
  app.on('activate', () => {
    if (!currentWindow()) openWindow();
  });

  // Close the site before the process ends, so SQLite checkpoints its WAL into the .roster file. On
  // will-quit rather than before-quit: by then every window has closed, so a renderer that cancelled its
  // close (unsaved changes) cannot be left running without its site.
  app.on('will-quit', () => {
    try {
      roster.shutdown();
    } catch (error) {
      log.error('app.shutdown.failed', errorFields(error));
    }
    log.info('app.quit');
  });
}

function applyColorScheme(colorScheme: ColorScheme): void {
  nativeTheme.themeSource = colorScheme === 'auto' ? 'system' : colorScheme;
}
