import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { english, translate } from '@shared/i18n/en';
import { userListQuerySchema, userListSettingsSchema } from '@shared/rules/user-list-rules';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { naturalOrderKey } from '../../../electron/services/site/natural-order';
import { OpenSite } from '../../../electron/services/site/open-site';
import { pageMatching, pageOrder, searchUsers } from '../../../electron/services/site/user-search';
import { accountStateText } from '../../../renderer/src/user-list/accountState';
import { makeTempDir } from '../../support/temp-dir';

describe('natural username order', () => {
  const dir = makeTempDir('roster-natural-order-');
  let site: OpenSite;
  const now = '2026-01-01T00:00:00.000Z';

  beforeAll(async () => {
    site = await OpenSite.create(join(dir.path, 'natural.roster'), 'Natural order', new MemoryKeyStore());
    const insert = site.db.prepare('INSERT INTO users (username, created_at, updated_at) VALUES (?, ?, ?)');
    for (const username of ['anna.abbasi10', 'anna.abbasi2', 'Anna.Abbasi1', 'anna.abbasi', 'anna.b', 'bob007', 'bob7x', 'bob10'])
      insert.run(username, now, now);
  });
  afterAll(() => {
    site?.close();
    dir.remove();
  });

  const listed = (direction: 'asc' | 'desc', text = '') =>
    searchUsers(site.db, userListQuerySchema.parse({ text, sort: { column: 'username', direction } })).rows.map((row) => row.username);

  it('sorts numbers in usernames by value, case-blind, both ways', () => {
    expect(listed('asc')).toEqual(['anna.abbasi', 'Anna.Abbasi1', 'anna.abbasi2', 'anna.abbasi10', 'anna.b', 'bob007', 'bob7x', 'bob10']);
    expect(listed('desc')).toEqual(['bob10', 'bob7x', 'bob007', 'anna.b', 'anna.abbasi10', 'anna.abbasi2', 'Anna.Abbasi1', 'anna.abbasi']);
    // A short word reads the index named for it (users_search_text_active): the same order.
    expect(listed('asc', 'ab')).toEqual(['anna.abbasi', 'Anna.Abbasi1', 'anna.abbasi2', 'anna.abbasi10']);
  });

  it('walks the username index for a first page of many users instead of sorting them all', () => {
    const query = userListQuerySchema.parse({ limit: 50 });
    const page = pageMatching(site.db, query, 100_000);
    const plan = site.db
      .prepare(`EXPLAIN QUERY PLAN SELECT u.id FROM ${page.from} WHERE ${page.where} ORDER BY ${pageOrder(query)} LIMIT 50`)
      .all(...page.params) as { detail: string }[];
    const steps = plan.map((step) => step.detail).join(' | ');
    expect(steps).toContain('users_natural_order_active');
    expect(steps).not.toContain('TEMP B-TREE');
  });

  it('keys: digit runs by value, at any length; letters and punctuation as before', () => {
    expect(naturalOrderKey('Anna.Abbasi10')).toBe('anna.abbasi0210\u0001Anna.Abbasi10');
    expect(naturalOrderKey('x00')).toBe('x00\u0001x00');
    expect(naturalOrderKey('a123456789012345678901')).toBe('a21123456789012345678901\u0001a123456789012345678901');
    expect(naturalOrderKey('bob007') < naturalOrderKey('bob7')).toBe(true);
    expect(naturalOrderKey('u99') < naturalOrderKey('u100')).toBe(true);
  });

  it('lists state and creation date with every row', () => {
    const row = searchUsers(site.db, userListQuerySchema.parse({ text: 'bob10' })).rows[0]!;
    expect(row).toMatchObject({ phantom: false, lockedUntil: null, createdAt: now, enabled: true });
  });
});

describe('user list columns and messages', () => {
  it('a site that saved its columns before State and Created keeps them', () => {
    const saved = { columns: ['username', 'lastName', 'number'], widths: { username: 200 }, views: [] };
    expect(userListSettingsSchema.parse(saved)).toEqual(saved);
    expect(userListSettingsSchema.parse({ ...saved, columns: ['username', 'state', 'created'] }).columns).toEqual(['username', 'state', 'created']);
  });

  it('the State column says what the account is now', () => {
    const base = { deletedAt: null, phantom: false, lockedUntil: null, enabled: true };
    const now = new Date('2026-06-01T00:00:00.000Z');
    expect(accountStateText(base, now)).toBe('Enabled');
    expect(accountStateText({ ...base, enabled: false }, now)).toBe('Disabled');
    expect(accountStateText({ ...base, lockedUntil: '9999-12-31T23:59:59.999Z' }, now)).toBe('Locked (until unlocked)');
    expect(accountStateText({ ...base, lockedUntil: '2026-06-02T10:00:00.000Z' }, now)).toMatch(/^Locked \(until .+\)$/);
    expect(accountStateText({ ...base, lockedUntil: '2026-05-01T00:00:00.000Z' }, now)).toBe('Enabled');
    expect(accountStateText({ ...base, phantom: true }, now)).toBe('Phantom');
    expect(accountStateText({ ...base, deletedAt: '2026-01-01T00:00:00.000Z' }, now)).toBe('Deleted');
  });

  it('numbers in messages are grouped as the language writes them; identifiers are not', () => {
    expect(translate(english, 'export.done', { count: 100_000, path: '/tmp/u.csv' })).toBe('Exported 100,000 users to /tmp/u.csv.');
    expect(translate(english, 'rule.pin.format', { max: 20 })).toBe('A PIN is made of digits only (0-9), at most 20.');
    expect(translate(english, 'cucmImport.filter.at', { line: 12345, column: 3, message: 'x' })).toBe('Line 12345, column 3: x');
  });
});
