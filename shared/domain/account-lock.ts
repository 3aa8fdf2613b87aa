/**
 * A lock "until unlocked" is stored as the far end of time rather than as a flag, so that every "locked now"
 * comparison (locked_until > now, in SQL and here) keeps holding it without a special case. This is the one
 * place that value is written down.
 */
export const LOCKED_UNTIL_UNLOCKED = '9999-12-31T23:59:59.999Z';

/** True when a stored locked_until means "until an administrator unlocks the account". */
export function isIndefiniteLock(lockedUntil: string | null): boolean {
  return lockedUntil === LOCKED_UNTIL_UNLOCKED;
}

/**
 * The locked_until to store for a requested lock: null (until unlocked) becomes the far end of time; a time is
 * written in the one ISO form (UTC, milliseconds) that compares correctly as text against `now`.
 */
export function storedLockUntil(until: string | null): string {
  return until === null ? LOCKED_UNTIL_UNLOCKED : new Date(until).toISOString();
}

/** What a user's lock state reads as. */
export type AccountLock =
  | { kind: 'none' }
  /** Locked on purpose by an administrator; `until` is null for "until unlocked". */
  | { kind: 'administrator'; until: string | null; reason: string }
  /** Locked by the platform after failed sign-in attempts (no reason is recorded). */
  | { kind: 'failedAttempts'; until: string; attempts: number };

/** The lock in force at `now`: an administrator's lock carries its reason; a lock whose time has passed is none. */
export function accountLockOf(user: { lockedUntil: string | null; lockReason: string; failedAttempts: number }, now: Date): AccountLock {
  const { lockedUntil, lockReason, failedAttempts } = user;
  if (lockedUntil === null || !(new Date(lockedUntil).getTime() > now.getTime())) return { kind: 'none' };
  if (lockReason === '' && !isIndefiniteLock(lockedUntil)) return { kind: 'failedAttempts', until: lockedUntil, attempts: failedAttempts };
  return { kind: 'administrator', until: isIndefiniteLock(lockedUntil) ? null : lockedUntil, reason: lockReason };
}
