import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterAll, it } from 'vitest';
import type { BulkResult } from '@shared/channels/bulk';
import type { ImportSummary } from '@shared/channels/import';
import { MAX_SITE_USERS } from '@shared/domain/site';
import { DEFAULT_SECURITY_SETTINGS } from '@shared/rules/security-rules';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { createSite, tempHarness } from '../support/contract-harness';
import type { TempHarness } from '../support/contract-harness';
import { PEOPLE_MAPPING, writePeople } from '../integration/importing/people-files';

// Does main keep answering while heavy work runs (issue 19, "main never waits")? First the largest demo site
// is created (filled in a worker) while a client asks site.current every 20 ms (no site is open yet to
// list). Then a site of 200,000 users (ROSTER_BENCH_USERS to change it) is filled by a CSV import through
// the contract, and each heavy operation runs through the contract while a client asks users.list every
// 20 ms: bulk grant (setPrivilege sms) on every user and its undo, "expire all passwords now", the export
// of every user, and the undo of the import. For each: how long it took, the slowest answer asked while it
// ran, how many were asked, and the process's peak RSS (main + workers: one process; goal < 500 MB). On a
// shared machine an answer is slow also when main waits for a core: each answer shown says how long main ran
// during it and how long it waited, and the answer during which main ran longest is shown too.
// Prints figures; asserts nothing.

const USERS = Number(process.env.ROSTER_BENCH_USERS ?? 200_000);
/**
 * ROSTER_BENCH_ONLY=grant,expire runs only the named operations (demo, grant, ungrant, expire, export, undo;
 * the import always runs, and ungrant brings its grant), to look at one at a time.
 */
