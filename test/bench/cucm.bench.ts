import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import type { CucmImportResult, CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import { CUCM_IMPORT_DEFAULTS } from '@shared/rules/cucm-import-rules';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import { startAxlServerThread } from './axl-server-thread';
import type { ServerAddress } from './axl-server-thread';
import { siteHarness } from '../support/contract-harness';
import type { SiteHarness } from '../support/contract-harness';

// CUCM import: 40,000 end users read over AXL from the local test server (pages below CUCM's 8 MB answer
// limit, a few in flight), filtered, mapped and compared with the site; applied; then a resync. All through
// the contract, as the screen calls it, while users.list is asked every 20 ms: the slowest users.list answer
// during each step, as a ratio to the slowest answer of the same loop with nothing else running (the floor,
// measured in the same run). Prints the figures; asserts nothing.

const USERS = 40_000;
let server: ServerAddress;
let stopServer: (() => Promise<void>) | undefined;
let api: SiteHarness;

beforeAll(async () => {
  ({ server, stop: stopServer } = await startAxlServerThread(USERS));
  api = await siteHarness({ file: 'cucm-bench.roster', demo: true });
  await api.call('cucm.save', {
    draft: {
      settings: { ...CUCM_DEFAULTS, host: server.host, port: server.port, axlUser: server.user, timeoutSeconds: 60, trust: server.trust },
      password: { action: 'set', value: server.password },
    },
  });
}, 120_000);

afterAll(async () => {
  api?.close();
  await stopServer?.();
});

/** users.list every 20 ms while `work` runs: how many answers, and the slowest (from when it was due). */
async function whileListing<T>(work: () => Promise<T>): Promise<{ value: T; answers: number; slowest: number; ms: number }> {
  let done = false;
  let answers = 0;
  let slowest = 0;
  const started = performance.now();
  const promise = work().finally(() => (done = true));
  const probe = (async () => {
    // Measured from when the request was due (a click does not wait for main's timers either): a stalled
    // main shows as a late start as much as a slow answer.
    let due = performance.now();
    while (!done) {
      await api.call('users.list', { limit: 50 });
      slowest = Math.max(slowest, performance.now() - due);
      answers += 1;
      due = performance.now() + 20;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const value = await promise;
  await probe;
  return { value, answers, slowest, ms: performance.now() - started };
}

const idle = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));

it(`CUCM import of ${USERS.toLocaleString('en')} end users: main's slowest users.list answer`, async () => {
  const floor = await whileListing(idle(3000));
  console.log(`floor: users.list with nothing else running, ${floor.answers} answers, slowest ${floor.slowest.toFixed(1)} ms`);
  const report = (label: string, step: { answers: number; slowest: number; ms: number }, what: string) =>
    console.log(
      `${label}: ${what} in ${Math.round(step.ms)} ms; users.list answered ${step.answers} times meanwhile, the slowest in ` +
        `${step.slowest.toFixed(1)} ms = ${(step.slowest / floor.slowest).toFixed(1)}x the floor`,
    );

  const preview = (sqlFilter = '') =>
    whileListing(() => api.call<CucmPreviewSummary>('cucm.preview', { settings: { ...CUCM_IMPORT_DEFAULTS, sqlFilter } }));
  const counts = (s: CucmPreviewSummary) =>
    `${s.fetched.toLocaleString('en')} read in ${s.pages} pages (add ${s.counts.add}, update ${s.counts.update}, delete ${s.counts.delete}, unchanged ${s.counts.unchanged})`;

  const first = await preview();
  report('first import preview, no filter', first, counts(first.value));
  const filtered = await preview(
    "(usr_department = 'support') AND (usr_PhoneNumber >= '1000') AND (usr_phoneNumber <='1999') AND (usr_Email like '%@example.com')",
  );
  report('preview with the example SQL filter', filtered, counts(filtered.value));
  const again = await preview();
  const applied = await whileListing(() =>
    api.call<CucmImportResult>('cucm.apply', { previewId: again.value.previewId, removal: { action: 'delete', typedCount: null } }),
  );
  report('apply (import worker)', applied, `${applied.value.record.created.toLocaleString('en')} users created`);
  const resync = await preview();
  report('resync of the same users', resync, counts(resync.value));
}, 600_000);
