import { describe, expect, it } from 'vitest';
import { CUCM_IMPORT_SECTION, cucmImportSettingsSchema } from '@shared/rules/cucm-import-rules';
import { RosterError } from '@shared/result';
import { importRecord, undoImport } from '../../../electron/services/importing/import-ledger';
import { applyCucmImport } from '../../../electron/services/cucm/cucm-import-apply';
import { readCucmImportSettings } from '../../../electron/services/cucm/cucm-import-settings-store';
import { saveUser } from '../../../electron/services/site/save-user';
import { saveDefaults } from '../../../electron/services/site/save-defaults';
import { useTempDirs } from '../../support/temp-dir';
import { differences, usersState } from '../bulk/bulk-fixtures';
import { demoSite, draftFor, userIdByName } from '../services/site-fixtures';
import { endUser } from './end-users';
import { importOnce, previewOf, PUBLISHER } from './cucm-fixtures';

const tempDir = useTempDirs();

const people = () => [
  endUser({
    userid: 'alice.cucm',
    firstName: 'Alice',
    lastName: 'Arnold',
    department: 'Support',
    mailid: 'alice@company.domain',
    primaryExtension: '2001',
    userLocale: 'German Germany',
  }),
  endUser({ userid: 'bob.cucm', firstName: 'Bob', lastName: 'Brown', department: 'Sales', primaryExtension: '2002' }),
  endUser({ userid: 'carla.cucm', firstName: 'Carla', lastName: 'Conti', department: 'Support', primaryExtension: '2003' }),
];

const auditRows = (site: Awaited<ReturnType<typeof demoSite>>) =>
  site.db.prepare('SELECT entity, entity_label AS label, action, import_id AS importId FROM audit_log ORDER BY id').all() as {
    entity: string;
    label: string;
    action: string;
    importId: number | null;
  }[];

describe('applying a CUCM import, and undoing it', () => {
  it('creates the users as CUCM users from the defaults, records an import with one audit entry per user, and keeps the filters', async () => {
    const site = await demoSite(tempDir());
    const defaults = site.defaults.get();
    saveDefaults(site, {
      ...defaults,
      initialPassword: { action: 'set', value: 'Start-2025!', confirmation: 'Start-2025!' },
      pin: { action: 'set', value: '491526', confirmation: '491526' },
    } as never);
    const settings = { sqlFilter: "usr_Department = 'support'", xmlFilter: '<lastName>%</lastName>' };
    const result = applyCucmImport(site, await previewOf(site, people(), settings));

    expect(result.record).toMatchObject({
      source: 'cucm',
      label: PUBLISHER,
      created: 2,
      updated: 0,
      deleted: 0,
      skipped: 0,
      rejected: 0,
      canUndo: true,
    });
    const alice = site.user(userIdByName(site, 'alice.cucm'));
    expect(alice).toMatchObject({
      source: 'cucm',
      authentication: 'local',
      language: 'de',
      number: '2001',
      email: 'alice@company.domain',
      enabled: true,
    });
    expect(alice.privileges).toEqual(site.defaults.get().privileges);
    expect(alice.password.set && alice.pin.set).toBe(true);
    expect(site.secrets.read('user', alice.id, 'pin')).toBe('491526');
    expect(userIdByName(site, 'bob.cucm')).toBeUndefined();

    const entries = auditRows(site).filter((row) => row.importId === result.record.id);
    expect(entries.map((row) => [row.entity, row.label, row.action])).toEqual([
      ['user', 'alice.cucm', 'create'],
      ['user', 'carla.cucm', 'create'],
      ['site', PUBLISHER, 'import.cucm'],
    ]);
    expect(readCucmImportSettings(site)).toMatchObject(settings);
    const details = JSON.parse(site.db.prepare('SELECT details FROM imports WHERE id = ?').pluck().get(result.record.id) as string);
    expect(cucmImportSettingsSchema.parse(details)).toMatchObject(settings);
    site.close();
  });

  it('gives new users CUCM authentication when End user > "Use CUCM authentication" is on', async () => {
    const site = await demoSite(tempDir());
    site.settings.write('endUser', { useCucmAuthentication: true });
    await importOnce(site, people().slice(0, 1));
    expect(site.users.get(userIdByName(site, 'alice.cucm'))?.authentication).toBe('cucm');
    site.close();
  });

  it('undoes as a whole: the site is as before the import, deleted and updated users back as they were', async () => {
    const site = await demoSite(tempDir());
    await importOnce(site, people());
    const before = usersState(site);
    const second = await importOnce(site, [
      { ...people()[0]!, department: 'Field support', primaryExtension: '2010' },
      endUser({ userid: 'dave.cucm', primaryExtension: '2004' }),
    ]);
    expect(second.record).toMatchObject({ created: 1, updated: 1, deleted: 2 });
    expect(site.users.get(userIdByName(site, 'bob.cucm'))?.deletedAt).not.toBeNull();

    undoImport(site.db, second.record.id);
    const after = usersState(site);
    expect(differences(before, after)).toEqual({});
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(importRecord(site.db, second.record.id)?.undoneAt).not.toBeNull();
    site.close();
  });

  it('refuses a stale preview (the site changed since) and writes nothing; a fresh preview then applies', async () => {
    const site = await demoSite(tempDir());
    const preview = await previewOf(site, people());
    const hans = userIdByName(site, 'hans.meier');
    saveUser(site, {
      ...draftFor(site, {}),
      ...site.user(hans),
      id: hans,
      department: 'Changed meanwhile',
      password: { action: 'keep' },
      pin: { action: 'keep' },
    } as never);
    const before = usersState(site);
    const imports = () => site.db.prepare('SELECT count(*) FROM imports').pluck().get();

    expect(() => applyCucmImport(site, preview)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', messageKey: 'cucmImport.stale' }) as RosterError,
    );
    expect(differences(before, usersState(site))).toEqual({});
    expect(imports()).toBe(0);
    // The section was never written: the refused import stored no filters.
    expect(site.db.prepare('SELECT count(*) FROM settings WHERE section = ?').pluck().get(CUCM_IMPORT_SECTION)).toBe(0);

    const fresh = applyCucmImport(site, await previewOf(site, people()));
    expect(fresh.record.created).toBe(3);
    site.close();
  });

  it('records refused users with their reasons and conflicts as skipped', async () => {
    const site = await demoSite(tempDir());
    const result = await importOnce(site, [endUser({ userid: 'hans.meier' }), endUser({ userid: 'bad user' }), people()[0]!]);
    expect(result.record).toMatchObject({ created: 1, skipped: 1, rejected: 1 });
    const reject = site.db.prepare('SELECT line, cells, reasons FROM import_rejects WHERE import_id = ?').get(result.record.id) as {
      line: number;
      cells: string;
      reasons: string;
    };
    expect(reject.line).toBe(2);
    expect(JSON.parse(reject.cells)[0]).toBe('bad user');
    expect(JSON.parse(reject.reasons)).toEqual([{ column: null, field: 'username', message: 'rule.username.format' }]);
    site.close();
  });
});
