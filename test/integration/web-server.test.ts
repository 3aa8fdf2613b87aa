import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/api/dispatch';
import { startWebServer } from '../../electron/web/server';
import type { WebServer } from '../../electron/web/server';
import type { SessionEnd } from '../../electron/web/session-gate';

/**
 * Browser mode's guards, against the real HTTP server in-process, tried as an attacker would. The dispatch is
 * a stand-in that records its calls: these tests are about who may reach the handlers (and that a refused
 * request reached none), not about the handlers.
 */

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw node:http requests, so that Host and the path go on the wire exactly as written (fetch normalises both). */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { Host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const tokenOf = (url: string) => new URL(url).searchParams.get('token') ?? '';
const codeOf = (reply: Reply) => (JSON.parse(reply.body) as { error?: { code?: string } }).error?.code;

/** The page's sign-in: the printed token for a session id. */
function signIn(port: number, token: string, headers: Record<string, string> = { 'X-Roster': '1' }): Promise<Reply> {
  return send(port, {
    method: 'POST',
    path: '/session',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ token }),
  });
}

function sessionOf(reply: Reply): string {
  expect(reply.status).toBe(200);
  return (JSON.parse(reply.body) as { value: { session: string } }).value.session;
}

function call(port: number, channel: string, headers: Record<string, string>, body = '{}'): Promise<Reply> {
  return send(port, { method: 'POST', path: `/rpc/${channel}`, headers: { 'X-Roster': '1', 'Content-Type': 'application/json', ...headers }, body });
}

const bearer = (session: string) => ({ Authorization: `Bearer ${session}` });

/** A call whose body is streamed in 64 kB chunks (no Content-Length); every socket error is kept, not thrown. */
function upload(port: number, headers: Record<string, string>, size: number): Promise<{ status: number; body: string; errors: string[] }> {
  return new Promise((resolve) => {
    const errors: string[] = [];
    let status = 0;
    let body = '';
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/rpc/users.get', headers: { Host: `127.0.0.1:${port}`, 'X-Roster': '1', ...headers } },
      (res) => {
        status = res.statusCode ?? 0;
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      },
    );
    req.on('error', (error) => errors.push(error.message));
    req.on('close', () => resolve({ status, body, errors }));
    const chunk = 'x'.repeat(64 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length) req.write(chunk);
    req.end();
  });
}

