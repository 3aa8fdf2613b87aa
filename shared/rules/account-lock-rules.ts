import { z } from 'zod';
import { plainText } from './text.js';

const LOCK_REASON_MAX = 500;

/** An instant as the contract carries it: an ISO 8601 date-time with a zone (Z or an offset). */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A real calendar date and clock time (Date itself would roll 30 February over into March). */
function isInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59;
}

/** Until when: a date-time, or null for "until unlocked". Whether it lies ahead is checked against the clock (below). */
const lockUntilSchema = z
  .string({ error: 'rule.lock.until.format' })
  .max(40, { error: 'rule.lock.until.format' })
  .refine(isInstant, { error: 'rule.lock.until.format' })
  .nullable();

/** Why: shown in the editor and recorded in the audit log, so it may not be empty. */
const lockReasonSchema = plainText(LOCK_REASON_MAX).refine((v) => v.length > 0, { error: 'rule.lock.reason.required' });

/** The fields of a lock, before the clock is consulted: what a recorded bulk lock is read back with. */
export const lockFields = { until: lockUntilSchema, reason: lockReasonSchema };

/**
 * A lock must end after now: one that ended already would lock nobody and read as a mistake. Checked as the
 * request arrives (not on what was recorded earlier, which the clock has since overtaken).
 */
export function refuseLockInThePast(until: string | null, ctx: z.core.$RefinementCtx): void {
  if (until !== null && isInstant(until) && new Date(until).getTime() <= Date.now()) {
    ctx.addIssue({ code: 'custom', path: ['until'], message: 'rule.lock.until.past' });
  }
}

/** A lock as the administrator asks for it: the editor's and the bulk dialog's rule, and the contract's. */
export const lockRequestSchema = z.object(lockFields).superRefine(({ until }, ctx) => refuseLockInThePast(until, ctx));
export type LockRequest = z.infer<typeof lockRequestSchema>;
