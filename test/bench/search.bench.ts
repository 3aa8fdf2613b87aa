import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, it } from 'vitest';
import { userListQuerySchema } from '@shared/contract';
import { parseSearch } from '@shared/search';
import { MemoryKeyStore } from '../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../electron/services/site/open-site';
import { compileSearch, scansSearchText, SEARCH_TEXT_INDEX } from '../../electron/services/site/search-sql';
import { pagesByOrderIndex, searchUsers } from '../../electron/services/site/user-search';
import { makeTempDir } from '../support/temp-dir';

// Search speed on 100,000 generated users: for each operator kind, the first page of 50 through the service
// (searchUsers, which also counts), the page alone and the count alone. Goals: page < 5 ms, count < 20 ms.
// Prints a table of medians; asserts nothing.

const USERS = 100_000;
const RUNS = 9;
const FIRST = ['Anna', 'Bernd', 'Chloé', 'Dmitri', 'Élodie', 'Fatima', 'Günter', 'Hanako', 'Ivan', 'José', 'Kai', 'Lars', 'Mónica', 'Nils', 'Olga', 'Pál'];
const LAST = ['Müller', 'Meier', 'Schmidt', 'Dubois', 'Rossi', 'García', 'Sato', 'Kumar', 'Novak', 'Jensen', 'Öztürk', 'Bloggs', 'Hong', 'Weiß'];
const DEPTS = ['Management', 'HR', 'R&D', 'Sales', 'Support', 'Design', 'Finance', 'Logistics', 'Legal', 'Night operations'];

const KINDS: [kind: string, text: string][] = [
  ['free word', 'müller'],
  ['two free words', 'anna sales'],
  ['infix word', 'ller'],
  ['short word', 'ka'],
  ['field:value', 'dept:finance'],
  ['phrase', '"night operations"'],
  ['negation', '-dept:sales'],
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
  ['a mix', 'dept:sales vip>=2 -is:disabled (priv:sms OR group:"night shift") müller'],
];

let site: OpenSite;
const dir = makeTempDir('roster-search-bench-');
const print = (line: string) => process.stdout.write(`[bench:search] ${line}\n`);

beforeAll(async () => {
  const seeding = performance.now();
  site = await OpenSite.create(join(dir.path, 'bench.roster'), 'Search bench', new MemoryKeyStore());
  const db = site.db;
  const insert = db.prepare(`INSERT INTO users (username, first_name, last_name, department, vip, email, mobile, phone, number, enabled, sms, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const secret = db.prepare(`INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) VALUES ('user', ?, 'pin', ?, ?, ?, ?)`);
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
      const id = insert.run(username, first, last, DEPTS[i % DEPTS.length], i % 6, `${username}@example.com`, i % 3 === 0 ? '' : `+4179${String(i).padStart(7, '0')}`,
        `+4144${String(i).padStart(7, '0')}`, String(10_000 + i), i % 20 === 0 ? 0 : 1, i % 7 === 0 ? 1 : 0, created, created).lastInsertRowid as number;
      if (i % 4 === 0) secret.run(id, Buffer.alloc(12), Buffer.alloc(16), Buffer.alloc(8), now);
      if (i % 11 === 0) member.run(groups[i % groups.length], id);
    }
  })();
  db.exec('ANALYZE');
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

it('prints search timings per operator kind', () => {
  const rows: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  const num = (v: number) => v.toFixed(2).padStart(8);
  rows.push(`${pad('kind', 16)} ${pad('query', 70)} ${'matches'.padStart(8)} ${'service'.padStart(8)} ${'page'.padStart(8)} ${'count'.padStart(8)}`);
  for (const [kind, text] of KINDS) {
    const query = userListQuerySchema.parse({ text, limit: 50 });
    const parsed = parseSearch(text);
    if (!parsed.ok || !parsed.query) throw new Error(`${text} does not parse`);
    const condition = compileSearch(site.db, parsed.query);
    // As searchUsers does: a short word is read through the search_text index (migration 007).
    const from = scansSearchText(parsed.query) ? `users u INDEXED BY ${SEARCH_TEXT_INDEX}` : 'users u';
    // As searchUsers does: the page by username walks the username index, the count looks matches up.
    const total = searchUsers(site.db, query).total;
    const paged = compileSearch(site.db, parsed.query, { walkOrderIndex: pagesByOrderIndex(query, total) });
    const page = site.db.prepare(`SELECT u.id, u.username FROM ${from} WHERE u.deleted_at IS NULL AND ${paged.sql} ORDER BY u.username COLLATE NOCASE, u.id LIMIT 50`);
    const count = site.db.prepare(`SELECT count(*) FROM ${from} WHERE u.deleted_at IS NULL AND ${condition.sql}`).pluck();
    const service = median(() => searchUsers(site.db, query));
    const pageMs = median(() => page.all(...paged.params));
    const countMs = median(() => count.get(...condition.params));
    rows.push(`${pad(kind, 16)} ${pad(text, 70)} ${String(total).padStart(8)} ${num(service)} ${num(pageMs)} ${num(countMs)}`);
  }
  print(`median of ${RUNS} runs, ms; service = searchUsers (page of 50 + count); goals: page < 5, count < 20`);
  for (const row of rows) print(row);
});
