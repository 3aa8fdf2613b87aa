import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { EventMap, EventName } from '@shared/contract';
import type { EventSink } from '../api/context';
import type { Dispatch } from '../api/dispatch';
import { isTrustedSender as isTrustedFrame } from './main-decisions';

/** The two raw IPC channels; the preload is the only other place that names them. */
const INVOKE_CHANNEL = 'roster:invoke';
const EVENT_CHANNEL = 'roster:event';
/** The preload reports a file the administrator dropped on the window, so main records it as chosen. */
const DROPPED_FILE_CHANNEL = 'roster:dropped-file';

/**
 * Every renderer request arrives on one channel, keyed by contract channel name. Before the dispatch sees
 * it, the sender must be the top frame of our window showing an app://roster page: a frame that navigated
 * elsewhere, a subframe, or any other web contents is refused.
 */
export function serveContract(dispatch: Dispatch, currentWindow: () => BrowserWindow | null): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event, currentWindow())) {
      console.error(`[roster] refused an IPC call from an untrusted frame: ${event.senderFrame?.url ?? '(gone)'}`);
      throw new Error('Refused: untrusted sender.');
    }
    if (typeof channel !== 'string') throw new Error('Refused: channel must be a string.');
    return dispatch(channel, input);
  });
}

/**
 * A dropped file's path, as the preload learned it from webUtils (which knows only files the person really
 * dropped or picked). Synchronous, so the choice is recorded before the page can ask to read the file.
 */
export function acceptDroppedFiles(record: (path: string) => void, currentWindow: () => BrowserWindow | null): void {
  ipcMain.on(DROPPED_FILE_CHANNEL, (event, path: unknown) => {
    event.returnValue = null;
    if (!isTrustedSender(event, currentWindow())) return;
    if (typeof path === 'string' && path.length > 0 && path.length <= MAX_PATH_LENGTH) record(path);
  });
}

/** As long as the contract allows a path to be. */
const MAX_PATH_LENGTH = 4096;

/** Reads the facts of the sending frame off Electron's objects; the rule itself is isTrustedFrame's. */
function isTrustedSender(event: IpcMainInvokeEvent | IpcMainEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const main = window.webContents.mainFrame;
  return isTrustedFrame({
    fromOurWindow: event.sender === window.webContents,
    topFrame: frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
    url: frame.url,
  });
}

/** Events main -> renderer: delivered to our window when there is one, dropped otherwise. */
export function windowEventSink(currentWindow: () => BrowserWindow | null): EventSink {
  return {
    emit<E extends EventName>(event: E, payload: EventMap[E]): void {
      const window = currentWindow();
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event, payload);
    },
  };
}
