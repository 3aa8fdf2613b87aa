import { storedLockUntil } from '@shared/domain/account-lock';
import type { SecretKind } from '@shared/rules/security-rules';
import type { User } from '@shared/domain';
import { RosterError } from '@shared/result';
import { recordChange } from '../audit/audit-log';
import type { AuditChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';

/**
 * The per-user lifecycle actions of the account state: each one change of the row with its audit entry,
 * in one transaction, saved at once (not through the editor's draft).
 */
function changeAccount(site: OpenSite, id: number, action: string, update: (now: string) => void, fields: (keyof User)[]): User {
  site.db.transaction(() => {
    const before = site.users.get(id);
    if (!before || before.deletedAt !== null) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');
    update(new Date().toISOString());
    const after = site.users.get(id)!;
    const changes: AuditChange[] = fields
      .filter((field) => before[field as keyof typeof before] !== after[field as keyof typeof after])
      .map((field) => ({ field, before: before[field as keyof typeof before], after: after[field as keyof typeof after] }));
    if (changes.length > 0) recordChange(site.db, { entity: 'user', entityId: id, entityLabel: before.username, action, changes });
  })();
  return site.user(id);
}

/**
 * Locks an account on purpose until `until` (null: until unlocked), with the administrator's reason. The failed
 * attempts stay as they are: they are the platform's record, and an unlock resets them.
 */
export function lockUser(site: OpenSite, id: number, until: string | null, reason: string): User {
  return changeAccount(
    site,
    id,
    'lock',
    (now) =>
      site.db.prepare('UPDATE users SET locked_until = ?, lock_reason = ?, updated_at = ? WHERE id = ?').run(storedLockUntil(until), reason, now, id),
    ['lockedUntil', 'lockReason'],
  );
}

/** Lifts a lock, an administrator's or a lock-out: no lock, no reason, and the failed attempts start again from 0. */
export function unlockUser(site: OpenSite, id: number): User {
  return changeAccount(
    site,
    id,
    'unlock',
    (now) => site.db.prepare("UPDATE users SET locked_until = NULL, lock_reason = '', failed_attempts = 0, updated_at = ? WHERE id = ?").run(now, id),
    ['lockedUntil', 'lockReason', 'failedAttempts'],
  );
}

export function resetFailedAttempts(site: OpenSite, id: number): User {
  return changeAccount(
    site,
    id,
    'resetFailedAttempts',
    (now) => site.db.prepare('UPDATE users SET failed_attempts = 0, updated_at = ? WHERE id = ?').run(now, id),
    ['failedAttempts'],
  );
}

/** Marks one user's password (or PIN) as expired; refused when the user has none. */
export function expireUserSecret(site: OpenSite, id: number, secret: SecretKind): User {
  if (site.users.get(id) && !site.secrets.status('user', id, secret).set) {
    throw new RosterError('POLICY', secret === 'password' ? 'account.noPassword' : 'account.noPin');
  }
  const column = secret === 'password' ? 'password_expired' : 'pin_expired';
  return changeAccount(
    site,
    id,
    secret === 'password' ? 'expirePassword' : 'expirePin',
    (now) => site.db.prepare(`UPDATE users SET ${column} = 1, updated_at = ? WHERE id = ?`).run(now, id),
    [secret === 'password' ? 'passwordExpired' : 'pinExpired'],
  );
}
