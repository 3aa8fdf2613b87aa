import { EVENT_NAMES } from '@shared/contract';
import type { EventMap, EventName, RosterBridge } from '@shared/contract';
import type { MessageKey } from '@shared/i18n/en';
import type { Result } from '@shared/result';
import { t } from '../i18n';

const SESSION_STORAGE_KEY = 'roster.session';
/** Pause before the event stream reconnects after a drop. */
const RECONNECT_MS = 1_000;

/** Why this page can no longer talk to Roster; the first four are the server's refusal codes. */
type Stop = 'NOT_SIGNED_IN' | 'SESSION_ENDED' | 'TOKEN_USED' | 'TOKEN_INVALID' | 'SIGNED_OUT' | 'UNREACHABLE';

const STOP_PAGES: Record<Stop, { title: MessageKey; message: MessageKey }> = {
  NOT_SIGNED_IN: { title: 'browserSession.notSignedIn.title', message: 'browserSession.notSignedIn.message' },
  SESSION_ENDED: { title: 'browserSession.ended.title', message: 'browserSession.ended.message' },
  TOKEN_USED: { title: 'browserSession.tokenUsed.title', message: 'browserSession.tokenUsed.message' },
  TOKEN_INVALID: { title: 'browserSession.tokenInvalid.title', message: 'browserSession.tokenInvalid.message' },
  SIGNED_OUT: { title: 'browserSession.signedOut.title', message: 'browserSession.signedOut.message' },
  UNREACHABLE: { title: 'browserSession.unreachable.title', message: 'browserSession.unreachable.message' },
};

/**
 * This tab's session id once signed in, or null when there is none (the stop page is shown then); the promise
 * itself is null until the bridge is installed, and stays so in Electron.
 */
let session: Promise<string | null> | null = null;
let stoppedBy: Stop | null = null;
const streamAbort = new AbortController();

const ioFailure: Result<never> = { ok: false, error: { code: 'IO', message: 'error.IO' } };

/**
 * Browser mode's stand-in for the Electron preload: the same `window.roster` (RosterBridge), carried over
 * HTTP to the local server (calls) and a Server-Sent Events stream (events). In Electron the preload has
 * already defined window.roster, and this does nothing.
 *
 * Signing in: the page is opened at the address printed in the terminal, `/?token=T`. The token works once; it
 * is exchanged for a session id, kept in this tab's sessionStorage (per origin, port included, so no other
 * local server can read it; it survives a reload) and sent as `Authorization: Bearer` with every request.
 * There is no cookie: browsers send cookies to every port of 127.0.0.1.
 */
export function installWebBridge(): void {
  const target = window as unknown as { roster?: RosterBridge };
  if (target.roster) return;
  session = signIn();
  Object.defineProperty(window, 'roster', { value: Object.freeze(createWebBridge()), writable: false, configurable: false });
}

/** Ends this browser session and shows the page that says how to sign in again. Does nothing in Electron. */
export async function signOut(): Promise<void> {
  if (session === null) return;
  const id = await session;
  if (id !== null && stoppedBy === null) {
    try {
      await fetch('/session/end', { method: 'POST', headers: sessionHeaders(id) });
    } catch {
      // Unreachable: the server ends the session by itself once it has been idle long enough.
    }
  }
  stop('SIGNED_OUT');
}

async function signIn(): Promise<string | null> {
  const address = new URL(window.location.href);
  const token = address.searchParams.get('token');
  if (token === null) {
    const kept = sessionStorage.getItem(SESSION_STORAGE_KEY);
    if (kept === null) stop('NOT_SIGNED_IN');
    return kept;
  }
  // Out of the address bar at once: a reload, a bookmark or a copied address never carries a spent token.
  address.searchParams.delete('token');
  history.replaceState(history.state, '', `${address.pathname}${address.search}${address.hash}`);
  try {
    const response = await fetch('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Roster': '1' },
      body: JSON.stringify({ token }),
    });
    if (!response.ok) {
      stop(await refusalOf(response));
      return null;
    }
    const { value } = (await response.json()) as { value: { session: string } };
    sessionStorage.setItem(SESSION_STORAGE_KEY, value.session);
    return value.session;
  } catch {
    stop('UNREACHABLE');
    return null;
  }
}

