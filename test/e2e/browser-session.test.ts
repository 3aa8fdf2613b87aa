import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../support/app-server';
import type { RunningApp } from '../support/app-server';
import type { ChromiumSession } from '../support/chromium';
import { shot } from '../support/screenshots';
import { t, useConsole } from './support/console-session';

// Browser mode's session, as an attacker on the same machine would try it: the sign-in address works once, the
// session lives only in the tab that signed in (no cookie, which Chromium would send to every port of
// 127.0.0.1), another local server the browser visits receives nothing that opens Roster, and a session ends on
// sign-out and when idle, with a page that tells the administrator what to do.
const WAIT = 15_000;

describe('browser mode: the session stays with the page that signed in', () => {
  const ui = useConsole({ timeout: WAIT });
  let app: RunningApp;
  let chromium: ChromiumSession;
  let page: Page;
  let idleApp: RunningApp | undefined;
  let otherServer: Server | undefined;
  /** Every session id seen in the pages: none may reach another server or a log line. */
  const sessions: string[] = [];

  const heading = (p: Page, key: Parameters<typeof t>[0]) => p.getByRole('heading', { name: t(key), exact: true });
  const keptSession = (p: Page) => p.evaluate(() => sessionStorage.getItem('roster.session'));

  /** A call as any local process could make it, with the headers it chose. */
  async function callRoster(target: RunningApp, channel: string, headers: Record<string, string>, input: unknown) {
    const response = await fetch(new URL(`/rpc/${channel}`, target.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Roster': '1', ...headers },
      body: JSON.stringify(input),
    });
    return { status: response.status, code: ((await response.json()) as { error?: { code?: string } }).error?.code };
  }

  beforeAll(async () => {
    ({ app, chromium, page } = await ui.open());
  });

  afterAll(async () => {
    await idleApp?.stop();
    await new Promise((done) => (otherServer ? otherServer.close(done) : done(undefined)));
  });

  it('1. signs in with the printed address: no cookie, the token leaves the address bar, a reload keeps the session', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    await heading(page, 'welcome.title').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await chromium.context.cookies()).toEqual([]);
    const session = await keptSession(page);
    expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
    sessions.push(session!);

    await page.reload({ waitUntil: 'load' });
    await heading(page, 'welcome.title').waitFor();
    expect(await keptSession(page)).toBe(session);
  });

  it('2. another local server the browser visits receives nothing that opens Roster', async () => {
    const rosterOrigin = new URL(app.url).origin;
    const stolen = join(app.sitesDir, 'stolen.roster');
    const create = JSON.stringify({ path: stolen, name: 'Stolen', demo: true });
    const seen: IncomingHttpHeaders[] = [];
    // The attacker's server on another port of 127.0.0.1: its page loads an image from it (the request that
    // carried the cookie before) and tries Roster's API from the browser, with whatever the browser would add.
    otherServer = createServer((request, response) => {
      seen.push(request.headers);
      if (request.url === '/pixel.gif') {
        response.writeHead(200, { 'Content-Type': 'image/gif' }).end(Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64'));
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><title>Another local server</title>
<img src="/pixel.gif" alt="">
<script>
  const call = (init) => fetch(${JSON.stringify(rosterOrigin)} + '/rpc/site.create', { method: 'POST', credentials: 'include', body: ${JSON.stringify(create)}, ...init });
  window.attempts = Promise.all([
    call({ headers: { 'X-Roster': '1', 'Content-Type': 'application/json' } }).then((r) => 'answered ' + r.status, () => 'blocked'),
    call({ mode: 'no-cors' }).then((r) => r.type, () => 'blocked'),
  ]);
</script>`);
    });
    await new Promise<void>((done) => otherServer!.listen(0, '127.0.0.1', done));
    const otherPort = (otherServer.address() as AddressInfo).port;

    const other = await chromium.context.newPage();
    try {
      await other.goto(`http://127.0.0.1:${otherPort}/`, { waitUntil: 'load' });
      const attempts = await other.evaluate(() => (window as unknown as { attempts: Promise<string[]> }).attempts);
      // A call with headers needs a CORS preflight Roster never grants; a simple one goes out blind (and is
      // refused), its answer withheld from the page by Cross-Origin-Resource-Policy.
      expect(attempts).toEqual(['blocked', 'blocked']);
      expect(await other.evaluate(() => ({ cookie: document.cookie, session: sessionStorage.length, local: localStorage.length }))).toEqual({
        cookie: '',
        session: 0,
        local: 0,
      });
    } finally {
      await other.close();
    }

    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const headers of seen) {
      expect(headers.cookie, 'a cookie sent to another port').toBeUndefined();
      expect(headers.authorization).toBeUndefined();
    }
    for (const session of sessions) expect(JSON.stringify(seen)).not.toContain(session);

    // Replayed to Roster, everything that server saw opens nothing; neither that nor the page's tries did anything.
    for (const headers of seen) {
      const replayed = Object.fromEntries(
        Object.entries(headers).filter(([name]) => !['host', 'origin', 'content-length', 'connection'].includes(name)),
      ) as Record<string, string>;
      expect(await callRoster(app, 'site.create', replayed, JSON.parse(create))).toEqual({ status: 401, code: 'NOT_SIGNED_IN' });
    }
    expect(existsSync(stolen)).toBe(false);
    // Roster's own tab is still signed in.
    await page.reload({ waitUntil: 'load' });
    await heading(page, 'welcome.title').waitFor();
  });

  it('3. signs out from the header: the session ends and the page says how to sign in again', async () => {
    const session = (await keptSession(page))!;
    const signOut = page.getByRole('button', { name: t('browserSession.signOut'), exact: true });
    await signOut.hover();
    await page.getByRole('tooltip').getByText(t('browserSession.signOutHint')).waitFor();
    await ui.stillShot('sign-out-action');

    await signOut.click();
    await heading(page, 'browserSession.signedOut.title').waitFor();
    await page.getByText(t('browserSession.signedOut.message'), { exact: true }).waitFor();
    await shot(page, 'signed-out');
    expect(await keptSession(page)).toBeNull();
    expect(await callRoster(app, 'site.current', { Authorization: `Bearer ${session}` }, {})).toEqual({ status: 401, code: 'SESSION_ENDED' });

    await page.reload({ waitUntil: 'load' });
    await heading(page, 'browserSession.notSignedIn.title').waitFor();
  });

  it('4. the spent sign-in address says it was already used; the newest printed one signs in', async () => {
    await page.goto(app.url, { waitUntil: 'load' });
    await heading(page, 'browserSession.tokenUsed.title').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await shot(page, 'sign-in-address-already-used');

    await page.goto(await app.signInUrl(), { waitUntil: 'load' });
    await heading(page, 'welcome.title').waitFor();
    sessions.push((await keptSession(page))!);
  });

  it('5. a session left idle ends, and the page says so without waiting for a click', async () => {
    idleApp = await startApp({ ROSTER_SESSION_IDLE_SECONDS: '2' });
    const idlePage = await chromium.context.newPage();
    idlePage.setDefaultTimeout(WAIT);
    try {
      // The session id is read from the sign-in answer: the session may well be over before a screen shows.
      const signedIn = idlePage.waitForResponse((response) => new URL(response.url()).pathname === '/session');
      await idlePage.goto(idleApp.url, { waitUntil: 'load' });
      const session = ((await (await signedIn).json()) as { value: { session: string } }).value.session;
      sessions.push(session);
      await heading(idlePage, 'browserSession.ended.title').waitFor();
      await idlePage.getByText(t('browserSession.ended.message'), { exact: true }).waitFor();
      await shot(idlePage, 'session-ended');
      expect(await callRoster(idleApp, 'site.current', { Authorization: `Bearer ${session}` }, {})).toEqual({ status: 401, code: 'SESSION_ENDED' });
      await expect.poll(() => idleApp!.stderr()).toContain('A browser session ended (no call for 2 s)');
    } finally {
      await idlePage.close();
    }
  });

  it('6. no session id or sign-in token appears in the log', () => {
    expect(sessions.length).toBe(3);
    for (const running of [app, idleApp!]) {
      const log = running.stderr();
      for (const session of sessions) expect(log).not.toContain(session);
      expect(log).not.toMatch(/token=/);
    }
  });
});
