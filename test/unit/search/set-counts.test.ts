import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { searchUserIds, searchUsers } from '../../../electron/services/site/user-search';
import { useTempDirs } from '../../support/temp-dir';

// A query that is one set of users (a word, a phrase, a field's value, has:pin, a group) or its negation is
// counted from that set's own index, less the deleted users in it; has: and group: are looked up user by user
// while the first page walks the list order; a set with a flag (vip>=4) is read by looking its users up. Both must give what the plain rule gives: checked here against
// that rule written out in plain code, with deleted users holding every kind of thing searched for.

const tempDir = useTempDirs();

const USERS = 3_000; // has:pin then matches more than 2,000: its first page walks the list order
const hasPin = (i: number) => i % 10 !== 0;
const inGroup = (i: number) => i % 3 === 0;
const nightShift = (i: number) => i % 4 === 0;
const deleted = (i: number) => i % 7 === 0;
const vip = (i: number) => i % 6;

async function site(): Promise<OpenSite> {
  const opened = await OpenSite.create(join(tempDir(), 'sets.roster'), 'Sets', new MemoryKeyStore());
  const db = opened.db;
  const now = '2026-01-01T00:00:00.000Z';
  const insert = db.prepare(`INSERT INTO users (username, department, vip, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const pin = db.prepare(`INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) VALUES ('user', ?, 'pin', ?, ?, ?, ?)`);
  const member = db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)');
  db.transaction(() => {
    const group = db.prepare("INSERT INTO user_groups (name, created_at, updated_at) VALUES ('Night shift', ?, ?)").run(now, now).lastInsertRowid;
    for (let i = 0; i < USERS; i++) {
      const id = insert.run(`user${i}`, nightShift(i) ? 'Night operations' : 'Sales', vip(i), now, now, deleted(i) ? now : null).lastInsertRowid;
      if (hasPin(i)) pin.run(id, Buffer.alloc(12), Buffer.alloc(16), Buffer.alloc(8), now);
      if (inGroup(i)) member.run(group, id);
    }
  })();
  return opened;
}

/** The usernames the rule selects, among the active users or the deleted ones, in list order (user2 before user10). */
function expected(rule: (i: number) => boolean, view: 'active' | 'deleted' = 'active'): string[] {
  return Array.from({ length: USERS }, (_, i) => i)
    .filter((i) => deleted(i) === (view === 'deleted') && rule(i))
    .map((i) => `user${i}`);
}

const query = (text: string, extra: Partial<UserListQuery> = {}) => userListQuerySchema.parse({ text, limit: 50, ...extra });

describe('a query that is one set of users', () => {
  it('counts its active users and pages them in list order, negated too, never counting the deleted ones', async () => {
    const opened = await site();
    const cases: [text: string, rule: (i: number) => boolean][] = [
      ['has:pin', hasPin],
      ['-has:pin', (i) => !hasPin(i)],
      ['group:"night shift"', inGroup],
      ['-group:"Night Shift"', (i) => !inGroup(i)],
      ['"night operations"', nightShift],
      ['-"night operations"', (i) => !nightShift(i)],
      ['dept:sales', (i) => !nightShift(i)],
      ['-dept:sales', nightShift],
      ['user1', (i) => String(i).startsWith('1')],
      ['-user1', (i) => !String(i).startsWith('1')],
      ['zz', () => false],
      ['-zz', () => true],
      // A set with a flag: the set's users are looked up, not the flags of every user read.
      ['user1 vip>=4', (i) => String(i).startsWith('1') && vip(i) >= 4],
      ['has:pin vip:5', (i) => hasPin(i) && vip(i) === 5],
      ['group:"night shift" vip<2 "night operations"', (i) => inGroup(i) && vip(i) < 2 && nightShift(i)],
    ];
    for (const [text, rule] of cases) {
      const matches = expected(rule);
      const { total, rows } = searchUsers(opened.db, query(text));
      expect(total, text).toBe(matches.length);
      expect(
        rows.map((row) => row.username),
        text,
      ).toEqual(matches.slice(0, 50));
      // "Select all matching" counts the same way.
      expect(searchUserIds(opened.db, query(text), 10).total, text).toBe(matches.length);
    }
    // The deleted users' view, and a set under a group filter, are counted among the users they ask for.
    expect(searchUsers(opened.db, query('has:pin', { view: 'deleted' })).total).toBe(expected(hasPin, 'deleted').length);
    const groupId = opened.db.prepare('SELECT id FROM user_groups').pluck().get() as number;
    expect(searchUsers(opened.db, query('has:pin', { groupId })).total).toBe(expected((i) => hasPin(i) && inGroup(i)).length);
    opened.close();
  });

  it('follows a user who is deleted, restored or purged', async () => {
    const opened = await site();
    const before = expected(hasPin).length;
    const id = (name: string) => opened.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(name) as number;
    opened.db.prepare('UPDATE users SET deleted_at = ? WHERE id = ?').run('2026-02-01T00:00:00.000Z', id('user1'));
    expect(searchUsers(opened.db, query('has:pin')).total).toBe(before - 1);
    expect(searchUsers(opened.db, query('-has:pin')).total).toBe(expected((i) => !hasPin(i)).length);
    opened.db.prepare('UPDATE users SET deleted_at = NULL WHERE id = ?').run(id('user7'));
    expect(searchUsers(opened.db, query('has:pin')).total).toBe(before);
    // A purged user's secrets go with the user.
    opened.db.prepare('DELETE FROM users WHERE id = ?').run(id('user14'));
    expect(searchUsers(opened.db, query('has:pin')).total).toBe(before);
    expect(searchUsers(opened.db, query('has:pin', { view: 'deleted' })).total).toBe(expected(hasPin, 'deleted').length - 1);
    opened.close();
  });
});
