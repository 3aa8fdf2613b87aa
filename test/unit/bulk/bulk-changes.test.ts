import { describe, expect, it } from 'vitest';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { RosterError } from '@shared/result';
import { applyBulkChange } from '../../../electron/services/bulk/apply-bulk-change';
import { recentBulkChanges } from '../../../electron/services/bulk/bulk-changes';
import { undoBulkChange } from '../../../electron/services/bulk/undo-bulk-change';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { demoSite } from '../services/site-fixtures';
import { useTempDirs } from '../../support/temp-dir';
import { count, differences, groupIdOf, idOf, usersState } from './bulk-fixtures';

const tempDir = useTempDirs();

interface Case {
  name: string;
  /** Makes the demo site varied enough that some selected users already are as asked. */
  prepare?: (site: OpenSite) => void;
  change: (site: OpenSite) => BulkChange;
  selected: string[];
  /** Per changed username: exactly the columns that must change (memberships as 'groups'). */
  expected: Record<string, string[]>;
}

const setColumns = (site: OpenSite, username: string, sql: string) =>
  site.db.prepare(`UPDATE users SET ${sql} WHERE id = ?`).run(idOf(site, username));

const CASES: Case[] = [
  {
    name: 'add to group (a member already is one, and stays one after the undo)',
    change: (site) => ({ action: 'addToGroup', groupId: groupIdOf(site, 'Night shift') }),
    selected: ['ashok.kumar', 'gildong.hong', 'hanako.sato'],
    expected: { 'ashok.kumar': ['groups'], 'hanako.sato': ['groups'] },
  },
  {
    name: 'remove from group (a non-member is left alone)',
    change: (site) => ({ action: 'removeFromGroup', groupId: groupIdOf(site, 'Management') }),
    selected: ['ashok.kumar', 'elisabeth.mueller'],
    expected: { 'ashok.kumar': ['groups'] },
  },
  {
    name: 'set a privilege',
    change: () => ({ action: 'setPrivilege', privilege: 'fax' }),
    selected: ['ashok.kumar', 'fred.bloggs', 'hans.meier'],
    expected: { 'ashok.kumar': ['fax'], 'fred.bloggs': ['fax'], 'hans.meier': ['fax'] },
  },
  {
    name: 'set the SMS privilege',
    prepare: (site) => setColumns(site, 'fred.bloggs', 'sms = 1'),
    change: () => ({ action: 'setPrivilege', privilege: 'sms' }),
    selected: ['ashok.kumar', 'fred.bloggs'],
    expected: { 'ashok.kumar': ['sms'] },
  },
  {
    name: 'clear a privilege',
    change: () => ({ action: 'clearPrivilege', privilege: 'webAccess' }),
    selected: ['elisabeth.mueller', 'hanako.sato'],
    expected: { 'elisabeth.mueller': ['webAccess'], 'hanako.sato': ['webAccess'] },
  },
  {
    name: 'clear the SMS privilege, and with it the SMS notifications that need it',
    prepare: (site) => {
      setColumns(site, 'ashok.kumar', 'sms = 1, vm_sms_on_new = 1');
      setColumns(site, 'fred.bloggs', 'sms = 1, fax_sms_on_new = 1, vm_forward_to_email = 1');
      setColumns(site, 'hans.meier', 'sms = 1, vm_sms_on_new = 1, fax_sms_on_new = 1');
    },
    change: () => ({ action: 'clearPrivilege', privilege: 'sms' }),
    selected: ['ashok.kumar', 'fred.bloggs', 'gildong.hong'],
    expected: { 'ashok.kumar': ['sms', 'vm_sms_on_new'], 'fred.bloggs': ['sms', 'fax_sms_on_new'] },
  },
  {
    name: 'enable',
    prepare: (site) => {
      setColumns(site, 'elisabeth.mueller', 'enabled = 0');
      setColumns(site, 'hanako.sato', 'enabled = 0');
    },
    change: () => ({ action: 'enable' }),
    selected: ['elisabeth.mueller', 'hans.meier'],
    expected: { 'elisabeth.mueller': ['enabled'] },
  },
  {
    name: 'disable',
    change: () => ({ action: 'disable' }),
    selected: ['ashok.kumar', 'fred.bloggs'],
    expected: { 'ashok.kumar': ['enabled'], 'fred.bloggs': ['enabled'] },
  },
  {
    name: 'expire password (only users who have one)',
    prepare: (site) => {
      site.secrets.set('user', idOf(site, 'ashok.kumar'), 'password', 'Correct-Horse-1');
      site.secrets.set('user', idOf(site, 'hanako.sato'), 'password', 'Battery-Staple-2');
    },
    change: () => ({ action: 'expirePassword' }),
    selected: ['ashok.kumar', 'fred.bloggs', 'hanako.sato'],
    expected: { 'ashok.kumar': ['password_expired'], 'hanako.sato': ['password_expired'] },
  },
  {
    name: 'delete (to Deleted users)',
    change: () => ({ action: 'delete' }),
    selected: ['gildong.hong', 'hans.meier'],
    expected: { 'gildong.hong': ['deleted_at'], 'hans.meier': ['deleted_at'] },
  },
];

