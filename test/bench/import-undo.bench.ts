import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterAll, it } from 'vitest';
import type { ImportSummary } from '@shared/channels/import';
import { undoImport } from '../../electron/services/importing/import-ledger';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { registerNaturalOrder } from '../../electron/services/site/natural-order';
import { createSite, tempHarness } from '../support/contract-harness';
import type { TempHarness } from '../support/contract-harness';
import { PEOPLE_MAPPING, writePeople } from '../integration/importing/people-files';

// How fast an import's undo is at the service (issue 19: the undo writes the search index in bulk, as the
// import does). Two imports of ROSTER_BENCH_USERS rows (100,000 by default) through the contract: one that
// creates every user, then one that overwrites them all. Each undo runs on a copy of the site, several
// times; prints the median. Prints figures; asserts nothing.

const USERS = Number(process.env.ROSTER_BENCH_USERS ?? 100_000);
const RUNS = Number(process.env.ROSTER_BENCH_RUNS ?? 3);
const print = (line: string) => process.stdout.write(`[bench:import-undo] ${line}\n`);
let api: TempHarness;

afterAll(() => api?.close());

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Undoes import `id` on a fresh copy of the site file `RUNS` times; the median in ms. */
function timeUndo(sitePath: string, id: number): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const copy = join(api.dir, `copy-${run}.roster`);
    copyFileSync(sitePath, copy);
    const db = new Database(copy, { fileMustExist: true });
    registerNaturalOrder(db);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536');
    const start = performance.now();
    undoImport(db, id);
    times.push(performance.now() - start);
    const left = db.prepare("SELECT count(*) FROM users_fts WHERE users_fts MATCH 'person'").pluck().get() as number;
    db.close();
    print(`  run ${run + 1}: ${Math.round(times.at(-1)!)} ms (index still finds ${left} users by "person")`);
  }
  return median(times);
}

it(`undo of a ${USERS.toLocaleString('en')}-row import`, async () => {
  api = tempHarness(new MemoryKeyStore());
  const sitePath = await createSite(api, { file: 'bench.roster', name: 'Undo bench', demo: false });
  const file = join(api.dir, 'people.csv');
  writePeople(file, USERS);
  api.recordDroppedFile(file);
  const run = (action: string) =>
    api.call<ImportSummary>('import.run', {
      reading: { path: file },
      mapping: [...PEOPLE_MAPPING],
      duplicates: { match: ['username'], action },
    });
  const created = await run('skip');
  // Checkpointed and closed: the copies hold every page.
  await api.call('site.close');
  const createdCopy = join(api.dir, 'created.roster');
  copyFileSync(sitePath, createdCopy);
  print(`undo of ${USERS.toLocaleString('en')} created users: median ${Math.round(timeUndo(createdCopy, created.record.id))} ms`);

  await api.call('site.open', { path: sitePath });
  writePeople(file, USERS, { firstNumber: 700_000 });
  api.recordDroppedFile(file);
  const overwritten = await run('overwrite');
  await api.call('site.close');
  print(
    `undo of ${overwritten.record.updated.toLocaleString('en')} overwritten users: median ${Math.round(timeUndo(sitePath, overwritten.record.id))} ms`,
  );
}, 1_800_000);
