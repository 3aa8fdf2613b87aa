import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accountLockOf, isIndefiniteLock, LOCKED_UNTIL_UNLOCKED, storedLockUntil } from '@shared/domain/account-lock';
import { lockRequestSchema } from '@shared/rules/account-lock-rules';
import { bulkChangeSchema, recordedBulkChangeSchema } from '@shared/rules/bulk-rules';
import { toFieldIssues } from '@shared/rules/issues';
import type { FieldIssue } from '@shared/result';

const HOUR = 3600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

function issuesOf(input: unknown, schema: z.ZodType = lockRequestSchema): FieldIssue[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : toFieldIssues(parsed.error.issues);
}

describe('the rule of a lock', () => {
  it('takes a time ahead, or null for until unlocked, with a reason', () => {
    expect(issuesOf({ until: inHours(2), reason: 'On leave' })).toEqual([]);
    expect(issuesOf({ until: null, reason: 'Left the company' })).toEqual([]);
    // An offset names the same instant as Z does.
    expect(issuesOf({ until: '2999-03-01T09:00+01:00', reason: 'x' })).toEqual([]);
  });

  it('refuses a time in the past, or now, at the until field with what to do instead', () => {
    expect(issuesOf({ until: inHours(-1), reason: 'On leave' })).toEqual([{ path: ['until'], message: 'rule.lock.until.past' }]);
    expect(issuesOf({ until: '2000-01-01T00:00:00Z', reason: 'On leave' })).toEqual([{ path: ['until'], message: 'rule.lock.until.past' }]);
  });

  it.each([
    ['an empty text', ''],
    ['no date at all', 'next week'],
    ['a date without a time', '2999-03-01'],
    ['a time without a zone', '2999-03-01T09:00:00'],
    ['30 February', '2999-02-30T09:00:00Z'],
    ['month 13', '2999-13-01T09:00:00Z'],
    ['25 o’clock', '2999-03-01T25:00:00Z'],
    ['a number', 1_900_000_000_000],
  ])('refuses %s as the end of a lock, at the until field', (_name, until) => {
    expect(issuesOf({ until, reason: 'On leave' })).toEqual([{ path: ['until'], message: 'rule.lock.until.format' }]);
  });

  it('refuses an empty or blank reason, and one longer than 500 characters', () => {
    expect(issuesOf({ until: null, reason: '' })).toEqual([{ path: ['reason'], message: 'rule.lock.reason.required' }]);
    expect(issuesOf({ until: null, reason: '   ' })).toEqual([{ path: ['reason'], message: 'rule.lock.reason.required' }]);
    expect(issuesOf({ until: null, reason: 'x'.repeat(501) })).toEqual([{ path: ['reason'], message: 'rule.tooLong', params: { max: 500 } }]);
    expect(issuesOf({ until: null, reason: 'x'.repeat(500) })).toEqual([]);
  });

  it('says every problem at once: a past time and an empty reason', () => {
    expect(issuesOf({ until: inHours(-1), reason: '' })).toEqual(
      expect.arrayContaining([
        { path: ['until'], message: 'rule.lock.until.past' },
        { path: ['reason'], message: 'rule.lock.reason.required' },
      ]),
    );
  });

  it('is the bulk lock’s rule too; a recorded lock is read back whatever the clock says now', () => {
    const past = { action: 'lock', until: inHours(-1), reason: 'On leave' };
    expect(issuesOf(past, bulkChangeSchema)).toEqual([{ path: ['until'], message: 'rule.lock.until.past' }]);
    expect(issuesOf({ action: 'lock', until: null, reason: '' }, bulkChangeSchema)).toEqual([
      { path: ['reason'], message: 'rule.lock.reason.required' },
    ]);
    expect(recordedBulkChangeSchema.parse(past)).toEqual(past);
    expect(issuesOf({ action: 'unlock' }, bulkChangeSchema)).toEqual([]);
    expect(issuesOf({ action: 'resetFailedAttempts' }, bulkChangeSchema)).toEqual([]);
  });
});

describe('the stored end of a lock', () => {
  it('stores until unlocked as the far end of time, and a time in one comparable ISO form', () => {
    expect(storedLockUntil(null)).toBe(LOCKED_UNTIL_UNLOCKED);
    expect(isIndefiniteLock(storedLockUntil(null))).toBe(true);
    expect(storedLockUntil('2999-03-01T09:00+01:00')).toBe('2999-03-01T08:00:00.000Z');
    expect(isIndefiniteLock('2999-03-01T08:00:00.000Z')).toBe(false);
    // Compared as text, as SQL compares it: the far end of time is after any instant a clock gives.
    expect(LOCKED_UNTIL_UNLOCKED > new Date(8.64e15 / 2).toISOString()).toBe(true);
  });

  it('reads the lock in force: an administrator’s with its reason, failed attempts, or none once it ended', () => {
    const now = new Date('2030-06-01T12:00:00.000Z');
    expect(accountLockOf({ lockedUntil: LOCKED_UNTIL_UNLOCKED, lockReason: 'Left', failedAttempts: 0 }, now)).toEqual({
      kind: 'administrator',
      until: null,
      reason: 'Left',
    });
    expect(accountLockOf({ lockedUntil: '2030-06-02T00:00:00.000Z', lockReason: 'Leave', failedAttempts: 2 }, now)).toEqual({
      kind: 'administrator',
      until: '2030-06-02T00:00:00.000Z',
      reason: 'Leave',
    });
    expect(accountLockOf({ lockedUntil: '2030-06-01T12:15:00.000Z', lockReason: '', failedAttempts: 5 }, now)).toEqual({
      kind: 'failedAttempts',
      until: '2030-06-01T12:15:00.000Z',
      attempts: 5,
    });
    expect(accountLockOf({ lockedUntil: '2030-06-01T11:00:00.000Z', lockReason: 'Leave', failedAttempts: 0 }, now)).toEqual({ kind: 'none' });
    expect(accountLockOf({ lockedUntil: null, lockReason: '', failedAttempts: 3 }, now)).toEqual({ kind: 'none' });
  });
});
