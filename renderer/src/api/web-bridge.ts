import { EVENT_NAMES } from '@shared/contract';
import type { EventMap, EventName, RosterBridge } from '@shared/contract';
import type { Result } from '@shared/result';

/**
 * Browser mode's stand-in for the Electron preload: the same `window.roster` (RosterBridge), carried over
 * HTTP to the local server (calls) and Server-Sent Events (events). In Electron the preload has already
 * defined window.roster, and this does nothing.
 */
export function installWebBridge(): void {
  const target = window as unknown as { roster?: RosterBridge };
  if (target.roster) return;
  Object.defineProperty(window, 'roster', { value: Object.freeze(createWebBridge()), writable: false, configurable: false });
}

const ioFailure: Result<never> = { ok: false, error: { code: 'IO', message: 'error.IO' } };

function createWebBridge(): RosterBridge {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<EventName, Set<Listener>>();
  let source: EventSource | null = null;

  // One stream for the page, opened on first subscription; EventSource reconnects by itself after a drop.
  function ensureStream(): void {
    if (source) return;
    source = new EventSource('/events');
    source.onmessage = (message: MessageEvent<string>) => {
      let data: { event?: unknown; payload?: unknown };
      try {
        data = JSON.parse(message.data) as { event?: unknown; payload?: unknown };
      } catch {
        return;
      }
      const set = listeners.get(data.event as EventName);
      if (!set) return;
      for (const listener of [...set]) listener(data.payload);
    };
  }

  return {
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      try {
        const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', 'X-Roster': '1' },
          body: JSON.stringify(input ?? {}),
        });
        if (!response.ok) return ioFailure;
        return (await response.json()) as Result<unknown>;
      } catch {
        return ioFailure;
      }
    },

    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
      if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const wrapped: Listener = (payload) => listener(payload as EventMap[E]);
      set.add(wrapped);
      ensureStream();
      return () => {
        set.delete(wrapped);
      };
    },

    // A browser never tells a page where a dropped file lives; the wizard asks for the path instead.
    pathForFile: () => null,
  };
}
