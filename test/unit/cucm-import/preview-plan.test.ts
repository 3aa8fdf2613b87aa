import { describe, expect, it } from 'vitest';
import { DEFAULT_CUCM_MAPPING } from '@shared/cucm/cucm-mapping';
import { CucmPreviews } from '../../../electron/services/cucm/cucm-import-previews';
import { saveUser } from '../../../electron/services/site/save-user';
import { useTempDirs } from '../../support/temp-dir';
import { demoSite, draftFor, userIdByName } from '../services/site-fixtures';
import { endUser } from './end-users';
import { importOnce, listOf, previewOf, usernames } from './cucm-fixtures';

const tempDir = useTempDirs();

const alice = () =>
  endUser({
    userid: 'alice.cucm',
    firstName: 'Alice',
    lastName: 'Arnold',
    department: 'Support',
    mailid: 'alice@company.domain',
    primaryExtension: '2001',
    telephoneNumber: '+41 44 555 20 01',
    userLocale: 'German Germany',
  });
const bob = () =>
  endUser({
    userid: 'bob.cucm',
    firstName: 'Bob',
    lastName: 'Brown',
    department: 'Sales',
    mailid: 'bob@company.domain',
    primaryExtension: '2002',
    userLocale: 'English United States',
  });
const carla = () =>
  endUser({
    userid: 'carla.cucm',
    firstName: 'Carla',
    lastName: 'Conti',
    department: 'Support',
    primaryExtension: '2003',
    userLocale: 'Italian Italy',
  });

