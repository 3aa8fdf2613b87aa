import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/api/dispatch';
import { startWebServer } from '../../electron/web/server';
import type { WebServer } from '../../electron/web/server';

/**
 * Browser mode's guards, against the real HTTP server in-process. The dispatch is a stand-in that echoes
 * its call: these tests are about who may reach the handlers, not about the handlers.
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

describe('browser-mode web server', () => {
  let rendererDir: string;
  let server: WebServer;
  let token: string;
  let cookie: string;
  const calls: { channel: string; input: unknown }[] = [];
  const dispatch: Dispatch = async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, value: { echoed: channel, input } };
  };

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'roster-web-'));
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Roster</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    // A file next to the renderer folder, the target of the traversal attempts.
    writeFileSync(join(root, 'package.json'), '{"secret": true}');
    server = await startWebServer({ rendererDir, dispatch, host: '127.0.0.1' });
    token = new URL(server.url).searchParams.get('token') ?? '';
  });

  afterAll(async () => {
    await server?.close();
    rmSync(join(rendererDir, '..'), { recursive: true, force: true });
  });

  it('prints a loopback URL with a 32-byte token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a request without the session cookie', async () => {
    const reply = await send(server.port, { path: '/' });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatch(/terminal/);
    const call = await send(server.port, { method: 'POST', path: '/rpc/app.info', headers: { 'X-Roster': '1' }, body: '{}' });
    expect(call.status).toBe(401);
  });

  it('refuses a wrong token', async () => {
    const reply = await send(server.port, { path: '/?token=not-the-token' });
    expect(reply.status).toBe(401);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('exchanges the token for an HttpOnly SameSite=Strict cookie and redirects to /', async () => {
    const reply = await send(server.port, { path: `/?token=${token}` });
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    const setCookie = String(reply.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    cookie = setCookie.split(';')[0] ?? '';
    // The session cookie is not the token itself.
    expect(cookie).not.toContain(token);
  });

  it('serves the renderer with the security headers once signed in', async () => {
    const page = await send(server.port, { path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await send(server.port, { path: '/assets/app.js', headers: { Cookie: cookie } });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
    // Client-side routes fall back to the app; missing assets do not.
    expect((await send(server.port, { path: '/users/42', headers: { Cookie: cookie } })).body).toContain('<title>Roster');
    expect((await send(server.port, { path: '/assets/missing.js', headers: { Cookie: cookie } })).status).toBe(404);
  });

  it('carries a call to the dispatch and returns its Result', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/rpc/users.get',
      headers: { Cookie: cookie, 'X-Roster': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 7 }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'users.get', input: { id: 7 } } });
  });

  it('answers bad JSON with a VALIDATION result, without calling the dispatch', async () => {
    const before = calls.length;
    const reply = await send(server.port, { method: 'POST', path: '/rpc/users.get', headers: { Cookie: cookie, 'X-Roster': '1' }, body: '{nope' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls.length).toBe(before);
  });

  it('refuses a call without the X-Roster header (CSRF guard)', async () => {
    const before = calls.length;
    const reply = await send(server.port, { method: 'POST', path: '/rpc/users.delete', headers: { Cookie: cookie }, body: '{"ids":[1]}' });
    expect(reply.status).toBe(403);
    expect(calls.length).toBe(before);
  });

  it('refuses a call from a foreign Origin', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/rpc/users.delete',
      headers: { Cookie: cookie, 'X-Roster': '1', Origin: 'http://evil.example' },
      body: '{"ids":[1]}',
    });
    expect(reply.status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send(server.port, { path: '/', headers: { Cookie: cookie, Host: `evil.example:${server.port}` } });
    expect(reply.status).toBe(421);
    const localhost = await send(server.port, { path: '/', headers: { Cookie: cookie, Host: `localhost:${server.port}` } });
    expect(localhost.status).toBe(200);
  });

  it('refuses an oversized body', async () => {
    const reply = await send(server.port, {
      method: 'POST',
      path: '/rpc/users.get',
      headers: { Cookie: cookie, 'X-Roster': '1' },
      body: 'x'.repeat(5 * 1024 * 1024 + 1),
    });
    expect(reply.status).toBe(413);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/assets/%2E%2E%2F..%2Fpackage.json', '/..%5Cpackage.json', '/assets/..%2f..%2fpackage.json'])(
    'refuses path traversal %s',
    async (path) => {
      const reply = await send(server.port, { path, headers: { Cookie: cookie } });
      expect(reply.status).toBe(400);
      expect(reply.body).not.toContain('secret');
    },
  );

  it('delivers an emitted event over Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/events', headers: { Host: `127.0.0.1:${server.port}`, Cookie: cookie } },
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

  it('refuses the event stream without the cookie', async () => {
    const reply = await send(server.port, { path: '/events' });
    expect(reply.status).toBe(401);
  });
});
