import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import { CUCM_IMPORT_DEFAULTS } from '@shared/rules/cucm-import-rules';
import { DEMO_SITE } from '../../resources/demo/demo-site';
import type { CucmConnection } from '../../electron/services/cucm/cucm-connection';
import { previewCucmImport } from '../../electron/services/cucm/cucm-import-preview';
import { fetchEndUsers } from '../../electron/services/cucm/fetch-end-users';
import { ImportJobs } from '../../electron/services/importing/import-jobs';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { fillSite } from '../../electron/services/site/site-content';
import { connectionTo, startAxlServer } from '../support/axl-server';
import type { AxlServer } from '../support/axl-server';
import { makeTempDir } from '../support/temp-dir';

// CUCM import speed: 40,000 end users read over AXL from the local test server (pages below CUCM's 8 MB
// answer limit, a few in flight), filtered, mapped and compared with the site; then the same with a site
// that already holds them (a resync), and applying the first import. Prints the figures; asserts nothing.

const USERS = 40_000;
const dir = makeTempDir('roster-cucm-bench-');
let server: AxlServer;
let site: OpenSite;
let connection: CucmConnection;
const keyStore = new MemoryKeyStore();

beforeAll(async () => {
  server = await startAxlServer({ users: USERS });
  site = await OpenSite.create(join(dir.path, 'cucm.roster'), 'CUCM bench', keyStore);
  fillSite(site, DEMO_SITE);
  connection = connectionTo(server);
});

afterAll(async () => {
  site.close();
  await server.close();
  dir.remove();
});

const ms = (start: number) => `${Math.round(performance.now() - start)} ms`;

async function preview(label: string, sqlFilter = '') {
  let fetched = 0;
  let fetchedAt = 0;
  // Main's longest stall while comparing (the compare itself runs in the import worker).
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  const started = performance.now();
  const result = await previewCucmImport(
    () => site,
    server.host,
    { ...CUCM_IMPORT_DEFAULTS, sqlFilter },
    (criteria, options) => fetchEndUsers(connection, criteria, options),
    {
      onProgress: (progress) => {
        if (progress.phase === 'comparing' && fetchedAt === 0) {
          fetched = progress.users;
          fetchedAt = performance.now();
          stalls.enable();
        }
      },
    },
  );
  stalls.disable();
  const { pages, counts } = result.summary;
  console.log(
    `${label}: ${fetched.toLocaleString('en')} users read in ${pages} pages in ${Math.round(fetchedAt - started)} ms, compared in ${ms(fetchedAt)} ` +
      `(main's longest stall meanwhile ${Math.round(stalls.max / 1e6)} ms); ` +
      `total ${ms(started)} (add ${counts.add}, update ${counts.update}, delete ${counts.delete}, unchanged ${counts.unchanged}, problems ${counts.problem})`,
  );
  return result;
}

it(`CUCM import preview of ${USERS.toLocaleString('en')} end users`, async () => {
  const first = await preview('first import, no filter');
  await preview(
    'first import, the example SQL filter',
    "(usr_department = 'support') AND (usr_PhoneNumber >= '1000') AND (usr_phoneNumber <='1999') AND (usr_Email like '%@example.com')",
  );
  // Applied as the app does, in the import worker; main meanwhile answers list requests (reads, WAL).
  const applying = performance.now();
  const apply = new ImportJobs().applyCucm(site, keyStore, first);
  let done = false;
  void apply.finally(() => (done = true));
  let answers = 0;
  let slowest = 0;
  while (!done) {
    const asked = performance.now();
    await new Promise((resolve) => setImmediate(resolve));
    site.db.prepare('SELECT id, username FROM users WHERE deleted_at IS NULL ORDER BY username LIMIT 50').all();
    slowest = Math.max(slowest, performance.now() - asked);
    answers += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { record } = await apply;
  console.log(
    `apply (import worker): ${record.created.toLocaleString('en')} users created, ${record.rejected} refused, in ${ms(applying)}; ` +
      `main answered ${answers} list reads meanwhile, the slowest in ${Math.round(slowest)} ms`,
  );
  await preview('resync of the same users');
});
