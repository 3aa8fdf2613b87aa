import { describe, expect, it } from 'vitest';
import { RosterError } from '@shared/result';
import { restoreUsers } from '../../../electron/services/site/restore-users';
import { saveUser } from '../../../electron/services/site/save-user';
import { deleteGroup } from '../../../electron/services/site/delete-group';
import { newUserDraft } from '../../../electron/services/site/new-user-draft';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor, userIdByName } from './site-fixtures';

const tempDir = useTempDirs();

describe('users', () => {
  it('creates, reads, updates, deletes, restores and purges a user', async () => {
    const site = await demoSite(tempDir());
    const management = site.groups.byName('management', null)!;
    const created = saveUser(
      site,
      draftFor(site, { username: 'anna.berg', lastName: 'Berg', aliases: ['+41441234567', 'anna'], groupIds: [management.id] }),
    );
    expect(created).toMatchObject({
      username: 'anna.berg',
      number: '1000',
      source: 'manual',
      aliases: ['+41441234567', 'anna'],
      groupIds: [management.id],
    });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(site.info().userCount).toBe(7);

    const updated = saveUser(site, {
      ...draftFor(site, {}),
      ...created,
      id: created.id,
      department: 'Sales',
      aliases: ['anna'],
      groupIds: [],
      password: { action: 'keep' },
      pin: { action: 'keep' },
    });
    expect(updated).toMatchObject({ department: 'Sales', aliases: ['anna'], groupIds: [] });

    expect(site.users.softDelete([created.id], new Date().toISOString())).toBe(1);
    expect(site.user(created.id).deletedAt).not.toBeNull();
    expect(site.info().userCount).toBe(6);
    expect(restoreUsers(site, [created.id])).toBe(1);
    expect(site.user(created.id).deletedAt).toBeNull();

    expect(site.users.purgeDeleted([created.id])).toBe(0); // active users are not purged
    site.users.softDelete([created.id], new Date().toISOString());
    expect(site.users.purgeDeleted([created.id])).toBe(1);
    expect(() => site.user(created.id)).toThrow(RosterError);
    expect(site.db.prepare('SELECT count(*) FROM user_aliases WHERE user_id = ?').pluck().get(created.id)).toBe(0);
    site.close();
  });

  it('refuses a username differing only in case and a taken number, at the field', async () => {
    const site = await demoSite(tempDir());
    const attempt = (changes: object) => {
      try {
        saveUser(site, draftFor(site, { username: 'new.user', ...changes }));
        return null;
      } catch (error) {
        return error as RosterError;
      }
    };
    expect(attempt({ username: 'Ashok.Kumar' })).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['username'], message: 'rule.username.taken' }],
    });
    expect(attempt({ number: '1011' })).toMatchObject({
      code: 'CONFLICT',
      issues: [{ path: ['number'], message: 'rule.number.taken', params: { number: '1011', username: 'fred.bloggs' } }],
    });
    expect(attempt({ groupIds: [999] })).toMatchObject({ issues: [{ path: ['groupIds', 0], message: 'rule.group.unknown' }] });
    expect(site.info().userCount).toBe(6);
    site.close();
  });

  it('refuses to restore a user whose username an active user took meanwhile', async () => {
    const site = await demoSite(tempDir());
    const hans = userIdByName(site, 'hans.meier');
    site.users.softDelete([hans], new Date().toISOString());
    saveUser(site, draftFor(site, { username: 'HANS.MEIER' }));
    let error: RosterError | null = null;
    try {
      restoreUsers(site, [hans]);
    } catch (e) {
      error = e as RosterError;
    }
    expect(error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.restore.usernameTaken',
      params: { username: 'hans.meier', holder: 'HANS.MEIER' },
    });
    expect(site.user(hans).deletedAt).not.toBeNull();
    site.close();
  });

  it('gives a new user the first free number, skipping active users only', async () => {
    const site = await demoSite(tempDir());
    site.pool.replace([
      { first: 1004, last: 1006 },
      { first: 1009, last: 1012 },
    ]);
    expect(newUserDraft(site).number).toBe('1004');
    saveUser(site, draftFor(site, { username: 'a1', number: '1004' }));
    expect(newUserDraft(site).number).toBe('1006');
    saveUser(site, draftFor(site, { username: 'a2', number: '1006' }));
    expect(newUserDraft(site).number).toBe('1010');
    site.users.softDelete([userIdByName(site, 'fred.bloggs')], new Date().toISOString());
    site.pool.replace([{ first: 1011, last: 1011 }]);
    expect(newUserDraft(site).number).toBe('1011');
    site.pool.replace([{ first: 1005, last: 1005 }]);
    expect(newUserDraft(site).number).toBe('');
    site.close();
  });

  it('refuses to delete a group used for contacts, naming it, and otherwise removes its memberships', async () => {
    const site = await demoSite(tempDir());
    const management = site.groups.byName('Management', null)!;
    let error: RosterError | null = null;
    try {
      deleteGroup(site, management.id);
    } catch (e) {
      error = e as RosterError;
    }
    expect(error).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'error.group.referenced',
      params: { group: 'Management', count: 1, usernames: 'fred.bloggs' },
    });
    const nightShift = site.groups.byName('Night shift', null)!;
    expect(deleteGroup(site, nightShift.id)).toBe(2);
    expect(site.groups.get(nightShift.id)).toBeNull();
    // IDs are never reused.
    const next = site.groups.insert('Night shift', '', new Date().toISOString());
    expect(next).toBeGreaterThan(nightShift.id);
    expect(() => site.db.prepare('UPDATE user_groups SET id = 99 WHERE id = ?').run(next)).toThrow(/cannot be changed/);
    site.close();
  });
});
