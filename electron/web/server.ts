import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventSink } from '../api/context';
import type { Dispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from './content-policy';
import { EventStream } from './event-stream';
import { refuse, sendJson } from './refusals';
import type { RefusalCode } from './refusals';
import { readBody } from './request-body';
import type { BodyLimits } from './request-body';
import { SessionGate } from './session-gate';
import type { SessionEnd } from './session-gate';
import { SignInTokens } from './sign-in-tokens';
import { contentTypeOf, findStaticFile } from './static-files';

/**
 * A call's body: larger than any contract input (a 100,000-id bulk action is about 700 kB), small enough to
 * refuse abuse; on 127.0.0.1 even the largest arrives in milliseconds, so a body still missing after a few
 * seconds is somebody holding the connection.
 */
const CALL_BODY: BodyLimits = { maxBytes: 5 * 1024 * 1024, drainBytes: 64 * 1024 * 1024, timeoutMs: 5_000 };
/** A sign-in carries only its token. */
const SIGN_IN_BODY: BodyLimits = { maxBytes: 1024, drainBytes: 64 * 1024, timeoutMs: 5_000 };

export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;

export interface WebServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: browser mode is for the person at this workstation, never for the network. */
  host?: '127.0.0.1';
  /** The built renderer (out/renderer). */
  rendererDir: string;
  dispatch: Dispatch;
  /** A fixed first sign-in token for tests; random otherwise. Every later token is random. */
  token?: string;
  /** How long a session lasts without a call (30 minutes unless told). */
  sessionIdleMs?: number;
  /** Told the next sign-in address each time one was used; start.ts prints it for the person. */
  onSignInAddress?(url: string): void;
  /** Told when a session ends and why; which session is never said (its id is a secret). */
  onSessionEnded?(reason: SessionEnd): void;
}

export interface WebServer {
  /** The first sign-in address. Its token works once; each sign-in announces the next through onSignInAddress. */
  url: string;
  port: number;
  events: EventSink;
  close(): Promise<void>;
}

