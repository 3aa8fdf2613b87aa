import { app, dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import { currentLogFile } from '../services/log/log-file';
import { errorFields, log } from '../services/log/log';
import { offersReload } from './main-decisions';
import { nativeText as t } from './native-text';

/**
 * What the desktop app does when something fails outside any request: it logs the failure and tells the
 * administrator where the log is. Electron's own default for an uncaught exception is a dialog with a raw
 * stack; this one names the log file instead. The app keeps running, as with Electron's default: a site's
 * writes are single SQLite transactions, so a failure cannot leave half of one behind.
 */
export function reportFailures(currentWindow: () => BrowserWindow | null): void {
  const tell = (event: string, error: unknown) => {
    log.error(event, errorFields(error));
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(t('native.failure.title'), t('native.failure.detail', { message, file: currentLogFile() ?? '-' }));
  };
  process.on('uncaughtException', (error) => tell('process.uncaughtException', error));
  process.on('unhandledRejection', (reason) => tell('process.unhandledRejection', reason));

  // A renderer that crashed, was killed or ran out of memory leaves a blank window: offer to load it again.
  app.on('render-process-gone', (_event, contents, details) => {
    log.error('renderer.gone', { reason: details.reason, exitCode: details.exitCode });
    const window = currentWindow();
    if (!window || !offersReload({ windowConcerned: window.webContents === contents, reason: details.reason })) return;
    void offerReload(window, t('native.rendererGone.message', { reason: details.reason }));
  });
  // The GPU, network or a utility process: Chromium restarts most of them itself, so this is logged, and a
  // reload is offered only where it may help (the window may have lost its GPU or network service).
  app.on('child-process-gone', (_event, details) => {
    log.error('childProcess.gone', { type: details.type, reason: details.reason, exitCode: details.exitCode, name: details.name ?? null });
    const window = currentWindow();
    if (!window || !offersReload({ windowConcerned: true, reason: details.reason })) return;
    void offerReload(window, t('native.childGone.message', { type: details.type, reason: details.reason }));
  });
}

async function offerReload(window: BrowserWindow, message: string): Promise<void> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: t('native.failure.title'),
    message,
    detail: t('native.rendererGone.detail', { file: currentLogFile() ?? '-' }),
    buttons: [t('native.rendererGone.reload'), t('native.rendererGone.close')],
    defaultId: 0,
    cancelId: 1,
  });
  log.info('renderer.reloadOffered', { reload: response === 0 });
  if (response === 0 && !window.isDestroyed()) window.webContents.reload();
}
