import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { USER_LIST_COLUMNS } from '@shared/user-record/list-columns';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { searchUsers } from '../../../electron/services/site/user-search';
import { makeTempDir } from '../../support/temp-dir';

// Paging by key (users.list's seek and backward) lists exactly the users paging by offset lists, in the same
// order, for every sort column in both directions: with ties on the sort value (broken by id), in the deleted
// view (where usernames repeat), and read backward from the end (what End and a jump far down do).

const USERS = 230;
const PAGE = 17;
const DEPTS = ['Sales', 'sales', 'HR', '', 'Legal'];
const dir = makeTempDir('roster-keyset-');
let site: OpenSite;

beforeAll(async () => {
  site = await OpenSite.create(join(dir.path, 'keyset.roster'), 'Keyset', new MemoryKeyStore());
  const db = site.db;
  const insert =
    db.prepare(`INSERT INTO users (username, first_name, last_name, department, vip, email, number, enabled, source, created_at, updated_at, deleted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (let i = 0; i < USERS; i++) {
      // Every fourth user is deleted, and deleted users share usernames with each other (a name reused).
      const deleted = i % 4 === 0;
      const username = deleted ? `gone.${i % 3}` : `user${i % 50}.${i}`;
      const created = new Date(Date.UTC(2025, 0, 1) + (i % 9) * 86_400_000).toISOString();
      insert.run(
        username,
        `F${i % 5}`,
        `L${i % 7}`,
        DEPTS[i % DEPTS.length],
        i % 6,
        `${username}@example.com`,
        i % 3 === 0 ? '' : String(900 + i),
        i % 5 === 0 ? 0 : 1,
        i % 2 === 0 ? 'manual' : 'ldap',
        created,
        created,
        deleted ? created : null,
      );
    }
  })();
});

afterAll(() => {
  site?.close();
  dir.remove();
});

const list = (query: UserListQuery) => searchUsers(site.db, userListQuerySchema.parse(query));

/** Every user of the list by offsets, the reference. */
function byOffset(base: UserListQuery): number[] {
  return list({ ...base, offset: 0, limit: 1000 }).rows.map((row) => row.id);
}

/** Every user by walking forward page by page from the last row's key. */
function forwardByKey(base: UserListQuery): number[] {
  const ids: number[] = [];
  let page = list({ ...base, limit: PAGE });
  while (page.rows.length > 0) {
    ids.push(...page.rows.map((row) => row.id));
    page = list({ ...base, limit: PAGE, seek: page.last ?? null });
  }
  return ids;
}

/** Every user by walking backward from the end, page by page from the first row's key. */
function backwardByKey(base: UserListQuery): number[] {
  const pages: number[][] = [];
  let page = list({ ...base, limit: PAGE, backward: true });
  while (page.rows.length > 0) {
    pages.unshift(page.rows.map((row) => row.id));
    page = list({ ...base, limit: PAGE, backward: true, seek: page.first ?? null });
  }
  return pages.flat();
}

describe('keyset paging lists the same users as offset paging', () => {
  for (const view of ['active', 'deleted'] as const) {
    for (const column of USER_LIST_COLUMNS) {
      for (const direction of ['asc', 'desc'] as const) {
        it(`${view} view, by ${column} ${direction}`, () => {
          const base: UserListQuery = { view, sort: { column, direction } };
          const reference = byOffset(base);
          expect(reference.length).toBeGreaterThan(40);
          expect(forwardByKey(base)).toEqual(reference);
          expect(backwardByKey(base)).toEqual(reference);
        });
      }
    }
  }

  it('a key with a skip lands where the offset does, forward and backward (a jump far down)', () => {
    const base: UserListQuery = { text: 'is:enabled', sort: { column: 'department', direction: 'asc' } };
    const reference = byOffset(base);
    const first = list({ ...base, limit: 10 });
    const skipped = list({ ...base, limit: 10, seek: first.last ?? null, offset: 25 });
    expect(skipped.rows.map((row) => row.id)).toEqual(reference.slice(35, 45));
    const fromEnd = list({ ...base, limit: 10, backward: true, offset: 5 });
    expect(fromEnd.rows.map((row) => row.id)).toEqual(reference.slice(reference.length - 15, reference.length - 5));
  });

  it('a key of another order is refused, not answered wrongly', () => {
    const byName = list({ limit: 5 });
    expect(() => list({ sort: { column: 'number', direction: 'asc' }, seek: byName.last ?? null })).toThrow();
  });
});
