import { randomBytes } from 'node:crypto';
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
// ran, how many were asked, and the process's peak RSS (main + workers: one process; goal < 500 MB).
// Prints figures; asserts nothing.

const USERS = Number(process.env.ROSTER_BENCH_USERS ?? 200_000);
const print = (line: string) => process.stdout.write(`[bench:main-responsiveness] ${line}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
let api: TempHarness;

afterAll(() => api?.close());

interface Measured<T> {
  value: T;
  ms: number;
  slowestMs: number;
  answers: number;
  peakRss: number;
}

/** Runs `work` while `probe` (users.list) is asked every 20 ms and memory sampled every 25 ms. */
async function measure<T>(
  work: () => Promise<T>,
  probe: { channel: string; input: unknown } = { channel: 'users.list', input: { limit: 50 } },
): Promise<Measured<T>> {
  let running = true;
  let slowest = 0;
  let answers = 0;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const asker = (async () => {
    while (running) {
      const asked = performance.now();
      await api.call(probe.channel, probe.input);
      if (running) slowest = Math.max(slowest, performance.now() - asked);
      answers += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const start = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - start, slowestMs: slowest, answers, peakRss };
  } finally {
    running = false;
    await asker;
    clearInterval(sampler);
  }
}

function report(name: string, run: Measured<unknown>): void {
  print(
    `${name}: ${Math.round(run.ms)} ms; slowest answer meanwhile ${Math.round(run.slowestMs)} ms ` +
      `(${run.answers} answers); peak RSS ${mb(run.peakRss)}`,
  );
}

it(`main answers while the ${MAX_SITE_USERS.toLocaleString('en')}-user demo site is created`, async () => {
  api = tempHarness(new MemoryKeyStore());
  const path = join(api.dir, 'demo.roster');
  const demo = await measure(() => api.call('site.create', { path, name: 'Demo', demo: true, demoSize: MAX_SITE_USERS }), {
    channel: 'site.current',
    input: {},
  });
  report(`demo site of ${MAX_SITE_USERS.toLocaleString('en')} users (site.current asked meanwhile)`, demo);
  api.close();
}, 600_000);

it(`main answers users.list while heavy operations run on ${USERS.toLocaleString('en')} users`, async () => {
  api = tempHarness(new MemoryKeyStore());
  const sitePath = await createSite(api, { file: 'bench.roster', name: 'Responsiveness bench', demo: false });
  const file = join(api.dir, 'people.csv');
  writePeople(file, USERS);
  api.recordDroppedFile(file);
  print(`RSS at start ${mb(process.memoryUsage().rss)}`);

  const imported = await measure(() =>
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

  // A bulk change takes at most MAX_SITE_USERS users (the contract's limit on a selection).
  const selection = ids.slice(0, MAX_SITE_USERS);
  const grant = await measure(() => api.call<BulkResult>('bulk.apply', { ids: selection, change: { action: 'setPrivilege', privilege: 'sms' } }));
  report(`bulk grant (setPrivilege sms) on ${selection.length.toLocaleString('en')} users`, grant);
  const ungrant = await measure(() => api.call('bulk.undo', { id: grant.value.change!.id }));
  report('its undo', ungrant);

  const expire = await measure(() => api.call<{ count: number }>('security.expireAll', { secret: 'password' }));
  report(`expire all passwords now (${expire.value.count.toLocaleString('en')} users)`, expire);

  const target = join(api.dir, 'export.csv');
  const exported = await measure(() =>
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

  const undone = await measure(() => api.call('import.undo', { id: imported.value.record.id }));
  report(`undo of the ${USERS.toLocaleString('en')}-row import`, undone);
}, 900_000);
