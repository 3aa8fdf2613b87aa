import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import type { EventMap, EventName } from '@shared/contract';
import type { EventSink } from '../api/context';
import type { Dispatch } from '../api/dispatch';
import { isAppUrl } from './app-protocol';

/** The two raw IPC channels; the preload is the only other place that names them. */
export const INVOKE_CHANNEL = 'roster:invoke';
export const EVENT_CHANNEL = 'roster:event';

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

function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  if (event.sender !== window.webContents) return false;
  const main = window.webContents.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isAppUrl(frame.url);
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
