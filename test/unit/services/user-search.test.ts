import { describe, expect, it } from 'vitest';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import type { UserListQuery } from '@shared/rules/user-list-rules';
import { saveUser } from '../../../electron/services/site/save-user';
import { searchUsers } from '../../../electron/services/site/user-search';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor, userIdByName } from './site-fixtures';

const tempDir = useTempDirs();

const names = (site: OpenSite, query: UserListQuery) => searchUsers(site.db, userListQuerySchema.parse(query)).rows.map((r) => r.username);

describe('searchUsers', () => {
  it('matches infix, ignoring case and accents, every word required', async () => {
    const site = await demoSite(tempDir());
    expect(names(site, { text: 'muller' })).toEqual(['elisabeth.mueller']);
    expect(names(site, { text: 'MÜLL' })).toEqual(['elisabeth.mueller']);
    expect(names(site, { text: 'loggs' })).toEqual(['fred.bloggs']);
    expect(names(site, { text: 'management kumar' })).toEqual(['ashok.kumar']);
    expect(names(site, { text: 'management nobody' })).toEqual([]);
    expect(names(site, { text: '107' })).toEqual(['gildong.hong']);
    expect(names(site, { text: 'company.domain' })).toHaveLength(6);
    // FTS syntax in the text is taken literally, never as an operator (quoted, as the search language
    // now gives * and OR a meaning of its own).
    expect(names(site, { text: '"\\"kum"' })).toEqual([]);
    expect(names(site, { text: '"kum* OR"' })).toEqual([]);
    site.close();
  });

  it('matches words shorter than three characters with LIKE', async () => {
    const site = await demoSite(tempDir());
    expect(names(site, { text: 'R&' })).toEqual(['gildong.hong']);
    expect(names(site, { text: 'hr' })).toEqual(['elisabeth.mueller']);
    expect(names(site, { text: '%' })).toEqual([]);
    expect(names(site, { text: 'ha sato' })).toEqual(['hanako.sato']);
    site.close();
  });

  it('finds aliases, and follows edits', async () => {
    const site = await demoSite(tempDir());
    const hans = site.user(userIdByName(site, 'hans.meier'));
    saveUser(site, {
      ...draftFor(site, {}),
      ...hans,
      aliases: ['+41445556677'],
      lastName: 'Maier',
      password: { action: 'keep' },
      pin: { action: 'keep' },
    });
    expect(names(site, { text: '5556677' })).toEqual(['hans.meier']);
    expect(names(site, { text: 'meier' })).toEqual(['hans.meier']); // still in the username
    expect(names(site, { text: 'maier' })).toEqual(['hans.meier']);
    site.close();
  });

  it('filters by group and by view, and pages with a total', async () => {
    const site = await demoSite(tempDir());
    const management = site.groups.byName('Management', null)!;
    expect(names(site, { groupId: management.id })).toEqual(['ashok.kumar', 'fred.bloggs']);
    site.users.softDelete([userIdByName(site, 'ashok.kumar')], new Date().toISOString());
    expect(names(site, { groupId: management.id })).toEqual(['fred.bloggs']);
    expect(names(site, { view: 'deleted' })).toEqual(['ashok.kumar']);
    expect(names(site, { view: 'deleted', text: 'kumar' })).toEqual(['ashok.kumar']);
    const page = searchUsers(site.db, userListQuerySchema.parse({ offset: 2, limit: 2 }));
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.username)).toEqual(['gildong.hong', 'hanako.sato']);
    site.close();
  });

  it('sorts by the whitelisted columns in both directions', async () => {
    const site = await demoSite(tempDir());
    expect(names(site, { sort: { column: 'lastName', direction: 'asc' } })).toEqual([
      'fred.bloggs',
      'gildong.hong',
      'ashok.kumar',
      'hans.meier',
      'elisabeth.mueller',
      'hanako.sato',
    ]);
    expect(names(site, { sort: { column: 'vip', direction: 'desc' } }).slice(0, 2)).toEqual(['fred.bloggs', 'ashok.kumar']);
    saveUser(site, draftFor(site, { username: 'zed', number: '999' }));
    expect(names(site, { sort: { column: 'number', direction: 'asc' } })[0]).toBe('zed');
    expect(names(site, { sort: { column: 'username', direction: 'desc' } })[0]).toBe('zed');
    site.close();
  });
});
