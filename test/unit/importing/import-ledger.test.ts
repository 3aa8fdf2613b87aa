import { describe, expect, it } from 'vitest';
import { RosterError } from '@shared/result';
import { beginImport, importRecord, listImports, undoImport } from '../../../electron/services/importing/import-ledger';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { demoSite, draftFor, userIdByName } from '../services/site-fixtures';
import { saveUser } from '../../../electron/services/site/save-user';
import { useTempDirs } from '../../support/temp-dir';
import { differences, usersState } from '../bulk/bulk-fixtures';

const tempDir = useTempDirs();

const secretsOf = (site: OpenSite, userId: number) =>
  site.db.prepare("SELECT name, hex(ciphertext) AS c FROM secrets WHERE owner_kind = 'user' AND owner_id = ? ORDER BY name").all(userId);
const aliasesOf = (site: OpenSite, userId: number) =>
  site.db.prepare('SELECT alias FROM user_aliases WHERE user_id = ? ORDER BY position').pluck().all(userId);

/** An import that creates one user, renames, re-groups and re-keys another, and deletes a third. */
function runImport(site: OpenSite, label: string, newUsername: string) {
  const db = site.db;
  return db.transaction(() => {
    const ledger = beginImport(db, { source: 'csv', label });
    const created = site.users.insert({ ...draftFor(site, { username: newUsername }) }, 'csv', new Date().toISOString());
    ledger.created(created);
    const ashok = userIdByName(site, 'ashok.kumar');
    ledger.updating(ashok);
    db.prepare("UPDATE users SET last_name = 'Changed', department = 'Imported' WHERE id = ?").run(ashok);
    const stored = site.users.get(ashok)!;
    site.users.update(ashok, { ...stored, aliases: ['imported-alias'], groupIds: [] }, new Date().toISOString(), stored);
    site.secrets.set('user', ashok, 'pin', '918273');
    ledger.updating(ashok); // a second row matching the same user keeps the first snapshot
    const hanako = userIdByName(site, 'hanako.sato');
    ledger.deleting(hanako);
    site.users.softDelete([hanako], new Date().toISOString());
    ledger.rejected(7, ['bad', 'row'], [{ column: 1, field: 'email', message: 'rule.email.format' }]);
    ledger.skipped(2);
    return ledger.finish();
  })();
}

describe('the import ledger', () => {
  it('counts what an import did and undoes it as a whole: created purged, updated and deleted restored with aliases, groups and secrets', async () => {
    const site = await demoSite(tempDir());
    const ashok = userIdByName(site, 'ashok.kumar');
    saveUser(site, {
      ...draftFor(site, {}),
      ...site.user(ashok),
      id: ashok,
      password: { action: 'keep' },
      pin: { action: 'set', value: '491526', confirmation: '491526' },
    } as never);
    const before = usersState(site);
    const ashokSecrets = secretsOf(site, ashok);
    const ashokAliases = aliasesOf(site, ashok);

    const record = runImport(site, 'people.csv', 'new.person');
    expect(record).toMatchObject({
      source: 'csv',
      label: 'people.csv',
      created: 1,
      updated: 1,
      deleted: 1,
      skipped: 2,
      rejected: 1,
      undoneAt: null,
      canUndo: true,
    });
    expect(secretsOf(site, ashok)).not.toEqual(ashokSecrets);

    const undone = undoImport(site.db, record.id);
    expect(undone.undoneAt).not.toBeNull();
    expect(undone.canUndo).toBe(false);
    const after = usersState(site);
    expect(differences(before, after)).toEqual({});
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect(secretsOf(site, ashok)).toEqual(ashokSecrets);
    expect(aliasesOf(site, ashok)).toEqual(ashokAliases);
    const actions = site.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'import.%' ORDER BY id").pluck().all();
    expect(actions).toEqual(['import.csv', 'import.undo']);
    site.close();
  });

  it('undoes only the most recent standing import, once', async () => {
    const site = await demoSite(tempDir());
    const first = runImport(site, 'first.csv', 'first.person');
    site.users.restore(userIdByName(site, 'hanako.sato'), new Date().toISOString());
    const second = runImport(site, 'second.csv', 'second.person');
    expect(listImports(site.db, 10).map((r) => [r.label, r.canUndo])).toEqual([
      ['second.csv', true],
      ['first.csv', false],
    ]);
    expect(() => undoImport(site.db, first.id)).toThrow(expect.objectContaining({ messageKey: 'import.undo.notLatest' }) as RosterError);
    undoImport(site.db, second.id);
    expect(importRecord(site.db, first.id)?.canUndo).toBe(true);
    expect(() => undoImport(site.db, second.id)).toThrow(expect.objectContaining({ messageKey: 'import.undo.already' }) as RosterError);
    site.close();
  });

  it('refuses an undo that would bring back a username someone else holds now, and changes nothing', async () => {
    const site = await demoSite(tempDir());
    const record = runImport(site, 'people.csv', 'new.person');
    const hanako = userIdByName(site, 'hanako.sato');
    site.users.insert({ ...draftFor(site, { username: 'Hanako.Sato', number: '' }) }, 'manual', new Date().toISOString());
    const before = usersState(site);
    expect(() => undoImport(site.db, record.id)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', messageKey: 'import.undo.clash' }) as RosterError,
    );
    expect(differences(before, usersState(site))).toEqual({});
    expect(site.users.get(hanako)?.deletedAt).not.toBeNull();
    site.close();
  });
});
