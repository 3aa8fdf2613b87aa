import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Result } from '@shared/result';
import type { EventSink } from '../api/context';
import type { Dispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from './content-policy';
import { EventStream } from './event-stream';
import { SessionGate } from './session-gate';
import { contentTypeOf, findStaticFile } from './static-files';

/** Larger than any contract input (a 100,000-id bulk action is about 700 kB), small enough to refuse abuse. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface WebServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only: browser mode is for the person at this workstation, never for the network. */
  host?: '127.0.0.1';
  /** The built renderer (out/renderer). */
  rendererDir: string;
  dispatch: Dispatch;
  /** Fixed token for tests; a random 32-byte token otherwise. */
  token?: string;
}

export interface WebServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  events: EventSink;
  close(): Promise<void>;
}

const NOT_AUTHENTICATED =
  'Roster: not signed in. Open the address printed in the terminal where Roster was started (it ends in ?token=...).\n';

/**
 * Browser mode: the same dispatch as the Electron IPC, over HTTP on 127.0.0.1. Guards, in order: the Host
 * header (a DNS-rebinding page would present its own name), the token / session cookie, and for calls the
 * X-Roster header (a cross-site form or simple fetch cannot set it without a CORS preflight, which we never
 * answer).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  const gate = new SessionGate(options.token);
  const events = new EventStream();
  let allowedHosts: ReadonlySet<string> = new Set();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`[roster] web request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) plain(response, 500, 'Internal error.\n');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has((request.headers.host ?? '').toLowerCase())) {
      return plain(response, 421, 'Roster: unexpected Host header.\n');
    }
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : target.slice(queryAt + 1));
    const method = request.method ?? 'GET';

    // The sign-in: /?token=T exchanges the printed token for a session cookie.
    const token = query.get('token');
    if (rawPath === '/' && token !== null && (method === 'GET' || method === 'HEAD')) {
      if (!gate.isToken(token)) return plain(response, 401, NOT_AUTHENTICATED);
      response.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': gate.openSession(), Location: '/', 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    if (!gate.hasSession(request.headers.cookie)) return plain(response, 401, NOT_AUTHENTICATED);

    if (rawPath.startsWith('/rpc/')) return serveCall(request, response, rawPath.slice('/rpc/'.length));
    if (rawPath === '/events') {
      if (method !== 'GET') return plain(response, 405, 'Method not allowed.\n');
      events.attach(response);
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') return plain(response, 405, 'Method not allowed.\n');
    return serveFile(response, rawPath, method === 'HEAD');
  }

  async function serveCall(request: IncomingMessage, response: ServerResponse, rawChannel: string): Promise<void> {
    if (request.method !== 'POST') return plain(response, 405, 'Method not allowed.\n');
    if (request.headers['x-roster'] !== '1') return plain(response, 403, 'Roster: missing X-Roster header.\n');
    // A browser sends Origin on every POST; when present it must be our own (defence in depth for CSRF).
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(hostOfOrigin(origin))) {
      return plain(response, 403, 'Roster: foreign origin.\n');
    }
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      return json(response, notValid());
    }
    const body = await readBody(request);
    if (body === 'too-large') {
      response.setHeader('Connection', 'close');
      return plain(response, 413, 'Roster: request too large.\n');
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return json(response, notValid());
    }
    return json(response, await options.dispatch(channel, input));
  }

  async function serveFile(response: ServerResponse, rawPath: string, headOnly: boolean): Promise<void> {
    const found = await findStaticFile(options.rendererDir, rawPath);
    if (found.kind === 'refused') return plain(response, 400, 'Bad path.\n');
    if (found.kind === 'missing') return plain(response, 404, 'Not found.\n');
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

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  return {
    url: `http://${host}:${port}/?token=${gate.token}`,
    port,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function notValid(): Result<never> {
  return { ok: false, error: { code: 'VALIDATION', message: 'error.VALIDATION' } };
}

function hostOfOrigin(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host.toLowerCase() : '';
  } catch {
    return '';
  }
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop keeping the bytes; the 413 answer is sent with Connection: close, which ends the upload.
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function json(response: ServerResponse, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}
