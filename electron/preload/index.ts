import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { EventMap, EventName, RosterBridge } from '@shared/contract';

/**
 * The whole surface the renderer gets: window.roster = { invoke, on, pathForFile }. No ipcRenderer, no Node,
 * no generic send: the renderer can only call contract channels (validated again in main), listen to
 * contract events, and learn the path of a file the administrator dropped on the window (which main then
 * records as chosen for import). The channel and
 * event names are inlined rather than imported from the contract so that this sandboxed preload bundle
 * stays tiny and pulls in no zod.
 */
const INVOKE_CHANNEL = 'roster:invoke';
const EVENT_CHANNEL = 'roster:event';
const DROPPED_FILE_CHANNEL = 'roster:dropped-file';
const EVENT_NAMES = [
  'site.changed',
  'menu.command',
  'ldap.testProgress',
  'cucm.testProgress',
  'bulk.progress',
  'import.progress',
  'cucm.progress',
] as const satisfies readonly EventName[];
// Compile-time guard: an event added to the contract but not listed here fails the type check.
const everyEventListed: [Exclude<EventName, (typeof EVENT_NAMES)[number]>] extends [never] ? true : false = true;
void everyEventListed;

const bridge: RosterBridge = {
  invoke(channel, input) {
    if (typeof channel !== 'string') return Promise.reject(new TypeError('channel must be a string'));
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // The IpcRendererEvent (with its sender) never reaches the page: only the payload does.
    const relay = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload as EventMap[E]);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
  pathForFile(file) {
    // Only a File the page got from a drop has a path; webUtils refuses anything else, which means "none".
    let path: string;
    try {
      path = webUtils.getPathForFile(file);
    } catch {
      return null;
    }
    if (!path) return null;
    // Main accepts a path for import only when the administrator chose it: a drop is such a choice.
    ipcRenderer.sendSync(DROPPED_FILE_CHANNEL, path);
    return path;
  },
};

contextBridge.exposeInMainWorld('roster', bridge);
