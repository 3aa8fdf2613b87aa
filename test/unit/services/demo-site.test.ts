import { describe, expect, it } from 'vitest';
import { FACTORY_PRIVILEGES } from '@shared/domain';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';
import { OpenSite } from '../../../electron/services/site/open-site';
import { readDefaults } from '../../../electron/services/site/save-defaults';
import { searchUsers } from '../../../electron/services/site/user-search';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, userIdByName } from './site-fixtures';
import { join } from 'node:path';

const tempDir = useTempDirs();

describe('demo site', () => {
  it('holds the six users of the user list with their numbers, groups and no secrets', async () => {
    const site = await demoSite(tempDir());
    const { total, rows } = searchUsers(site.db, userListQuerySchema.parse({}));
    expect(total).toBe(6);
    expect(rows.map((r) => [r.username, r.lastName, r.firstName, r.department, r.vip, r.phone, r.number, r.mobile])).toEqual([
      ['ashok.kumar', 'Kumar', 'Ashok', 'Management', 5, '1005', '1005', '+41790000000'],
      ['elisabeth.mueller', 'Müller', 'Elisabeth', 'HR', 2, '1009', '1009', '+41790000000'],
      ['fred.bloggs', 'Bloggs', 'Fred', 'Management', 5, '1011', '1011', '+41790000000'],
      ['gildong.hong', 'Hong', 'Gil-dong', 'R&D', 0, '1076', '1076', '+41790000000'],
      ['hanako.sato', 'Sato', 'Hanako', 'Design', 2, '1099', '1099', '+41790000000'],
      ['hans.meier', 'Meier', 'Hans', 'Support', 0, '1054', '1054', '+41790000000'],
    ]);
    expect(site.user(userIdByName(site, 'elisabeth.mueller')).language).toBe('de');
    expect(site.user(userIdByName(site, 'hans.meier')).email).toBe('hans.meier@company.domain');
    expect(site.groups.list().map((g) => g.name)).toEqual(['Human resources', 'Management', 'Night shift', 'Support team']);
    const management = site.groups.list().find((g) => g.name === 'Management')!;
    expect(management.memberCount).toBe(2);
    expect(management.permissionReferences).toBe(1);
    expect(site.pool.ranges()).toEqual([{ first: 1000, last: 1999 }]);
    expect(site.db.prepare('SELECT count(*) FROM secrets').pluck().get()).toBe(0);
    const defaults = readDefaults(site);
    expect(defaults.privileges).toEqual(FACTORY_PRIVILEGES);
    expect(defaults.voicemail.forwardToEmail).toBe(true);
    expect(defaults.fax.forwardToEmail).toBe(true);
    expect(defaults.initialPassword).toEqual({ set: false, unreadable: false });
    site.close();
  });

  it('gives an empty site the same defaults and an empty pool', async () => {
    const site = await OpenSite.create(join(tempDir(), 'empty.roster'), 'Empty', new MemoryKeyStore());
    expect(site.defaults.get().privileges).toEqual(FACTORY_PRIVILEGES);
    expect(site.pool.ranges()).toEqual([]);
    expect(site.pool.nextFree()).toBeNull();
    expect(site.info().userCount).toBe(0);
    site.close();
  });
});