function createWebBridge(): RosterBridge {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<EventName, Set<Listener>>();
  let streaming = false;

  function deliver(data: string): void {
    let message: { event?: unknown; payload?: unknown };
    try {
      message = JSON.parse(data) as { event?: unknown; payload?: unknown };
    } catch {
      return;
    }
    const set = listeners.get(message.event as EventName);
    if (!set) return;
    for (const listener of [...set]) listener(message.payload);
  }

  // One stream for the page, opened on first subscription. EventSource cannot send the Authorization header,
  // so the stream is read with fetch, and reconnected after a drop until the session ends.
  async function stream(): Promise<void> {
    const id = await session;
    while (id !== null && stoppedBy === null) {
      try {
        const response = await fetch('/events', { headers: sessionHeaders(id), cache: 'no-store', signal: streamAbort.signal });
        if (response.status === 401) return stop(await refusalOf(response));
        if (response.ok && response.body) await readEvents(response.body, deliver);
      } catch {
        // Dropped (or aborted by a stop): the loop decides.
      }
      await new Promise((resume) => setTimeout(resume, RECONNECT_MS));
    }
  }

  return {
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      const id = await session;
      if (id === null || stoppedBy !== null) return never();
      try {
        const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { ...sessionHeaders(id), 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        if (response.status === 401) {
          stop(await refusalOf(response));
          return never();
        }
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
      if (!streaming) {
        streaming = true;
        void stream();
      }
      return () => {
        set.delete(wrapped);
      };
    },

    // A browser never tells a page where a dropped file lives; the wizard asks for the path instead.
    pathForFile: () => null,
  };
}

function sessionHeaders(id: string): Record<string, string> {
  return { Authorization: `Bearer ${id}`, 'X-Roster': '1' };
}

/** Reads `data:` lines of a Server-Sent Events body until it ends; our server writes one per message. */
async function readEvents(body: ReadableStream<Uint8Array>, deliver: (data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const data = buffer
        .slice(0, end)
        .split('\n')
        .find((line) => line.startsWith('data: '));
      buffer = buffer.slice(end + 2);
      if (data) deliver(data.slice('data: '.length));
    }
  }
}

/** The code of a refusal answer; an answer that is not one of ours counts as an ended session. */
async function refusalOf(response: Response): Promise<Stop> {
  try {
    const code = ((await response.json()) as { error?: { code?: unknown } }).error?.code;
    if (code === 'NOT_SIGNED_IN' || code === 'TOKEN_USED' || code === 'TOKEN_INVALID') return code;
  } catch {
    // Not JSON: fall through.
  }
  return 'SESSION_ENDED';
}

/**
 * After the session is over nothing more is sent, and calls already made never answer: no screen reacts
 * (with error toasts, say) behind the page that says what happened.
 */
function never(): Promise<never> {
  return new Promise(() => undefined);
}

/**
 * Replaces the whole page with what happened and how to sign in again. Plain DOM: it must show whether or not
 * React is running (a missing session is known before the app starts).
 */
function stop(reason: Stop): void {
  if (stoppedBy !== null) return;
  stoppedBy = reason;
  sessionStorage.removeItem(SESSION_STORAGE_KEY);
  streamAbort.abort();
  const { title, message } = STOP_PAGES[reason];
  const main = document.createElement('main');
  main.setAttribute('style', 'max-width: 40rem; margin: 15vh auto 0; padding: 0 1.5rem; font-family: system-ui, sans-serif; line-height: 1.5');
  const heading = document.createElement('h1');
  heading.textContent = t(title);
  heading.setAttribute('style', 'font-size: 1.6rem; margin: 0 0 1rem');
  const text = paragraph(t(message), 'font-size: 1.05rem; margin: 0 0 1rem');
  const shape = paragraph(t('browserSession.addressShape'), 'margin: 0 0 0.25rem');
  // The shape of the line to look for in the terminal, with this server's own port.
  const address = document.createElement('code');
  address.textContent = `${window.location.origin}/?token=…`;
  address.setAttribute(
    'style',
    'display: block; margin: 0 0 1.5rem; padding: 0.5rem 0.75rem; border-radius: 4px; background: rgba(128, 128, 128, 0.15); white-space: nowrap',
  );
  const code = paragraph(t('browserSession.code', { code: reason }), 'font-size: 0.85rem; opacity: 0.7; margin: 0');
  main.append(heading, text, shape, address, code);
  document.title = `${t(title)} — ${t('app.title')}`;
  document.body.replaceChildren(main);
}

function paragraph(text: string, style: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  element.setAttribute('style', style);
  return element;
}
