import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english, translate } from '@shared/i18n/en';
import { NO_TRUST } from '@shared/rules/tls-trust';
import type { TlsTrust } from '@shared/rules/tls-trust';
import { AxlFailure } from '../../../electron/services/cucm/axl-failure';
import type { CucmConnection } from '../../../electron/services/cucm/cucm-connection';
import type { CucmFetchProgress } from '../../../electron/services/cucm/cucm-end-user';
import { INITIAL_PAGE_SIZE, readEndUsers as fetchEndUsers } from '../../../electron/services/cucm/end-user-reader';
import { startAxlServer } from '../../support/axl-server';
import type { AxlServer } from '../../support/axl-server';
import { startSilentListener } from '../../support/slapd';

const pinned = (server: AxlServer): TlsTrust => ({
  caPem: '',
  pinned: [
    { fingerprint: server.fingerprint256, subject: 'CN=cucm-pub.example.test', issuer: 'CN=cucm-pub.example.test', validFrom: '', validTo: '' },
  ],
});

function connectionTo(server: AxlServer, changes: Partial<CucmConnection> = {}): CucmConnection {
  return {
    host: server.host,
    port: server.port,
    axlVersion: '14.0',
    axlUser: server.user,
    password: server.password,
    trust: pinned(server),
    timeoutMs: 20_000,
    ...changes,
  };
}

/** The refusal a promise ends with (failing the test when it succeeds). */
async function failureOf(promise: Promise<unknown>): Promise<AxlFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AxlFailure) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('fetchEndUsers against the AXL test server (40,000 end users)', () => {
  let server: AxlServer;

  beforeAll(async () => {
    server = await startAxlServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reads every end user over several pages, in CUCM order, with a few pages in flight', async () => {
    server.requests.length = 0;
    const progress: CucmFetchProgress[] = [];
    const { users, pages } = await fetchEndUsers(connectionTo(server), {}, { onProgress: (p) => progress.push(p) });
    expect(users).toHaveLength(40_000);
    expect(users.map((u) => u.uuid)).toEqual(server.users.map((u) => u.uuid));
    expect(users[0]).toEqual(server.users[0]);
    expect(pages).toBe(40_000 / INITIAL_PAGE_SIZE);
    expect(progress.at(-1)).toMatchObject({ users: 40_000, pages });
    const listed = server.requests.filter((r) => r.action === 'listUser');
    // The answered pages plus at most the look-ahead past the end.
    expect(listed.length).toBeGreaterThanOrEqual(pages);
    expect(listed.length).toBeLessThanOrEqual(pages + 3);
    expect(listed[0]!.body).toContain('<searchCriteria><userid>%</userid></searchCriteria>');
    expect(listed[0]!.body).toContain('<skip>0</skip><first>5000</first>');
  });

  it('keeps nulls as empty text and reads the primary extension pattern', async () => {
    const { users } = await fetchEndUsers(connectionTo(server), { userid: 'anna.muller' }, {});
    expect(users).toHaveLength(1);
    const expected = server.users.find((u) => u.userid === 'anna.muller')!;
    expect(users[0]).toEqual(expected);
    expect(expected.mailid).toBe('');
    expect(expected.primaryExtension).toBe('');
    const withExtension = server.users.find((u) => u.primaryExtension !== '' && u.userid.endsWith('.smith'))!;
    const { users: found } = await fetchEndUsers(connectionTo(server), { userid: withExtension.userid }, {});
    expect(found[0]!.primaryExtension).toBe(withExtension.primaryExtension);
  });

  it('reads the desk phone among the associated devices, passing over a soft client', async () => {
    // The server lists a Jabber client (CSF…) next to the phone for user ids of a length divisible by 3.
    const withBoth = server.users.find((u) => u.phoneDevice !== '' && u.userid.length % 3 === 0)!;
    const { users } = await fetchEndUsers(connectionTo(server), { userid: withBoth.userid }, {});
    expect(users[0]!.phoneDevice).toMatch(/^SEP[0-9A-F]{12}$/);
    expect(users[0]!.phoneDevice).toBe(withBoth.phoneDevice);
    expect(server.requests.at(-1)!.body).toContain('<associatedDevices><device/></associatedDevices>');
  });

  it('sends the search criteria ANDed, with % wildcards, escaped', async () => {
    const { users } = await fetchEndUsers(connectionTo(server), { department: 'support', lastName: 'M%' }, {});
    const expected = server.users.filter((u) => u.department === 'support' && u.lastName.toLowerCase().startsWith('m'));
    expect(expected.length).toBeGreaterThan(0);
    expect(users.map((u) => u.userid)).toEqual(expected.map((u) => u.userid));
    const { users: apostrophe } = await fetchEndUsers(connectionTo(server), { lastName: "O'Brien", firstName: 'Anna' }, {});
    expect(apostrophe.length).toBeGreaterThan(0);
    expect(apostrophe.every((u) => u.lastName === "O'Brien")).toBe(true);
    server.requests.length = 0;
    const { users: none } = await fetchEndUsers(connectionTo(server), { lastName: '<x>&"' }, {});
    expect(none).toEqual([]);
    expect(server.requests[0]!.body).toContain('<lastName>&lt;x&gt;&amp;&quot;</lastName>');
  });

  it('refuses an element listUser does not accept with the fault CUCM gives', async () => {
    const failure = await failureOf(fetchEndUsers(connectionTo(server), { mailid: '%' }, {}));
    expect(failure.code).toBe('CUCM_FAULT');
    expect(failure.details.fault?.request).toBe('listUser');
    expect(failure.details.fault?.axlcode).toBe(-1);
    expect(String(failure.params?.message)).toContain("'mailid'");
  });

  it('explains bad credentials: HTTP 401, or the AXL role missing', async () => {
    const failure = await failureOf(fetchEndUsers(connectionTo(server, { password: 'wrong' }), {}, {}));
    expect(failure.code).toBe('CUCM_AUTH');
    expect(failure.reason).toBe('unauthorized');
    expect(failure.details.httpStatus).toBe(401);
  });

  it('refuses the self-signed certificate until it is pinned, and sends no request before', async () => {
    server.requests.length = 0;
    const failure = await failureOf(fetchEndUsers(connectionTo(server, { trust: NO_TRUST }), {}, {}));
    expect(failure.code).toBe('CUCM_CERTIFICATE');
    expect(failure.reason).toBe('certUntrusted');
    expect(failure.details.verdict?.info.fingerprint).toBe(server.fingerprint256);
    expect(server.requests).toHaveLength(0);
    const other = {
      ...pinned(server).pinned[0]!,
      fingerprint: server.fingerprint256.replace(/^../, server.fingerprint256.startsWith('00') ? '11' : '00'),
    };
    const wrongPin = await failureOf(fetchEndUsers(connectionTo(server, { trust: { caPem: '', pinned: [other] } }), {}, {}));
    expect(wrongPin.reason).toBe('certUntrusted');
    const { users } = await fetchEndUsers(connectionTo(server), { userid: 'fred.bloggs' }, {});
    expect(users).toHaveLength(1);
  });

  it('stops every request when cancelled in the middle and refuses with CANCELLED', async () => {
    const slow = await startAxlServer({ users: 40_000, latencyMs: 150 });
    try {
      const controller = new AbortController();
      const seen: CucmFetchProgress[] = [];
      const fetching = fetchEndUsers(
        connectionTo(slow),
        {},
        {
          signal: controller.signal,
          onProgress: (p) => {
            seen.push(p);
            controller.abort();
          },
        },
      );
      const failure = await failureOf(fetching);
      expect(failure.code).toBe('CANCELLED');
      expect(seen).toHaveLength(1);
      const asked = slow.requests.length;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(slow.requests.length).toBe(asked);
    } finally {
      await slow.close();
    }
  });
});

