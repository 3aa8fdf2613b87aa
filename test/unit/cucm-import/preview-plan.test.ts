import { describe, expect, it } from 'vitest';
import { DEFAULT_CUCM_MAPPING } from '@shared/cucm/cucm-mapping';
import { applyCucmImport } from '../../../electron/services/cucm/cucm-import-apply';
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

  it("imports a user whose number another holds, marked with its holders; lets two users swap numbers and reuses a deleted user's", async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice(), bob(), carla()]);
    const users = [
      { ...alice(), primaryExtension: '2002' }, // Bob's: he moves to 2001 in the same import
      { ...bob(), primaryExtension: '2001' },
      endUser({ userid: 'dave.cucm', primaryExtension: '2003' }), // Carla's: she is deleted
      endUser({ userid: 'erin.cucm', primaryExtension: '1005' }), // ashok.kumar's (typed by hand): a shared line
      endUser({ userid: 'fred.cucm', primaryExtension: '2002' }), // Alice's, as she is given it just above
    ];
    const preview = await previewOf(site, users);
    expect(usernames(preview, 'update')).toEqual(['alice.cucm', 'bob.cucm']);
    expect(listOf(preview, 'add').map((row) => [row.username, row.number, row.sharedWith])).toEqual([
      ['dave.cucm', '2003', []],
      ['erin.cucm', '1005', ['ashok.kumar']],
      ['fred.cucm', '2002', ['alice.cucm']],
    ]);
    expect(listOf(preview, 'update').map((row) => row.sharedWith)).toEqual([[], []]);
    expect(usernames(preview, 'delete')).toEqual(['carla.cucm']);
    expect(preview.summary.counts.problem).toBe(0);
    expect(preview.summary.sharedNumbers).toBe(2);

    const result = applyCucmImport(site, preview);
    expect(result.record).toMatchObject({ created: 3, updated: 2, deleted: 1, rejected: 0 });
    const numberOf = (username: string) => site.users.get(userIdByName(site, username))?.number;
    expect([numberOf('alice.cucm'), numberOf('bob.cucm'), numberOf('erin.cucm'), numberOf('fred.cucm'), numberOf('ashok.kumar')]).toEqual([
      '2002',
      '2001',
      '1005',
      '2002',
      '1005',
    ]);
    site.close();
  });

  it('imports the users marked as sharing without the number when the administrator chooses so: the first holder keeps it', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, [alice(), bob()]);
    const preview = await previewOf(site, [
      alice(),
      { ...bob(), primaryExtension: '2001', department: 'Support' }, // Alice's number, and a change of department
      endUser({ userid: 'erin.cucm', primaryExtension: '1005' }), // ashok.kumar's
      endUser({ userid: 'gina.cucm', primaryExtension: '2001' }), // Alice's too
    ]);
    expect(preview.summary.sharedNumbers).toBe(3);
    const result = applyCucmImport(site, { ...preview, sharedNumbers: 'omit' });
    expect(result.record).toMatchObject({ created: 2, updated: 1 });
    const stored = (username: string) => site.users.get(userIdByName(site, username))!;
    expect(stored('bob.cucm')).toMatchObject({ number: '2002', department: 'Support' });
    expect([stored('alice.cucm').number, stored('erin.cucm').number, stored('gina.cucm').number]).toEqual(['2001', '', '']);
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
