import { describe, expect, it } from 'vitest';
// The contract first: it loads the channel maps in the order they need.
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import { USER_LIST_SECTION } from '@shared/rules/user-list-rules';
import { searchUsers } from '../../../electron/services/site/user-search';
import { searchTerm, withTerm } from '@shared/search';
import { readUserListSettings, saveUserListSettings } from '../../../electron/services/user-list/user-list-settings';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite } from '../services/site-fixtures';

const tempDir = useTempDirs();
const sort = { column: 'username', direction: 'asc' } as const;

describe('saved views are search text and order', () => {
  it('turns the group and state of a view saved before the chips into search terms finding the same users', async () => {
    const site = await demoSite(tempDir());
    const night = site.groups.list().find((group) => group.name === 'Night shift')!;
    site.db.prepare("UPDATE users SET locked_until = '2999-01-01T00:00:00.000Z' WHERE username = 'hans.meier'").run();
    const legacy = { name: 'Locked night staff', text: 'hans', groupId: night.id, state: 'locked' as const, sort };
    const before = searchUsers(site.db, userListQuerySchema.parse({ text: 'hans', groupId: night.id, state: 'locked' })).rows.map((r) => r.username);
    site.settings.write(USER_LIST_SECTION, {
      columns: ['username'],
      widths: {},
      views: [legacy, { name: 'Gone group', text: '', groupId: 99_999, state: null, sort }],
    });

    const views = readUserListSettings(site).views;
    expect(views).toEqual([
      { name: 'Locked night staff', text: 'hans group:"Night shift" is:locked', sort },
      { name: 'Gone group', text: '', sort },
    ]);
    const after = searchUsers(site.db, userListQuerySchema.parse({ text: views[0]!.text })).rows.map((r) => r.username);
    expect(before).toEqual(['hans.meier']);
    expect(after).toEqual(before);
    site.close();
  });

  it('stores a new view without group or state fields', async () => {
    const site = await demoSite(tempDir());
    const saved = saveUserListSettings(site, { columns: ['username'], widths: {}, views: [{ name: 'Expired PINs', text: 'is:pinexpired', sort }] });
    expect(saved.views).toEqual([{ name: 'Expired PINs', text: 'is:pinexpired', sort }]);
    const stored = JSON.parse(site.db.prepare('SELECT json FROM settings WHERE section = ?').pluck().get(USER_LIST_SECTION) as string) as {
      views: unknown[];
    };
    expect(stored.views[0]).toEqual({ name: 'Expired PINs', text: 'is:pinexpired', sort });
    site.close();
  });
});

describe('is:passwordexpired and is:pinexpired', () => {
  it('find the users whose password or PIN has expired, each on its own', async () => {
    const site = await demoSite(tempDir());
    site.db.prepare("UPDATE users SET password_expired = 1 WHERE username = 'fred.bloggs'").run();
    site.db.prepare("UPDATE users SET pin_expired = 1 WHERE username = 'hans.meier'").run();
    const names = (text: string) => searchUsers(site.db, userListQuerySchema.parse({ text })).rows.map((r) => r.username);
    expect(names('is:passwordexpired')).toEqual(['fred.bloggs']);
    expect(names('is:pinexpired')).toEqual(['hans.meier']);
    expect(names('is:expired')).toEqual(['fred.bloggs', 'hans.meier']);
    expect(names('-is:pinexpired is:expired')).toEqual(['fred.bloggs']);
    site.close();
  });
});

describe('filter chips as search terms', () => {
  it('quotes values with spaces and adds a term once, quoted or not', () => {
    expect(searchTerm('group', 'Night shift')).toBe('group:"Night shift"');
    expect(searchTerm('dept', 'Sales')).toBe('dept:Sales');
    expect(withTerm('', 'group:"Night shift"')).toBe('group:"Night shift"');
    expect(withTerm('hans  group:"Night shift"', 'group:"Night shift"')).toBe('hans  group:"Night shift"');
    expect(withTerm('group:"Night shift"', 'is:locked')).toBe('group:"Night shift" is:locked');
    expect(withTerm('group:"Night shift owls"', 'group:"Night shift"')).toBe('group:"Night shift owls" group:"Night shift"');
    expect(withTerm('is:lockedout', 'is:locked')).toBe('is:lockedout is:locked');
  });
});