describe('fetchEndUsers with a small answer limit', () => {
  it('shrinks the page after the throttle fault and still reads everyone once', async () => {
    const server = await startAxlServer({ users: 3_000, throttleBytes: 200_000 });
    try {
      const progress: CucmFetchProgress[] = [];
      const { users, pages } = await fetchEndUsers(connectionTo(server), {}, { onProgress: (p) => progress.push(p) });
      expect(users.map((u) => u.uuid)).toEqual(server.users.map((u) => u.uuid));
      const throttled = server.requests.filter((r) => r.body.includes('<first>5000</first>'));
      expect(throttled.length).toBeGreaterThanOrEqual(1);
      const sizes = new Set(progress.map((p) => p.pageSize));
      expect(Math.max(...sizes)).toBeLessThan(INITIAL_PAGE_SIZE);
      expect(pages).toBeGreaterThan(3_000 / Math.max(...sizes) - 1);
    } finally {
      await server.close();
    }
  });
});

describe('fetchEndUsers against a server answering 20 MB of &amp; (CUCM never sends more than 8 MB)', () => {
  for (const announced of [false, true]) {
    it(`stops reading a little past 8 MB and refuses, naming the step and what to check (${announced ? 'announced by Content-Length' : 'chunked'})`, async () => {
      const server = await startAxlServer({ users: 10, oversizedAnswer: { bytes: 20 * 1024 * 1024, announced } });
      try {
        const failure = await failureOf(fetchEndUsers(connectionTo(server), {}, {}));
        expect(failure).toMatchObject({
          code: 'CUCM_PROTOCOL',
          reason: 'answerTooLarge',
          params: { operation: 'listUser', host: server.host, port: server.port, megabytes: 9 },
        });
        const text = translate(english, failure.toContractError().message, failure.params);
        expect(text).toMatch(/listUser.*9 MB.*never sends more than 8 MB.*Check that this is the CUCM publisher/);
        expect(JSON.stringify(failure.toContractError())).not.toContain(server.password);
        // The client hung up on the rest of the answer rather than read 20 MB.
        await expect.poll(() => server.abandonedAnswers).toBeGreaterThanOrEqual(1);
      } finally {
        await server.close();
      }
    });
  }
});

describe('fetchEndUsers over kept-alive connections', () => {
  it('asks again on a fresh connection when a kept-alive one turns out closed', async () => {
    const server = await startAxlServer({ users: 12_000, dropFirstReusedRequest: true });
    try {
      const { users } = await fetchEndUsers(connectionTo(server), {}, {});
      expect(users.map((u) => u.uuid)).toEqual(server.users.map((u) => u.uuid));
    } finally {
      await server.close();
    }
  });
});

describe('fetchEndUsers against a server that never answers', () => {
  it('gives up after the timeout with CUCM_TIMEOUT', async () => {
    const silent = await startSilentListener();
    try {
      const connection: CucmConnection = {
        host: silent.host,
        port: silent.port,
        axlVersion: '14.0',
        axlUser: 'axl',
        password: 'x',
        trust: NO_TRUST,
        timeoutMs: 300,
      };
      const started = Date.now();
      const failure = await failureOf(fetchEndUsers(connection, {}, {}));
      expect(failure.code).toBe('CUCM_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(silent.accepted).toBeGreaterThanOrEqual(1);
    } finally {
      await silent.stop();
    }
  });
});