/**
 * Browser mode: the same dispatch as the Electron IPC, over HTTP on 127.0.0.1. The built renderer is served to
 * anyone who reaches the port (it holds no data); everything else is guarded, in order, by the Host header (a
 * DNS-rebinding page would present its own name), for POSTs the X-Roster header (a cross-site form or simple
 * fetch cannot set it without a CORS preflight, which we never answer) and the Origin, and by the session the
 * page got for a one-time sign-in token and sends as `Authorization: Bearer`. No cookie: browsers send
 * cookies to every port of 127.0.0.1, so any other local server the browser visited would receive it.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const tokens = new SignInTokens(options.token);
  const events = new EventStream();
  const sessions = new SessionGate(options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS, (key, reason) => {
    events.endSession(key);
    options.onSessionEnded?.(reason);
  });
  let allowedHosts: ReadonlySet<string> = new Set();
  let ownOrigin = '';

  // Node's own limits back up the body timeout for what is never read (headers, refused uploads); its default
  // of 300 s would let a silent client hold a connection for five minutes.
  const server = createServer({ headersTimeout: 10_000, requestTimeout: 15_000, connectionsCheckingInterval: 1_000 }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`[roster] web request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) refuse(response, 'INTERNAL');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) return refuse(response, 'HOST_REFUSED');
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
    const method = request.method ?? 'GET';

    if (rawPath === '/session') return signIn(request, response);
    if (rawPath === '/session/end') return signOut(request, response);
    if (rawPath.startsWith('/rpc/')) return serveCall(request, response, rawPath.slice('/rpc/'.length));
    if (rawPath === '/events') return serveEvents(request, response);
    if (method !== 'GET' && method !== 'HEAD') return refuse(response, 'METHOD_NOT_ALLOWED');
    // The sign-in address /?token=T lands here too: the page itself exchanges the token.
    return serveFile(response, rawPath, method === 'HEAD');
  }

  /** The page's first request: the printed token, spent, for a session id the page keeps. */
  async function signIn(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refused = refusalOfPost(request);
    if (refused) return refuse(response, refused);
    const body = await bodyWithin(request, response, SIGN_IN_BODY);
    if (body === null) return;
    const use = tokens.spend(tokenIn(body));
    if (use === 'used') return refuse(response, 'TOKEN_USED');
    if (use === 'invalid') return refuse(response, 'TOKEN_INVALID');
    const session = sessions.open();
    options.onSignInAddress?.(signInAddress());
    sendJson(response, 200, { ok: true, value: { session } });
  }

  async function signOut(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refused = refusalOfPost(request);
    if (refused) return refuse(response, refused);
    const key = liveSession(request, response);
    if (key === null) return;
    sessions.end(key, 'signedOut');
    sendJson(response, 200, { ok: true, value: null });
  }

  async function serveCall(request: IncomingMessage, response: ServerResponse, rawChannel: string): Promise<void> {
    const refused = refusalOfPost(request);
    if (refused) return refuse(response, refused);
    const key = liveSession(request, response);
    if (key === null) return;
    sessions.touch(key);
    const body = await bodyWithin(request, response, CALL_BODY);
    if (body === null) return;
    let channel: string;
    let input: unknown;
    try {
      channel = decodeURIComponent(rawChannel);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 200, { ok: false, error: { code: 'VALIDATION', message: 'error.VALIDATION' } });
    }
    const result = await options.dispatch(channel, input);
    // A long call (an import) counts as activity until it answers.
    sessions.touch(key);
    sendJson(response, 200, result);
  }

  function serveEvents(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET') return refuse(response, 'METHOD_NOT_ALLOWED');
    const key = liveSession(request, response);
    if (key === null) return;
    events.attach(response, key);
  }

  async function serveFile(response: ServerResponse, rawPath: string, headOnly: boolean): Promise<void> {
    const found = await findStaticFile(options.rendererDir, rawPath);
    if (found.kind === 'refused') return refuse(response, 'BAD_PATH');
    if (found.kind === 'missing') return refuse(response, 'NOT_FOUND');
    const content = await readFile(found.file);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentTypeOf(found.file),
      'Content-Length': content.length,
      // Built assets carry a content hash in their names; index.html must be re-read after a rebuild.
      'Cache-Control': found.file.endsWith('.html') ? 'no-store' : 'private, max-age=31536000, immutable',
    });
    response.end(headOnly ? undefined : content);
  }

  /** The guards of a POST: X-Roster against cross-site requests, and a browser's Origin must be our own. */
  function refusalOfPost(request: IncomingMessage): RefusalCode | null {
    if (request.method !== 'POST') return 'METHOD_NOT_ALLOWED';
    if (request.headers['x-roster'] !== '1') return 'HEADER_MISSING';
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(hostOfOrigin(origin))) return 'ORIGIN_REFUSED';
    return null;
  }

  /** The key of the request's live session, or null once the refusal is sent. */
  function liveSession(request: IncomingMessage, response: ServerResponse): string | null {
    const check = sessions.check(request.headers.authorization);
    if (check.kind === 'live') return check.key;
    refuse(response, check.kind === 'missing' ? 'NOT_SIGNED_IN' : 'SESSION_ENDED');
    return null;
  }

  function signInAddress(): string {
    return `${ownOrigin}/?token=${tokens.token}`;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  ownOrigin = `http://${host}:${port}`;

  return {
    url: signInAddress(),
    port,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        sessions.close();
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The body, or null once the refusal is sent (or the client is gone). */
async function bodyWithin(request: IncomingMessage, response: ServerResponse, limits: BodyLimits): Promise<Buffer | null> {
  const read = await readBody(request, limits);
  if (read.kind === 'read') return read.bytes;
  if (read.kind === 'tooLarge') refuse(response, 'BODY_TOO_LARGE', { close: !read.drained });
  else if (read.kind === 'late') refuse(response, 'BODY_TIMEOUT', { close: true });
  else response.destroy();
  return null;
}

/** The token of a sign-in body `{"token":"..."}`; an empty string (never valid) for anything else. */
function tokenIn(body: Buffer): string {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    const token = (parsed as { token?: unknown } | null)?.token;
    return typeof token === 'string' ? token : '';
  } catch {
    return '';
  }
}

function hostOfOrigin(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}
