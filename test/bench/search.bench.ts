import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Statement } from 'better-sqlite3';
import { afterAll, beforeAll, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { countMatching, countSql, pageMatching, pageOrder, searchUsers } from '../../electron/services/site/user-search';
import { makeTempDir } from '../support/temp-dir';

// Search speed on 100,000 generated users: for each operator kind, the first page of 50 through the service
// (searchUsers, which also counts), the page alone, the count alone, and the next page through the service
// (by the first page's seek key, as the list asks for it: the total is known by then, so it is not counted
// again). Goals: page < 5 ms, count < 20 ms. A page of a search that matches nobody is not read at all (0.00).
// Twice: as the application opens a site (no statistics: sites are never ANALYZEd), then after ANALYZE, since
// the planner's choices differ. The seeding time is the cost of 100,000 single-row inserts with every index
// and trigger, printed to follow what an index adds to an import. Prints tables of medians; asserts nothing.

const USERS = 100_000;
const RUNS = 9;
const FIRST = [
  'Anna',
  'Bernd',
  'Chloé',
  'Dmitri',
  'Élodie',
  'Fatima',
  'Günter',
  'Hanako',
  'Ivan',
  'José',
  'Kai',
  'Lars',
  'Mónica',
  'Nils',
  'Olga',
  'Pál',
];
const LAST = ['Müller', 'Meier', 'Schmidt', 'Dubois', 'Rossi', 'García', 'Sato', 'Kumar', 'Novak', 'Jensen', 'Öztürk', 'Bloggs', 'Hong', 'Weiß'];
const DEPTS = ['Management', 'HR', 'R&D', 'Sales', 'Support', 'Design', 'Finance', 'Logistics', 'Legal', 'Night operations'];

const KINDS: [kind: string, text: string, extra?: Partial<UserListQuery>][] = [
  ['free word', 'müller'],
  ['two free words', 'anna sales'],
  ['infix word', 'ller'],
  // Its users sit late in username order: the first page walks past most others first.
  ['late word', 'olga'],
  ['short word', 'ka'],
  ['one letter', 'k'],
  ['short, no match', 'zz'],
  ['short field', 'dept:hr'],
  ['field:value', 'dept:finance'],
  ['phrase', '"night operations"'],
  ['negation', '-dept:sales'],
  ['negated has:', '-has:pin'],
  ['OR', 'dept:legal OR dept:hr'],
  ['number range', 'number:10000..10999'],
  ['number >=', 'number>=100000'],
  ['vip >=', 'vip>=4'],
  ['date comparison', 'created>2026-03-01'],
  ['wildcard', 'email:anna.k*'],
  ['has:', 'has:pin'],
  ['is:', 'is:disabled'],
  ['priv:', 'priv:sms'],
  ['group:', 'group:"night shift"'],
  ['word and flag', 'müller vip>=4'],
  ['a mix', 'dept:sales vip>=2 -is:disabled (priv:sms OR group:"night shift") müller'],
  ['by department', '', { sort: { column: 'department', direction: 'asc' } }],
];

let site: OpenSite;
const dir = makeTempDir('roster-search-bench-');
const print = (line: string) => process.stdout.write(`[bench:search] ${line}\n`);

beforeAll(async () => {
  const seeding = performance.now();
  site = await OpenSite.create(join(dir.path, 'bench.roster'), 'Search bench', new MemoryKeyStore());
  const db = site.db;
  const insert =
    db.prepare(`INSERT INTO users (username, first_name, last_name, department, vip, email, mobile, phone, number, enabled, sms, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const secret = db.prepare(
    `INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) VALUES ('user', ?, 'pin', ?, ?, ?, ?)`,
  );
  const member = db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)');
  const now = new Date().toISOString();
  db.transaction(() => {
    const groups = ['Night shift', 'Management', 'Support team'].map(
      (name) => db.prepare('INSERT INTO user_groups (name, created_at, updated_at) VALUES (?, ?, ?)').run(name, now, now).lastInsertRowid as number,
    );
    for (let i = 0; i < USERS; i++) {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
      const username = `${first}.${last}.${i}`.toLowerCase();
      const created = new Date(Date.UTC(2025, 0, 1) + (i % 500) * 86_400_000).toISOString();
      const id = insert.run(
        username,
        first,
        last,
        DEPTS[i % DEPTS.length],
        i % 6,
        `${username}@example.com`,
        i % 3 === 0 ? '' : `+4179${String(i).padStart(7, '0')}`,
        `+4144${String(i).padStart(7, '0')}`,
        String(10_000 + i),
        i % 20 === 0 ? 0 : 1,
        i % 7 === 0 ? 1 : 0,
        created,
        created,
      ).lastInsertRowid as number;
      if (i % 4 === 0) secret.run(id, Buffer.alloc(12), Buffer.alloc(16), Buffer.alloc(8), now);
      if (i % 11 === 0) member.run(groups[i % groups.length], id);
    }
  })();
  print(`seeded ${USERS.toLocaleString('en')} users in ${Math.round(performance.now() - seeding)} ms`);
});

afterAll(() => {
  site?.close();
  dir.remove();
});

function median(run: () => void): number {
  run(); // warm the statement cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

it('prints search timings per operator kind, as the application opens a site', () => {
  printTimings('no statistics (as the application)');
});

it('prints search timings per operator kind after ANALYZE', () => {
  site.db.exec('ANALYZE');
  printTimings('after ANALYZE');
});

function printTimings(title: string): void {
  const rows: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (v: number) => v.toFixed(2).padStart(8);
  rows.push(
    `${pad('kind', 16)} ${pad('query', 70)} ${'matches'.padStart(8)} ${'service'.padStart(8)} ${'page'.padStart(8)} ${'count'.padStart(8)} ${'next'.padStart(8)}`,
  );
  // Prepared once per statement text, as searchUsers does.
  const prepared = new Map<string, Statement>();
  const prepare = (sql: string) => prepared.get(sql) ?? prepared.set(sql, site.db.prepare(sql)).get(sql)!;
  for (const [kind, text, extra] of KINDS) {
    const query = userListQuerySchema.parse({ text, limit: 50, ...extra });
    // The statements searchUsers runs: the count (countSql: one set of users is counted from its own index),
    // then the page as the count chooses it (of id and username here, so the figure is the search's and not
    // the reading of 50 rows' columns). The page is compiled within its time: a short word's candidates are
    // looked up then.
    const counting = countSql(countMatching(site.db, query));
    const count = prepare(counting.sql).pluck();
    const total = count.get(...counting.params) as number;
    const page = () => {
      const paging = pageMatching(site.db, query, total);
      return prepare(`SELECT u.id, u.username FROM ${paging.from} WHERE ${paging.where} ORDER BY ${pageOrder(query)} LIMIT 50`).all(...paging.params);
    };
    const service = median(() => searchUsers(site.db, query));
    const pageMs = total === 0 ? 0 : median(page);
    const countMs = median(() => count.get(...counting.params));
    const last = searchUsers(site.db, query).last;
    const nextMs = last ? median(() => searchUsers(site.db, { ...query, seek: last })) : 0;
    rows.push(
      `${pad(kind, 16)} ${pad(text || `(sorted by ${query.sort.column})`, 70)} ${String(total).padStart(8)} ${num(service)} ${num(pageMs)} ${num(countMs)} ${num(nextMs)}`,
    );
  }
  print(`${title}: median of ${RUNS} runs, ms; service = searchUsers (page of 50 + count); next = the page after it by its seek key`);
  print('goals: page < 5, count < 20');
  for (const row of rows) print(row);
}
