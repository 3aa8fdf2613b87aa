import { describe, expect, it } from 'vitest';
import { LOCKED_UNTIL_UNLOCKED } from '@shared/domain/account-lock';
import { userListQuerySchema } from '@shared/rules/user-list-rules';
import { applyBulkChange } from '../../../electron/services/bulk/apply-bulk-change';
import { undoBulkChange } from '../../../electron/services/bulk/undo-bulk-change';
import { lockUser, unlockUser } from '../../../electron/services/security/account-actions';
import type { OpenSite } from '../../../electron/services/site/open-site';
import { searchUsers } from '../../../electron/services/site/user-search';
import { useTempDirs } from '../../support/temp-dir';
import { count, differences, idOf, usersState } from '../bulk/bulk-fixtures';
import { demoSite } from '../services/site-fixtures';

const tempDir = useTempDirs();

const HOUR = 3600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

const lockedNames = (site: OpenSite, text = 'is:locked') => searchUsers(site.db, userListQuerySchema.parse({ text })).rows.map((r) => r.username);

const auditEntries = (site: OpenSite, action: string) =>
  (
    site.db.prepare('SELECT entity_label AS label, changes FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
      label: string;
      changes: string;
    }[]
  ).map((row) => ({ label: row.label, changes: JSON.parse(row.changes) as unknown }));

const lockColumns = (site: OpenSite, username: string) =>
  site.db.prepare('SELECT locked_until, lock_reason, failed_attempts FROM users WHERE username = ?').get(username);

async function withDemoSite(test: (site: OpenSite) => void): Promise<void> {
  const site = await demoSite(tempDir());
  try {
    test(site);
  } finally {
    site.close();
  }
}

