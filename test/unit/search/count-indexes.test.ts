import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { registerNaturalOrder } from '../../../electron/services/site/natural-order';
import { OpenSite } from '../../../electron/services/site/open-site';
import { countMatching, pageMatching, searchUsers } from '../../../electron/services/site/user-search';
import { useTempDirs } from '../../support/temp-dir';

// Counting vip>=, created>, is:disabled and priv: reads the narrow index of migration 013, not every row; and
// a page after the first takes the total of the first while the site is unchanged, never a stale one.

const tempDir = useTempDirs();
const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((handle) => handle.close()));

const INSERT = `INSERT INTO users (username, first_name, last_name, vip, enabled, sms, created_at, updated_at)
  VALUES (?, 'Anna', 'Muster', ?, ?, ?, ?, ?)`;

async function siteWithUsers(count: number): Promise<{ site: OpenSite; path: string }> {
  const path = join(tempDir(), 'counts.roster');
  const site = await OpenSite.create(path, 'Counts', new MemoryKeyStore());
  open.push(site);
  const insert = site.db.prepare(INSERT);
  site.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const created = `2026-0${1 + (i % 6)}-10T00:00:00.000Z`;
      insert.run(`user${i}`, i % 6, i % 5 === 0 ? 0 : 1, i % 3 === 0 ? 1 : 0, created, created);
    }
  })();
  return { site, path };
}

/** How SQLite counts the matches of a text, without statistics (as the application opens a site). */
function countPlan(site: OpenSite, text: string): string {
  const { from, where, params } = countMatching(site.db, query(text));
  return site.db
    .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM ${from} WHERE ${where}`)
    .all(...params)
    .map((step) => (step as { detail: string }).detail)
    .join(' | ');
}

const query = (text: string, extra: Partial<UserListQuery> = {}) => userListQuerySchema.parse({ text, limit: 10, ...extra });

describe('search counts', () => {
  it('count vip>=, created>, is:disabled and priv: from the index over the active users', async () => {
    const { site } = await siteWithUsers(60);
    for (const text of ['vip>=4', 'created>2026-03-01', 'is:disabled', 'priv:sms', 'updated<2026-02-01', '-number>=1000']) {
      expect(countPlan(site, text), text).toContain('COVERING INDEX users_flags_active');
    }
    // A number range reads the users in the range alone.
    expect(countPlan(site, 'number:1000..1999')).toContain('users_number_value_active');
    expect(searchUsers(site.db, query('vip>=4')).total).toBe(20);
    expect(searchUsers(site.db, query('is:disabled')).total).toBe(12);
    expect(searchUsers(site.db, query('priv:sms')).total).toBe(20);
    expect(searchUsers(site.db, query('created>2026-03-10')).total).toBe(30);
  });

  it('read a page of a rare flag through the flags index, in list order', async () => {
    const { site } = await siteWithUsers(60);
    const text = 'vip>=5 -is:disabled';
    const { total, rows } = searchUsers(site.db, query(text, { limit: 50 }));
    expect(pageMatching(site.db, query(text), total).from).toContain('INDEXED BY users_flags_active');
    // vip = i % 6, disabled when i % 5 === 0; in natural order (user11 after user5), which is the order of i here.
    const expected = Array.from({ length: 60 }, (_, i) => i)
      .filter((i) => i % 6 === 5 && i % 5 !== 0)
      .map((i) => `user${i}`);
    expect(rows.map((row) => row.username)).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('take the first page’s total for the next pages until the site changes, on this connection or another', async () => {
    const { site, path } = await siteWithUsers(60);
    const first = searchUsers(site.db, query('vip>=4'));
    expect(first.total).toBe(20);
    const next = searchUsers(site.db, query('vip>=4', { seek: first.last! }));
    expect(next.total).toBe(20);
    expect(next.rows.map((row) => row.username)).not.toContain(first.rows[0]!.username);

    site.db.prepare(INSERT).run('added.here', 5, 1, 0, '2026-01-01', '2026-01-01');
    expect(searchUsers(site.db, query('vip>=4', { seek: first.last! })).total).toBe(21);

    // Another connection (the import worker writes through its own): its commit is seen too.
    const other = new Database(path);
    open.push(other);
    registerNaturalOrder(other);
    other.prepare(INSERT).run('added.elsewhere', 4, 1, 0, '2026-01-01', '2026-01-01');
    expect(searchUsers(site.db, query('vip>=4', { offset: 10 })).total).toBe(22);
    expect(searchUsers(site.db, query('vip>=4', { backward: true })).total).toBe(22);
  });
});