const ONLY = process.env.ROSTER_BENCH_ONLY?.split(',') ?? null;
const runs = (operation: string) => ONLY === null || ONLY.includes(operation);
/** ROSTER_BENCH_PROFILE=<folder> writes a CPU profile of main per operation there (open it in Chrome's DevTools). */
const PROFILE_DIR = process.env.ROSTER_BENCH_PROFILE;
const print = (line: string) => process.stdout.write(`[bench:main-responsiveness] ${line}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
let api: TempHarness;

afterAll(() => api?.close());

/** One answer of the probe: how long it took, and how much of that main ran and how much it waited for a core. */
interface Answer {
  ms: number;
  /** When it was asked, in ms from the operation's start (where in the operation main was slow). */
  at: number;
  /** This thread's time on a core while the answer was awaited: main's own work (its answer, and whatever else ran). */
  cpuMs: number;
  /** Its time ready but waiting for a core (other threads and processes ran): the machine's load, not main's work. */
  waitMs: number;
}

interface Measured<T> {
  value: T;
  ms: number;
  slowest: Answer;
  /** The answer during which main itself ran longest. */
  busiest: Answer;
  answers: number;
  peakRss: number;
}

/**
 * This thread's time on a core and waiting for one, in ms (Linux's schedstat; zeros elsewhere). On a machine
 * shared with other work, a slow answer is then told apart: main busy, or main ready and not scheduled.
 */
function threadTimes(): [number, number] {
  try {
    const [cpu, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map(Number);
    return [cpu! / 1e6, wait! / 1e6];
  } catch {
    return [0, 0];
  }
}

/** Profiles main (this thread) while `work` runs, when ROSTER_BENCH_PROFILE asks for it. */
async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

/** Runs `work` while `probe` (users.list) is asked every 20 ms and memory sampled every 25 ms. */
async function measure<T>(
  name: string,
  work: () => Promise<T>,
  probe: { channel: string; input: unknown } = { channel: 'users.list', input: { limit: 50 } },
): Promise<Measured<T>> {
  let running = true;
  const start = performance.now();
  const none: Answer = { ms: 0, at: 0, cpuMs: 0, waitMs: 0 };
  let [slowest, busiest] = [none, none];
  let answers = 0;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const asker = (async () => {
    while (running) {
      const asked = performance.now();
      const [cpu, wait] = threadTimes();
      await api.call(probe.channel, probe.input);
      const [cpuAfter, waitAfter] = threadTimes();
      const answer = { ms: performance.now() - asked, at: asked - start, cpuMs: cpuAfter - cpu, waitMs: waitAfter - wait };
      if (running && answer.ms > slowest.ms) slowest = answer;
      if (running && answer.cpuMs > busiest.cpuMs) busiest = answer;
      answers += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  try {
    const value = await profiled(name, work);
    return { value, ms: performance.now() - start, slowest, busiest, answers, peakRss };
  } finally {
    running = false;
    await asker;
    clearInterval(sampler);
  }
}

const described = (answer: Answer) =>
  `${Math.round(answer.ms)} ms (asked at ${Math.round(answer.at)} ms; main ran ${Math.round(answer.cpuMs)} ms, waited for a core ${Math.round(answer.waitMs)} ms)`;

function report(name: string, run: Measured<unknown>): void {
  print(
    `${name}: ${Math.round(run.ms)} ms; slowest answer meanwhile ${described(run.slowest)}; ` +
      `most main ran in one answer ${described(run.busiest)}; ${run.answers} answers; peak RSS ${mb(run.peakRss)}`,
  );
}

it.runIf(runs('demo'))(
  `main answers while the ${MAX_SITE_USERS.toLocaleString('en')}-user demo site is created`,
  async () => {
    api = tempHarness(new MemoryKeyStore());
    const path = join(api.dir, 'demo.roster');
    const demo = await measure('demo', () => api.call('site.create', { path, name: 'Demo', demo: true, demoSize: MAX_SITE_USERS }), {
      channel: 'site.current',
      input: {},
    });
    report(`demo site of ${MAX_SITE_USERS.toLocaleString('en')} users (site.current asked meanwhile)`, demo);
    api.close();
  },
  600_000,
);

it(`main answers users.list while heavy operations run on ${USERS.toLocaleString('en')} users`, async () => {
  api = tempHarness(new MemoryKeyStore());
  const sitePath = await createSite(api, { file: 'bench.roster', name: 'Responsiveness bench', demo: false });
  const file = join(api.dir, 'people.csv');
  writePeople(file, USERS);
  api.recordDroppedFile(file);
  print(`RSS at start ${mb(process.memoryUsage().rss)}`);

  const imported = await measure('import', () =>
    api.call<ImportSummary>('import.run', {
      reading: { path: file },
      mapping: [...PEOPLE_MAPPING],
      duplicates: { match: ['username'], action: 'skip' },
    }),
  );
  report(`import of ${USERS.toLocaleString('en')} rows (reference)`, imported);

  // Every user gets a password (ciphertext that is never read: expire all only asks whether one is stored).
  const side = new Database(sitePath);
  side.pragma('busy_timeout = 5000');
  const ids = side.prepare('SELECT id FROM users WHERE deleted_at IS NULL ORDER BY id').pluck().all() as number[];
  const addSecret = side.prepare(
    "INSERT OR REPLACE INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) VALUES ('user', ?, 'password', ?, ?, ?, ?)",
  );
  const now = new Date().toISOString();
  side.transaction(() => {
    for (const id of ids) addSecret.run(id, randomBytes(12), randomBytes(16), randomBytes(16), now);
  })();
  side.close();
  await api.call('security.save', { settings: { ...DEFAULT_SECURITY_SETTINGS, passwordExpiryDays: 90, pinExpiryDays: 90 } });

  if (runs('grant') || runs('ungrant')) {
    // A bulk change takes at most MAX_SITE_USERS users (the contract's limit on a selection).
    const selection = ids.slice(0, MAX_SITE_USERS);
    const grant = await measure('grant', () =>
      api.call<BulkResult>('bulk.apply', { ids: selection, change: { action: 'setPrivilege', privilege: 'sms' } }),
    );
    report(`bulk grant (setPrivilege sms) on ${selection.length.toLocaleString('en')} users`, grant);
    if (runs('ungrant')) {
      const ungrant = await measure('ungrant', () => api.call('bulk.undo', { id: grant.value.change!.id }));
      report('its undo', ungrant);
    }
  }

  if (runs('expire')) {
    const expire = await measure('expire', () => api.call<{ count: number }>('security.expireAll', { secret: 'password' }));
    report(`expire all passwords now (${expire.value.count.toLocaleString('en')} users)`, expire);
  }

  if (runs('export')) {
    const target = join(api.dir, 'export.csv');
    const exported = await measure('export', () =>
      api.call<{ rows: number }>('export.users', {
        ids: null,
        layout: 'callisto',
        bom: true,
        includeCredentials: false,
        path: target,
        overwrite: true,
      }),
    );
    report(`export of ${exported.value.rows.toLocaleString('en')} users (Callisto layout)`, exported);
  }

  if (runs('undo')) {
    const undone = await measure('undo', () => api.call('import.undo', { id: imported.value.record.id }));
    report(`undo of the ${USERS.toLocaleString('en')}-row import`, undone);
  }
}, 900_000);