describe('locking an account on purpose', () => {
  it('locks until a time with the reason, audited as a lock; unlock clears the reason, audited too', () =>
    withDemoSite((site) => {
      const hans = idOf(site, 'hans.meier');
      const until = '2999-03-01T09:00+01:00';
      const locked = lockUser(site, hans, until, 'On leave until March');
      expect(locked).toMatchObject({ lockedUntil: '2999-03-01T08:00:00.000Z', lockReason: 'On leave until March', failedAttempts: 0 });
      expect(auditEntries(site, 'lock')).toEqual([
        {
          label: 'hans.meier',
          changes: [
            { field: 'lockedUntil', before: null, after: '2999-03-01T08:00:00.000Z' },
            { field: 'lockReason', before: '', after: 'On leave until March' },
          ],
        },
      ]);

      site.db.prepare('UPDATE users SET failed_attempts = 2 WHERE id = ?').run(hans);
      const unlocked = unlockUser(site, hans);
      expect(unlocked).toMatchObject({ lockedUntil: null, lockReason: '', failedAttempts: 0 });
      expect(auditEntries(site, 'unlock')).toEqual([
        {
          label: 'hans.meier',
          changes: [
            { field: 'lockedUntil', before: '2999-03-01T08:00:00.000Z', after: null },
            { field: 'lockReason', before: 'On leave until March', after: '' },
            { field: 'failedAttempts', before: 2, after: 0 },
          ],
        },
      ]);
    }));

  it('locks until unlocked as the far end of time; locking again the same way records nothing more', () =>
    withDemoSite((site) => {
      const fred = idOf(site, 'fred.bloggs');
      expect(lockUser(site, fred, null, 'Left the company').lockedUntil).toBe(LOCKED_UNTIL_UNLOCKED);
      lockUser(site, fred, null, 'Left the company');
      expect(auditEntries(site, 'lock')).toHaveLength(1);
      // A new reason is a change of its own.
      lockUser(site, fred, null, 'Left the company (HR ticket 4711)');
      expect(auditEntries(site, 'lock')[1]!.changes).toEqual([
        { field: 'lockReason', before: 'Left the company', after: 'Left the company (HR ticket 4711)' },
      ]);
    }));

  it('refuses to lock a deleted or unknown user, changing nothing', () =>
    withDemoSite((site) => {
      const ashok = idOf(site, 'ashok.kumar');
      site.users.softDelete([ashok], new Date().toISOString());
      expect(() => lockUser(site, ashok, null, 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(() => lockUser(site, 99_999, null, 'x')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(lockColumns(site, 'ashok.kumar')).toEqual({ locked_until: null, lock_reason: '', failed_attempts: 0 });
      expect(count(site, 'SELECT count(*) FROM audit_log')).toBe(0);
    }));
});

describe('is:locked', () => {
  it('finds users locked by an administrator (until unlocked or until a time ahead) and by failed attempts, not ended locks', () =>
    withDemoSite((site) => {
      expect(lockedNames(site)).toEqual([]);
      lockUser(site, idOf(site, 'fred.bloggs'), null, 'Left the company');
      lockUser(site, idOf(site, 'hans.meier'), inHours(1), 'On leave');
      // The platform's lock-out after failed attempts, one that has ended, and one that ends in the same second.
      site.db.prepare('UPDATE users SET locked_until = ?, failed_attempts = 5 WHERE username = ?').run(inHours(0.25), 'hanako.sato');
      site.db.prepare("UPDATE users SET locked_until = ?, lock_reason = 'Ended' WHERE username = ?").run(inHours(-1), 'ashok.kumar');
      expect(lockedNames(site)).toEqual(['fred.bloggs', 'hanako.sato', 'hans.meier']);
      expect(lockedNames(site, '-is:locked')).toEqual(['ashok.kumar', 'elisabeth.mueller', 'gildong.hong']);
      unlockUser(site, idOf(site, 'fred.bloggs'));
      expect(lockedNames(site)).toEqual(['hanako.sato', 'hans.meier']);
    }));
});

describe('bulk lock, unlock and reset failed attempts', () => {
  it('locks the selection with the reason, leaving out who is already so locked; the undo restores each previous lock', () =>
    withDemoSite((site) => {
      const until = inHours(24);
      // One user is locked out after failed attempts, one already locked exactly as asked.
      site.db.prepare('UPDATE users SET locked_until = ?, failed_attempts = 5 WHERE username = ?').run(inHours(0.25), 'hanako.sato');
      lockUser(site, idOf(site, 'hans.meier'), until, 'Audit of the night shift');
      const before = usersState(site);
      const ids = ['gildong.hong', 'hanako.sato', 'hans.meier'].map((name) => idOf(site, name));

      const result = applyBulkChange(site, ids, { action: 'lock', until, reason: 'Audit of the night shift' });
      expect(result.selected).toBe(3);
      expect(result.change).toMatchObject({ action: 'lock', userCount: 2, parameters: { until, reason: 'Audit of the night shift' } });
      for (const name of ['gildong.hong', 'hanako.sato']) {
        expect(lockColumns(site, name)).toMatchObject({ locked_until: until, lock_reason: 'Audit of the night shift' });
      }
      expect(lockedNames(site)).toEqual(['gildong.hong', 'hanako.sato', 'hans.meier']);
      expect(auditEntries(site, 'bulk.lock')[0]!.changes).toEqual([
        { field: 'lockedUntil', before: null, after: until },
        { field: 'lockReason', before: null, after: 'Audit of the night shift' },
        { field: 'bulkUsers', before: null, after: 2 },
      ]);

      // Undone after the lock's time has passed: a recorded lock is undone whatever the clock says.
      site.db.prepare("UPDATE bulk_changes SET parameters = json_set(parameters, '$.until', ?) WHERE id = ?").run(inHours(-1), result.change!.id);
      expect(undoBulkChange(site, result.change!.id).restored).toBe(2);
      expect(differences(before, usersState(site))).toEqual({});
      expect(lockColumns(site, 'hanako.sato')).toMatchObject({ lock_reason: '', failed_attempts: 5 });
    }));

  it('locks until unlocked as the far end of time', () =>
    withDemoSite((site) => {
      const ids = ['ashok.kumar', 'fred.bloggs'].map((name) => idOf(site, name));
      applyBulkChange(site, ids, { action: 'lock', until: null, reason: 'Left the company' });
      expect(lockColumns(site, 'fred.bloggs')).toEqual({ locked_until: LOCKED_UNTIL_UNLOCKED, lock_reason: 'Left the company', failed_attempts: 0 });
      expect(lockedNames(site)).toEqual(['ashok.kumar', 'fred.bloggs']);
    }));

  it('unlocks as the editor does (no lock, no reason, attempts from 0); the undo puts all three back', () =>
    withDemoSite((site) => {
      lockUser(site, idOf(site, 'fred.bloggs'), null, 'Left the company');
      site.db.prepare('UPDATE users SET locked_until = ?, failed_attempts = 5 WHERE username = ?').run(inHours(0.25), 'hanako.sato');
      const before = usersState(site);
      const ids = ['ashok.kumar', 'fred.bloggs', 'hanako.sato'].map((name) => idOf(site, name));

      const result = applyBulkChange(site, ids, { action: 'unlock' });
      expect(result.change?.userCount).toBe(2);
      expect(lockedNames(site)).toEqual([]);
      expect(lockColumns(site, 'fred.bloggs')).toEqual({ locked_until: null, lock_reason: '', failed_attempts: 0 });
      undoBulkChange(site, result.change!.id);
      expect(differences(before, usersState(site))).toEqual({});
      expect(lockedNames(site)).toEqual(['fred.bloggs', 'hanako.sato']);
    }));

  it('resets failed attempts of who has some, and the undo brings them back', () =>
    withDemoSite((site) => {
      site.db.prepare("UPDATE users SET failed_attempts = 3 WHERE username IN ('ashok.kumar', 'hans.meier')").run();
      const before = usersState(site);
      const ids = ['ashok.kumar', 'fred.bloggs', 'hans.meier'].map((name) => idOf(site, name));
      const result = applyBulkChange(site, ids, { action: 'resetFailedAttempts' });
      expect(result.change?.userCount).toBe(2);
      expect(count(site, 'SELECT count(*) FROM users WHERE failed_attempts > 0')).toBe(0);
      undoBulkChange(site, result.change!.id);
      expect(differences(before, usersState(site))).toEqual({});
    }));
});
