import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import Papa from 'papaparse';
import { it } from 'vitest';
import type { ImportInspection, ImportSummary } from '@shared/channels/import';
import { LANGUAGES } from '@shared/domain';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { createSite, tempHarness } from '../support/contract-harness';
import type { TempHarness } from '../support/contract-harness';

// The whole record of the 100,000-user demo through the Roster layout and back, through the contract: export
// (every field, the layout's own format), import into a new empty site (worker, one transaction, groups
// created), then the new site compared with the first field by field, and its export compared byte for byte.
// Each step against a floor measured in the same run: for the export, reading every users row with one
// SELECT and writing its columns joined by commas; for the import, import.bench.ts's raw floor (papaparse
// over the same file, a prepared INSERT of its text columns into a fresh site's users table, FTS triggers
// included). Prints figures; asserts nothing
// (a mismatch is printed with the first differing user).

const USERS = 100_000;
const print = (line: string) => process.stdout.write(`[bench:export-round-trip] ${line}\n`);
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(1)}x the floor`;

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

function exportFloor(sitePath: string, file: string): number {
  const db = new Database(sitePath, { readonly: true });
  try {
    const start = performance.now();
    const rows = db.prepare('SELECT * FROM users WHERE deleted_at IS NULL ORDER BY username').raw().all() as unknown[][];
    writeFileSync(file, rows.map((row) => row.join(',')).join('\r\n'));
    return performance.now() - start;
  } finally {
    db.close();
  }
}

/** As import.bench.ts's raw floor: papaparse, then one prepared INSERT per row into a fresh site's users table. */
async function importFloor(sitePath: string, file: string): Promise<number> {
  const site = await OpenSite.create(sitePath, 'Floor', new MemoryKeyStore());
  try {
    const start = performance.now();
    const parsed = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    const insert = site.db.prepare(
      `INSERT INTO users (username, first_name, last_name, department, email, language, mobile, number, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'csv', ?, ?)`,
    );
    const now = new Date().toISOString();
    site.db.transaction(() => {
      // The Roster layout's columns: Username, First Name, Last Name, Department, VIP, E-Mail, Language (1-5), Mobile, Pager, Phone, Number.
      for (const row of parsed.data.slice(1))
        insert.run(row[0], row[1], row[2], row[3], row[5], LANGUAGES[Number(row[6]) - 1], row[7], row[10], now, now);
    })();
    return performance.now() - start;
  } finally {
    site.close();
  }
}

/** Every user of a site as comparable text: the declared fields, groups by name, in username order. */
function records(sitePath: string): string[] {
  const db = new Database(sitePath, { readonly: true });
  try {
    const groups = new Map((db.prepare('SELECT id, name FROM user_groups').raw().all() as [number, string][]).map(([id, name]) => [id, name]));
    const columns = USER_FIELD_LIST.flatMap((field) =>
      field.storage.as === 'switches' ? Object.values(field.storage.columns) : 'column' in field.storage ? [field.storage.column] : [],
    );
    const lists = (sql: string) => {
      const byUser = new Map<number, string[]>();
      for (const [id, value] of db.prepare(sql).raw().all() as [number, string][]) byUser.set(id, [...(byUser.get(id) ?? []), value]);
      return byUser;
    };
    const aliases = lists('SELECT user_id, alias FROM user_aliases ORDER BY user_id, position');
    const phones = lists("SELECT user_id, device || '/' || model || '/' || ifnull(line, '') FROM user_phones ORDER BY user_id, position");
    const members = lists('SELECT m.user_id, g.name FROM group_members m JOIN user_groups g ON g.id = m.group_id ORDER BY m.user_id, g.name');
    const groupRef = new Set(USER_FIELD_LIST.flatMap((f) => (f.storage.as === 'groupRef' ? [f.storage.column] : [])));
    const rows = db.prepare(`SELECT id, ${columns.join(', ')} FROM users WHERE deleted_at IS NULL ORDER BY username`).all() as Record<
      string,
      unknown
    >[];
    return rows.map((row) => {
      const id = row.id as number;
      const values = columns.map((column) => (groupRef.has(column) ? (row[column] === null ? '' : groups.get(row[column] as number)) : row[column]));
      return JSON.stringify([values, aliases.get(id) ?? [], phones.get(id) ?? [], members.get(id) ?? []]);
    });
  } finally {
    db.close();
  }
}

it(
  `exports the ${USERS.toLocaleString('en')}-user demo and imports it into an empty site: identical field by field`,
  { timeout: 900_000 },
  async () => {
    const api: TempHarness = tempHarness();
    try {
      // The demo of the requested size, as File > New site makes it (site.create with demoSize).
      const sourcePath = join(api.ctx.paths.sitesFolder, 'large.roster');
      const source = await timed(() => api.call('site.create', { path: sourcePath, name: 'Large', demo: true, demoSize: USERS }));
      print(`demo site of ${USERS.toLocaleString('en')} users created in ${ms(source.ms)}`);

      const file = join(api.dir, 'everything.csv');
      const exported = await timed(() =>
        api.call<{ rows: number }>('export.users', { ids: null, layout: 'callisto', includeCredentials: false, path: file }),
      );
      const exportFloorMs = exportFloor(sourcePath, join(api.dir, 'floor.csv'));
      print(
        `export: ${exported.value.rows.toLocaleString('en')} users in ${ms(exported.ms)}; floor ${ms(exportFloorMs)} (${ratio(exported.ms, exportFloorMs)})`,
      );

      const emptyPath = await createSite(api, { file: 'empty.roster', name: 'Empty', demo: false });
      const inspection = await api.call<ImportInspection>('import.inspect', { path: file });
      const imported = await timed(() =>
        api.call<ImportSummary>('import.run', {
          reading: { path: file },
          mapping: inspection.suggestedMapping,
          duplicates: { match: ['username'], action: 'skip' },
          includeCredentials: false,
        }),
      );
      const floorSite = join(api.dir, 'floor.roster');
      const importFloorMs = await importFloor(floorSite, file);
      const { record, groupsCreated, problems } = imported.value;
      print(
        `import into an empty site: ${record.created.toLocaleString('en')} created, ${record.rejected} refused, ` +
          `${groupsCreated.length} groups created, in ${ms(imported.ms)}; floor ${ms(importFloorMs)} (${ratio(imported.ms, importFloorMs)})`,
      );
      if (problems.length > 0) print(`first problem: ${JSON.stringify(problems[0])}`);

      const compared = await timed(() => [records(sourcePath), records(emptyPath)] as const);
      const [before, after] = compared.value;
      const differing = before.findIndex((line, index) => line !== after[index]);
      print(
        before.length === after.length && differing === -1
          ? `field by field: all ${after.length.toLocaleString('en')} users identical (compared in ${ms(compared.ms)})`
          : `field by field: MISMATCH (${before.length} vs ${after.length} users), first at ${differing}: ${before[differing]} / ${after[differing]}`,
      );
      const again = join(api.dir, 'again.csv');
      await api.call('export.users', { ids: null, layout: 'callisto', includeCredentials: false, path: again });
      print(
        `export of the new site: ${readFileSync(again).equals(readFileSync(file)) ? 'byte for byte the same file' : 'DIFFERS from the first export'}`,
      );
    } finally {
      api.close();
    }
  },
);