describe('the CUCM import preview', () => {
  it('lists new user IDs to add with their mapped values, and changes nothing', async () => {
    const site = await demoSite(tempDir());
    const before = site.db.prepare('SELECT count(*) FROM users').pluck().get();
    const preview = await previewOf(site, [alice(), bob()]);
    expect(preview.summary.counts).toEqual({ add: 2, update: 0, delete: 0, unchanged: 0, conflict: 0, problem: 0 });
    expect(listOf(preview, 'add')).toEqual([
      expect.objectContaining({
        username: 'alice.cucm',
        firstName: 'Alice',
        lastName: 'Arnold',
        department: 'Support',
        email: 'alice@company.domain',
        number: '2001',
        userId: null,
      }),
      expect.objectContaining({ username: 'bob.cucm', number: '2002' }),
    ]);
    expect(site.db.prepare('SELECT count(*) FROM users').pluck().get()).toBe(before);
    expect(site.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
    site.close();
  });

  it('never takes over a Roster user of the same name that did not come from CUCM: a conflict, left alone', async () => {
    const site = await demoSite(tempDir());
    const preview = await previewOf(site, [
      endUser({ userid: 'Hans.Meier', firstName: 'Hans', lastName: 'Meier-CUCM', primaryExtension: '4444' }),
      alice(),
    ]);
    expect(listOf(preview, 'conflict')).toEqual([
      expect.objectContaining({ username: 'hans.meier', source: 'manual', userId: userIdByName(site, 'hans.meier') }),
    ]);
    expect(usernames(preview, 'add')).toEqual(['alice.cucm']);
    const result = await importOnce(site, [endUser({ userid: 'hans.meier', lastName: 'Changed' }), alice()]);
    expect(result.record).toMatchObject({ created: 1, updated: 0, deleted: 0, skipped: 1 });
    expect(site.users.get(userIdByName(site, 'hans.meier'))).toMatchObject({ lastName: 'Meier', source: 'manual' });
    site.close();
  });

  it('lists users imported earlier whose mapped fields differ as updates, naming each field before and after', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice(), bob(), carla()]);
    const changedAlice = { ...alice(), department: 'Field support', primaryExtension: '2011', userLocale: 'French Canada' };
    const preview = await previewOf(site, [changedAlice, bob(), carla()]);
    expect(preview.summary.counts).toMatchObject({ add: 0, update: 1, delete: 0, unchanged: 2 });
    expect(listOf(preview, 'update')).toEqual([
      expect.objectContaining({
        username: 'alice.cucm',
        department: 'Field support',
        number: '2011',
        changes: [
          { field: 'department', before: 'Support', after: 'Field support' },
          { field: 'language', before: 'de', after: 'fr' },
          { field: 'number', before: '2001', after: '2011' },
        ],
      }),
    ]);
    site.close();
  });

  it('deletes users imported from CUCM earlier that the filters no longer return, and only those', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice(), bob(), carla()]);
    // Bob moved to another department: the SQL filter no longer keeps him. Carla left CUCM altogether.
    const preview = await previewOf(site, [alice(), { ...bob(), department: 'Marketing' }], { sqlFilter: "usr_Department IN ('support', 'sales')" });
    expect(preview.summary).toMatchObject({ fetched: 2, matched: 1 });
    expect(usernames(preview, 'delete')).toEqual(['bob.cucm', 'carla.cucm']);
    // The demo's users (typed by hand) are never deleted by a CUCM import.
    expect(listOf(preview, 'delete').every((row) => row.userId !== userIdByName(site, 'hans.meier'))).toBe(true);
    expect(preview.summary.counts).toMatchObject({ delete: 2, unchanged: 1 });
    site.close();
  });

  it('lists users whose mapped values break the editor rules as problems, with the field and the reason', async () => {
    const site = await demoSite(tempDir());
    const preview = await previewOf(site, [
      endUser({ userid: 'no spaces allowed', primaryExtension: '3001' }),
      endUser({ userid: 'eve.cucm', mailid: 'not-an-address', primaryExtension: '12-34' }),
      alice(),
      endUser({ userid: 'ALICE.cucm', firstName: 'Other' }),
    ]);
    expect(usernames(preview, 'add')).toEqual(['alice.cucm']);
    expect(listOf(preview, 'problem').map((row) => [row.username, row.problems.map((p) => [p.field, p.message])])).toEqual([
      ['no spaces allowed', [['username', 'rule.username.format']]],
      [
        'eve.cucm',
        [
          ['email', 'rule.email.format'],
          ['number', 'rule.number.format'],
        ],
      ],
      ['ALICE.cucm', [['username', 'cucmImport.problem.duplicate']]],
    ]);
    site.close();
  });

  it('refuses a number another user holds, but lets two users swap numbers and reuses the number of a user deleted', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice(), bob(), carla()]);
    const preview = await previewOf(site, [
      { ...alice(), primaryExtension: '2002' }, // Bob's: he moves to 2001 in the same import
      { ...bob(), primaryExtension: '2001' },
      endUser({ userid: 'dave.cucm', primaryExtension: '2003' }), // Carla's: she is deleted
      endUser({ userid: 'erin.cucm', primaryExtension: '1005' }), // ashok.kumar's (typed by hand)
      endUser({ userid: 'fred.cucm', primaryExtension: '2002' }), // taken by Alice just above
    ]);
    expect(usernames(preview, 'update')).toEqual(['alice.cucm', 'bob.cucm']);
    expect(usernames(preview, 'add')).toEqual(['dave.cucm']);
    expect(usernames(preview, 'delete')).toEqual(['carla.cucm']);
    expect(listOf(preview, 'problem').map((row) => [row.username, row.problems[0]?.message, row.problems[0]?.params])).toEqual([
      ['erin.cucm', 'cucmImport.problem.numberTaken', { number: '1005', username: 'ashok.kumar' }],
      ['fred.cucm', 'cucmImport.problem.numberTaken', { number: '2002', username: 'alice.cucm' }],
    ]);
    const result = await importOnce(site, [
      { ...alice(), primaryExtension: '2002' },
      { ...bob(), primaryExtension: '2001' },
      endUser({ userid: 'dave.cucm', primaryExtension: '2003' }),
    ]);
    expect(result.record).toMatchObject({ created: 1, updated: 2, deleted: 1 });
    expect(site.users.get(userIdByName(site, 'alice.cucm'))?.number).toBe('2002');
    expect(site.users.get(userIdByName(site, 'bob.cucm'))?.number).toBe('2001');
    site.close();
  });

  it('keeps a user imported earlier that is now a problem: it still matches the filters', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice()]);
    const preview = await previewOf(site, [{ ...alice(), mailid: 'broken' }]);
    expect(preview.summary.counts).toMatchObject({ delete: 0, update: 0, problem: 1 });
    expect(listOf(preview, 'problem')[0]).toMatchObject({ username: 'alice.cucm', userId: userIdByName(site, 'alice.cucm') });
    site.close();
  });

  it('leaves a user imported earlier but edited by hand to a value CUCM does not have as an update back to CUCM’s value', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice()]);
    const id = userIdByName(site, 'alice.cucm');
    saveUser(site, {
      ...draftFor(site, {}),
      ...site.user(id),
      id,
      department: 'Edited by hand',
      password: { action: 'keep' },
      pin: { action: 'keep' },
    } as never);
    const preview = await previewOf(site, [alice()]);
    expect(listOf(preview, 'update')[0]?.changes).toEqual([{ field: 'department', before: 'Edited by hand', after: 'Support' }]);
    site.close();
  });

  it('maps with the adjusted mapping: fields mapped to nothing are left as they are', async () => {
    const site = await demoSite(tempDir());
    const mapping = { ...DEFAULT_CUCM_MAPPING, number: 'telephoneNumber' as const, phone: null, department: null };
    const preview = await previewOf(
      site,
      [endUser({ userid: 'gil.cucm', department: 'Ignored', telephoneNumber: '3001', primaryExtension: '9999' })],
      { mapping },
    );
    expect(listOf(preview, 'add')).toEqual([expect.objectContaining({ username: 'gil.cucm', number: '3001', department: '' })]);
    await importOnce(site, [endUser({ userid: 'gil.cucm', department: 'Ignored', telephoneNumber: '3001' })], { mapping });
    expect(site.users.get(userIdByName(site, 'gil.cucm'))).toMatchObject({ number: '3001', phone: '', department: '' });
    // Department not mapped: a department typed in Roster survives the next import.
    const id = userIdByName(site, 'gil.cucm');
    saveUser(site, {
      ...draftFor(site, {}),
      ...site.user(id),
      id,
      department: 'Kept',
      password: { action: 'keep' },
      pin: { action: 'keep' },
    } as never);
    expect(
      (await previewOf(site, [endUser({ userid: 'gil.cucm', department: 'Other', telephoneNumber: '3001' })], { mapping })).summary.counts,
    ).toMatchObject({ update: 0, unchanged: 1 });
    site.close();
  });

  it('hands its lists out page by page, and only for the preview it keeps', async () => {
    const site = await demoSite(tempDir());
    const users = Array.from({ length: 45 }, (_, i) =>
      endUser({ userid: `user${String(i).padStart(2, '0')}.cucm`, primaryExtension: String(5000 + i) }),
    );
    const previews = new CucmPreviews();
    const preview = await previewOf(site, users);
    previews.replace(preview);
    const page = previews.page(preview.id, 'add', 40, 20);
    expect(page.total).toBe(45);
    expect(page.rows.map((row) => row.username)).toEqual(['user40.cucm', 'user41.cucm', 'user42.cucm', 'user43.cucm', 'user44.cucm']);
    previews.replace(await previewOf(site, users));
    expect(() => previews.page(preview.id, 'add', 0, 20)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', messageKey: 'cucmImport.previewGone' }),
    );
    site.close();
  });
});