/** Opens /events with `headers`; resolves once it is open, with a promise of its end. */
function openEvents(port: number, headers: Record<string, string>): Promise<{ status: number; ended: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/events', headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      const ended = new Promise<string>((done) => {
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(text));
      });
      resolve({ status: res.statusCode ?? 0, ended });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser-mode web server', () => {
  let root: string;
  let server: WebServer;
  let session: string;
  /** Every secret handed out here: none may appear in a log line. */
  const secrets: string[] = [];
  const printed: string[] = [];
  const ended: SessionEnd[] = [];
  const logged: string[] = [];
  const calls: { channel: string; input: unknown }[] = [];
  const dispatch: Dispatch = async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, value: { echoed: channel, input } };
  };

  beforeAll(async () => {
    for (const level of ['error', 'warn', 'info', 'log'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    root = mkdtempSync(join(tmpdir(), 'roster-web-'));
    const rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Roster</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // A file next to the renderer folder, the target of the traversal attempts.
    writeFileSync(join(root, 'package.json'), '{"secret": true}');
    server = await startWebServer({
      rendererDir,
      dispatch,
      host: '127.0.0.1',
      onSignInAddress: (url) => printed.push(url),
      onSessionEnded: (reason) => ended.push(reason),
    });
    secrets.push(tokenOf(server.url));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('prints a loopback URL with a 32-byte token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('serves the renderer (which holds no data) without a session, with the security headers and no cookie', async () => {
    const page = await send(server.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['set-cookie']).toBeUndefined();
    const script = await send(server.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    // Client-side routes fall back to the app; missing assets do not.
    expect((await send(server.port, { path: '/users/42' })).body).toContain('<title>Roster');
    const missing = await send(server.port, { path: '/assets/missing.js' });
    expect([missing.status, codeOf(missing)]).toEqual([404, 'NOT_FOUND']);
    // The sign-in address is the page itself: opening it spends nothing (the page does, by POST).
    const address = await send(server.port, { path: `/?token=${tokenOf(server.url)}` });
    expect(address.status).toBe(200);
    expect(address.headers['set-cookie']).toBeUndefined();
    expect(printed).toEqual([]);
  });

  it('refuses a sign-in without the X-Roster header or from a foreign page, and the token stays unspent', async () => {
    const bare = await signIn(server.port, tokenOf(server.url), {});
    expect([bare.status, codeOf(bare)]).toEqual([403, 'HEADER_MISSING']);
    const foreign = await signIn(server.port, tokenOf(server.url), { 'X-Roster': '1', Origin: 'http://127.0.0.1:1' });
    expect([foreign.status, codeOf(foreign)]).toEqual([403, 'ORIGIN_REFUSED']);
    expect(printed).toEqual([]);
  });

  it('refuses a made-up token', async () => {
    const reply = await signIn(server.port, 'not-the-token');
    expect([reply.status, codeOf(reply)]).toEqual([401, 'TOKEN_INVALID']);
    expect(reply.body).toMatch(/terminal/);
    expect(reply.body).not.toMatch(/"session"/);
  });

  it('exchanges the token once for a session id, without a cookie, and prints the next sign-in address', async () => {
    const reply = await signIn(server.port, tokenOf(server.url));
    session = sessionOf(reply);
    secrets.push(session);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session).not.toBe(tokenOf(server.url));
    expect(printed).toHaveLength(1);
    expect(new URL(printed[0]!).origin).toBe(new URL(server.url).origin);
    expect(tokenOf(printed[0]!)).not.toBe(tokenOf(server.url));
    secrets.push(tokenOf(printed[0]!));
  });

  it('refuses the spent token with a clear "already used", and the newly printed one signs in', async () => {
    const again = await signIn(server.port, tokenOf(server.url));
    expect([again.status, codeOf(again)]).toEqual([401, 'TOKEN_USED']);
    expect(again.body).toMatch(/already used/);
    expect(again.body).not.toMatch(/"session"/);
    expect(printed).toHaveLength(1);

    const next = sessionOf(await signIn(server.port, tokenOf(printed[0]!)));
    secrets.push(next, tokenOf(printed[1]!));
    expect(next).not.toBe(session);
    expect((await call(server.port, 'app.info', bearer(next))).status).toBe(200);
  });

  it('carries a call with the session header to the dispatch and returns its Result', async () => {
    const reply = await call(server.port, 'users.get', bearer(session), JSON.stringify({ id: 7 }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'users.get', input: { id: 7 } } });
  });

  it('refuses a call without the session header, with a wrong one, with the token or with a cookie, and calls nothing', async () => {
    const before = calls.length;
    const none = await call(server.port, 'import.inspect', {});
    expect([none.status, codeOf(none)]).toEqual([401, 'NOT_SIGNED_IN']);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(none.body).toMatch(/terminal/);
    for (const authorization of [
      'Bearer wrong-session-id',
      `Bearer ${tokenOf(server.url)}`,
      `Bearer ${tokenOf(printed.at(-1)!)}`,
      session,
      `Basic ${session}`,
    ]) {
      const reply = await call(server.port, 'import.inspect', { Authorization: authorization });
      expect([reply.status, codeOf(reply)], authorization).toEqual([401, 'SESSION_ENDED']);
    }
    // The old way in, replayed by another local server that was sent the cookie: it opens nothing now.
    const cookie = await call(server.port, 'import.inspect', { Cookie: `roster_session=${session}` });
    expect([cookie.status, codeOf(cookie)]).toEqual([401, 'NOT_SIGNED_IN']);
    expect(calls.length).toBe(before);
  });

  it('answers bad JSON with a VALIDATION result, without calling the dispatch', async () => {
    const before = calls.length;
    const reply = await call(server.port, 'users.get', bearer(session), '{nope');
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls.length).toBe(before);
  });

  it('refuses a call without the X-Roster header (CSRF guard)', async () => {
    const before = calls.length;
    const reply = await send(server.port, { method: 'POST', path: '/rpc/users.delete', headers: bearer(session), body: '{"ids":[1]}' });
    expect([reply.status, codeOf(reply)]).toEqual([403, 'HEADER_MISSING']);
    expect(calls.length).toBe(before);
  });

  it('refuses a call from a foreign Origin, another port of 127.0.0.1 included', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`]) {
      const reply = await call(server.port, 'users.delete', { ...bearer(session), Origin: origin }, '{"ids":[1]}');
      expect([reply.status, codeOf(reply)], origin).toEqual([403, 'ORIGIN_REFUSED']);
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect([reply.status, codeOf(reply)]).toEqual([421, 'HOST_REFUSED']);
    const localhost = await send(server.port, { path: '/', headers: { Host: `localhost:${server.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('answers an oversized body with a readable 413 (not a reset), and calls nothing', async () => {
    const before = calls.length;
    // Declared up front (Content-Length): send() rejects on a socket error, so a reset cannot pass as a refusal.
    const declared = await call(server.port, 'users.get', bearer(session), 'x'.repeat(5 * 1024 * 1024 + 1));
    expect([declared.status, codeOf(declared)]).toEqual([413, 'BODY_TOO_LARGE']);
    expect(declared.body).toMatch(/too large/);
    // Streamed without a length, well past the limit: the client finishes its upload without a broken pipe
    // or a reset, before or after the answer.
    const streamed = await upload(server.port, bearer(session), 20 * 1024 * 1024);
    expect(streamed.errors).toEqual([]);
    expect([streamed.status, JSON.parse(streamed.body)]).toMatchObject([413, { error: { code: 'BODY_TOO_LARGE' } }]);
    expect(calls.length).toBe(before);
  });

  it('drops a body that stalls, with a 408, within a few seconds', { timeout: 20_000 }, async () => {
    const before = calls.length;
    const socket = connect(server.port, '127.0.0.1');
    const answer = new Promise<string>((resolve) => {
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('close', () => resolve(text));
    });
    socket.write(
      [
        'POST /rpc/users.get HTTP/1.1',
        `Host: 127.0.0.1:${server.port}`,
        'X-Roster: 1',
        `Authorization: Bearer ${session}`,
        'Content-Type: application/json',
        'Content-Length: 100',
        '',
        '{"id":',
      ].join('\r\n'),
    );
    // Then nothing more: the server must not wait for the other 94 bytes for minutes. A generous bound.
    const bound = new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), 12_000).unref());
    const outcome = await Promise.race([answer, bound]);
    socket.destroy();
    expect(outcome).toMatch(/^HTTP\/1\.1 408 /);
    expect(outcome).toContain('BODY_TIMEOUT');
    expect(calls.length).toBe(before);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/%2E%2E%2F..%2Fpackage.json', '/..%5Cpackage.json', '/assets/..%2f..%2fpackage.json'])(
    'refuses path traversal %s',
    async (path) => {
      const reply = await send(server.port, { path });
      expect([reply.status, codeOf(reply)]).toEqual([400, 'BAD_PATH']);
      expect(reply.body).not.toContain('secret');
    },
  );

  it('delivers an emitted event over Server-Sent Events to a signed-in stream', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/events', headers: { Host: `127.0.0.1:${server.port}`, ...bearer(session) } },
        (res) => {
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            // The stream is open once the first comment arrives; then emit.
            if (buffer.startsWith(': connected') && !buffer.includes('data:')) {
              server.events.emit('menu.command', { command: 'newSite' });
            }
            const data = buffer.split('\n').find((line) => line.startsWith('data: '));
            if (data) {
              req.destroy();
              resolve(data.slice('data: '.length));
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(JSON.parse(received)).toEqual({ event: 'menu.command', payload: { command: 'newSite' } });
  });

  it('refuses the event stream without a session', async () => {
    const reply = await send(server.port, { path: '/events' });
    expect([reply.status, codeOf(reply)]).toEqual([401, 'NOT_SIGNED_IN']);
    const cookie = await send(server.port, { path: '/events', headers: { Cookie: `roster_session=${session}` } });
    expect([cookie.status, codeOf(cookie)]).toEqual([401, 'NOT_SIGNED_IN']);
  });

  it('ends the session on sign-out: its stream closes and every later call is refused', async () => {
    const stream = await openEvents(server.port, bearer(session));
    expect(stream.status).toBe(200);
    const bare = await send(server.port, { method: 'POST', path: '/session/end', headers: bearer(session) });
    expect([bare.status, codeOf(bare)]).toEqual([403, 'HEADER_MISSING']);

    const out = await send(server.port, { method: 'POST', path: '/session/end', headers: { 'X-Roster': '1', ...bearer(session) } });
    expect(out.status).toBe(200);
    await stream.ended;
    expect(ended).toEqual(['signedOut']);
    const before = calls.length;
    const after = await call(server.port, 'app.info', bearer(session));
    expect([after.status, codeOf(after)]).toEqual([401, 'SESSION_ENDED']);
    expect(after.body).toMatch(/ended/);
    const reopened = await send(server.port, { path: '/events', headers: bearer(session) });
    expect([reopened.status, codeOf(reopened)]).toEqual([401, 'SESSION_ENDED']);
    expect(calls.length).toBe(before);
  });

  it('ends a session that stays idle for the idle time', async () => {
    const endings: SessionEnd[] = [];
    const idle = await startWebServer({
      rendererDir: join(root, 'renderer'),
      dispatch,
      sessionIdleMs: 1_000,
      onSessionEnded: (reason) => endings.push(reason),
    });
    try {
      const id = sessionOf(await signIn(idle.port, tokenOf(idle.url)));
      secrets.push(tokenOf(idle.url), id);
      // An open stream is not activity; the server closes it when the session ends (or refuses it, if that
      // was sooner), so waiting for its end waits for the expiry without a timer of the test's own.
      const stream = await openEvents(idle.port, bearer(id));
      await stream.ended;
      expect(endings).toEqual(['idle']);
      const before = calls.length;
      const late = await call(idle.port, 'app.info', bearer(id));
      expect([late.status, codeOf(late)]).toEqual([401, 'SESSION_ENDED']);
      expect(calls.length).toBe(before);
    } finally {
      await idle.close();
    }
  });

  it('wrote no token or session id to any log line', () => {
    expect(secrets.length).toBeGreaterThan(4);
    for (const line of logged) {
      for (const secret of secrets) expect(line).not.toContain(secret);
    }
  });
});
