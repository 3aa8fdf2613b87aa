import { join } from 'node:path';
import { BrowserWindow, dialog, nativeTheme } from 'electron';
import { APP_ENTRY_URL } from './main-decisions';
import { nativeText } from './native-text';
import { DEFAULT_SIZE, restorableBounds, trackBounds } from './window-bounds';
import type { WindowBounds } from './window-bounds';

interface MainWindowOptions {
  appPath: string;
  savedBounds: WindowBounds | undefined;
  saveBounds: (bounds: WindowBounds) => void;
}

/** The one window: sandboxed, isolated, no Node, showing app://roster/ and nothing else. */
export function createMainWindow({ appPath, savedBounds, saveBounds }: MainWindowOptions): BrowserWindow {
  const bounds = restorableBounds(savedBounds);
  const window = new BrowserWindow({
    ...(bounds ? { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height } : DEFAULT_SIZE),
    minWidth: 900,
    minHeight: 600,
    title: 'Roster',
    show: false,
    // Painted before the page loads, so a dark-scheme user does not see a white flash.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#242424' : '#ffffff',
    webPreferences: {
      preload: join(appPath, 'out', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway by the open handler).
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
    },
  });
  confirmUnsavedChangesOnClose(window);
  if (bounds?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  trackBounds(window, saveBounds);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/**
 * The renderer's unsaved-changes guard cancels unload (beforeunload); Electron would then silently keep the
 * window open. Ask the administrator instead, and let the window go only when they choose to discard.
 */
function confirmUnsavedChangesOnClose(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const discard = 0;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: nativeText('native.unload.title'),
      message: nativeText('native.unload.message'),
      detail: nativeText('native.unload.detail'),
      buttons: [nativeText('native.unload.discard'), nativeText('native.unload.keep')],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // preventDefault on this event overrides the renderer's refusal, so the window closes.
    if (choice === discard) event.preventDefault();
  });
}