describe('bulk changes on the demo site', () => {
  it.each(CASES)('$name: changes exactly the selected users that need it, and undo restores exactly the before state', async (c) => {
    const site = await demoSite(tempDir());
    try {
      c.prepare?.(site);
      const before = usersState(site);
      const ids = c.selected.map((name) => idOf(site, name));
      const usernames = new Map([...before.values()].map((row) => [row.id as number, row.username as string]));

      const result = applyBulkChange(site, ids, c.change(site));
      expect(result.selected).toBe(c.selected.length);
      expect(result.change?.userCount).toBe(Object.keys(c.expected).length);

      const changed = differences(before, usersState(site));
      const changedFields = Object.fromEntries(
        Object.entries(changed).map(([id, fields]) => [usernames.get(Number(id)), Object.keys(fields).sort()]),
      );
      expect(changedFields).toEqual(Object.fromEntries(Object.entries(c.expected).map(([name, fields]) => [name, [...fields].sort()])));
      // Each changed user, and only they, has an entry of their own under the change's id.
      const ownEntries = () =>
        site.db
          .prepare("SELECT entity_label FROM audit_log WHERE entity = 'user' AND bulk_change_id = ? ORDER BY entity_label")
          .pluck()
          .all(result.change!.id);
      expect(ownEntries()).toEqual(Object.keys(c.expected).sort());

      const undone = undoBulkChange(site, result.change!.id);
      expect(ownEntries()).toEqual(
        Object.keys(c.expected)
          .flatMap((name) => [name, name])
          .sort(),
      );
      expect(undone.restored).toBe(Object.keys(c.expected).length);
      expect(undone.change.undoneAt).not.toBeNull();
      expect(differences(before, usersState(site))).toEqual({});
    } finally {
      site.close();
    }
  });

  it('records the set privilege and SMS notifications the undo turns back off, keeping the notification rule', async () => {
    const site = await demoSite(tempDir());
    try {
      const ashok = idOf(site, 'ashok.kumar');
      const result = applyBulkChange(site, [ashok], { action: 'setPrivilege', privilege: 'sms' });
      // Afterwards the administrator turns on an SMS notification that needs the privilege.
      site.db.prepare('UPDATE users SET vm_sms_on_new = 1 WHERE id = ?').run(ashok);
      undoBulkChange(site, result.change!.id);
      expect(site.db.prepare('SELECT sms, vm_sms_on_new FROM users WHERE id = ?').get(ashok)).toEqual({ sms: 0, vm_sms_on_new: 0 });
    } finally {
      site.close();
    }
  });

  it('refuses a second undo of the same change, and changes nothing then', async () => {
    const site = await demoSite(tempDir());
    try {
      const ids = [idOf(site, 'ashok.kumar'), idOf(site, 'fred.bloggs')];
      const { change } = applyBulkChange(site, ids, { action: 'setPrivilege', privilege: 'fax' });
      undoBulkChange(site, change!.id);
      // Granted again by hand after the undo: a second undo must not take it away.
      site.db.prepare('UPDATE users SET fax = 1 WHERE id = ?').run(ids[0]);
      const before = usersState(site);
      const audited = count(site, 'SELECT count(*) FROM audit_log');
      expect(() => undoBulkChange(site, change!.id)).toThrow(expect.objectContaining({ code: 'CONFLICT', messageKey: 'bulk.undo.already' }));
      expect(differences(before, usersState(site))).toEqual({});
      expect(count(site, 'SELECT count(*) FROM audit_log')).toBe(audited);
    } finally {
      site.close();
    }
  });

  it('refuses an unknown group before changing anything, recording nothing', async () => {
    const site = await demoSite(tempDir());
    try {
      const before = usersState(site);
      const ids = [idOf(site, 'ashok.kumar'), idOf(site, 'hans.meier')];
      let refusal: unknown;
      try {
        applyBulkChange(site, ids, { action: 'addToGroup', groupId: 999 });
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(RosterError);
      expect(refusal).toMatchObject({ code: 'NOT_FOUND', messageKey: 'bulk.error.unknownGroup' });
      expect(differences(before, usersState(site))).toEqual({});
      expect(count(site, 'SELECT count(*) FROM bulk_changes')).toBe(0);
      expect(count(site, "SELECT count(*) FROM audit_log WHERE action LIKE 'bulk.%'")).toBe(0);
    } finally {
      site.close();
    }
  });

  it('records nothing when no selected user needs the change', async () => {
    const site = await demoSite(tempDir());
    try {
      const result = applyBulkChange(site, [idOf(site, 'hanako.sato')], { action: 'expirePassword' });
      expect(result).toEqual({ change: null, selected: 1 });
      expect(count(site, 'SELECT count(*) FROM bulk_changes')).toBe(0);
      expect(count(site, 'SELECT count(*) FROM audit_log')).toBe(0);
    } finally {
      site.close();
    }
  });

  it('writes one audit summary per change and one per undo, with the parameters and the user count', async () => {
    const site = await demoSite(tempDir());
    try {
      const ids = ['ashok.kumar', 'fred.bloggs', 'gildong.hong', 'hanako.sato', 'hans.meier'].map((name) => idOf(site, name));
      const { change } = applyBulkChange(site, ids, { action: 'addToGroup', groupId: groupIdOf(site, 'Support team') });
      undoBulkChange(site, change!.id);
      const entries = site.db
        .prepare("SELECT entity, entity_id, entity_label, action, changes FROM audit_log WHERE entity = 'site' ORDER BY id")
        .all() as Record<string, unknown>[];
      expect(entries).toEqual([
        {
          entity: 'site',
          entity_id: null,
          entity_label: 'ashok.kumar, fred.bloggs, gildong.hong +1',
          action: 'bulk.addToGroup',
          changes: JSON.stringify([
            { field: 'groups', before: null, after: 'Support team' },
            { field: 'bulkUsers', before: null, after: 4 },
          ]),
        },
        {
          entity: 'site',
          entity_id: null,
          entity_label: 'ashok.kumar, fred.bloggs, gildong.hong +1',
          action: 'bulk.undo',
          changes: JSON.stringify([
            { field: 'groups', before: 'Support team', after: null },
            { field: 'bulkUsers', before: null, after: 4 },
          ]),
        },
      ]);
      // And each changed user's own entries, under the change's id: the membership before and after.
      const perUser = site.db
        .prepare("SELECT entity_label, action, changes, bulk_change_id FROM audit_log WHERE entity = 'user' ORDER BY id")
        .all() as { entity_label: string; action: string; changes: string; bulk_change_id: number }[];
      const member = (before: boolean, after: boolean) => JSON.stringify([{ field: 'groups.Support team', before, after }]);
      expect(perUser.filter((e) => e.entity_label === 'ashok.kumar')).toEqual([
        { entity_label: 'ashok.kumar', action: 'update', changes: member(false, true), bulk_change_id: change!.id },
        { entity_label: 'ashok.kumar', action: 'undo', changes: member(true, false), bulk_change_id: change!.id },
      ]);
      expect(perUser).toHaveLength(8);
    } finally {
      site.close();
    }
  });

  it('lists recent changes newest first, with their parameters and whether they were undone', async () => {
    const site = await demoSite(tempDir());
    try {
      const ashok = idOf(site, 'ashok.kumar');
      const first = applyBulkChange(site, [ashok], { action: 'disable' }).change!;
      const second = applyBulkChange(site, [ashok], { action: 'addToGroup', groupId: groupIdOf(site, 'Night shift') }).change!;
      undoBulkChange(site, first.id);
      // A renamed group still reads as it was called when the change was made.
      site.db.prepare("UPDATE user_groups SET name = 'Late shift' WHERE name = 'Night shift'").run();
      const recent = recentBulkChanges(site.db, 20);
      expect(recent.map((r) => [r.id, r.action, r.parameters, r.userCount, r.undoneAt !== null])).toEqual([
        [second.id, 'addToGroup', { groupId: groupIdOf(site, 'Late shift'), groupName: 'Night shift' }, 1, false],
        [first.id, 'disable', {}, 1, true],
      ]);
    } finally {
      site.close();
    }
  });

  it('refuses to undo a delete while an active user holds a returning username, naming both', async () => {
    const site = await demoSite(tempDir());
    try {
      const hans = idOf(site, 'hans.meier');
      const { change } = applyBulkChange(site, [hans, idOf(site, 'gildong.hong')], { action: 'delete' });
      const now = new Date().toISOString();
      site.db.prepare("INSERT INTO users (username, created_at, updated_at) VALUES ('Hans.Meier', ?, ?)").run(now, now);
      const before = usersState(site);
      expect(() => undoBulkChange(site, change!.id)).toThrow(
        expect.objectContaining({
          code: 'CONFLICT',
          messageKey: 'bulk.undo.usernameTaken',
          params: { username: 'hans.meier', holder: 'Hans.Meier' },
        }),
      );
      expect(differences(before, usersState(site))).toEqual({});
      expect(recentBulkChanges(site.db, 1)[0]!.undoneAt).toBeNull();
    } finally {
      site.close();
    }
  });

  it('refuses to undo a removal from a group deleted since', async () => {
    const site = await demoSite(tempDir());
    try {
      const group = groupIdOf(site, 'Support team');
      const { change } = applyBulkChange(site, [idOf(site, 'hans.meier')], { action: 'removeFromGroup', groupId: group });
      site.groups.delete(group);
      expect(() => undoBulkChange(site, change!.id)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', messageKey: 'bulk.undo.groupGone', params: { group: 'Support team' } }),
      );
    } finally {
      site.close();
    }
  });

  it('skips users purged since when undoing, restoring the others', async () => {
    const site = await demoSite(tempDir());
    try {
      const [ashok, fred] = [idOf(site, 'ashok.kumar'), idOf(site, 'fred.bloggs')];
      const { change } = applyBulkChange(site, [ashok, fred], { action: 'disable' });
      site.db.prepare('UPDATE users SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), fred);
      site.users.purgeDeleted([fred]);
      expect(undoBulkChange(site, change!.id).restored).toBe(1);
      expect(count(site, 'SELECT enabled FROM users WHERE id = ?', ashok)).toBe(1);
    } finally {
      site.close();
    }
  });
});
