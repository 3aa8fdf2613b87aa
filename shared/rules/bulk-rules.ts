import { z } from 'zod';
import { PRIVILEGES } from '../domain/privileges.js';
import { MAX_SITE_USERS } from '../domain/site.js';
import { lockFields, refuseLockInThePast } from './account-lock-rules.js';

/** The changes a bulk action can make to selected users; export is not one of them (it changes nothing). */
export type BulkAction =
  | 'addToGroup'
  | 'removeFromGroup'
  | 'setPrivilege'
  | 'clearPrivilege'
  | 'enable'
  | 'disable'
  | 'expirePassword'
  | 'expirePin'
  | 'lock'
  | 'unlock'
  | 'resetFailedAttempts'
  | 'delete';

/** Above this many users the renderer asks before acting and shows progress. */
export const LARGE_SELECTION = 1000;

const groupId = z.number({ error: 'rule.bulk.group.required' }).int().positive();
const privilege = z.enum(PRIVILEGES, { error: 'rule.bulk.privilege.required' });

/**
 * One bulk change with the parameters it needs, and nothing else, as it is recorded: read back for an undo
 * with this schema, since a recorded lock's end may lie in the past by then.
 */
export const recordedBulkChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('addToGroup'), groupId }),
  z.object({ action: z.literal('removeFromGroup'), groupId }),
  z.object({ action: z.literal('setPrivilege'), privilege }),
  z.object({ action: z.literal('clearPrivilege'), privilege }),
  z.object({ action: z.literal('enable') }),
  z.object({ action: z.literal('disable') }),
  z.object({ action: z.literal('expirePassword') }),
  z.object({ action: z.literal('expirePin') }),
  z.object({ action: z.literal('lock'), ...lockFields }),
  z.object({ action: z.literal('unlock') }),
  z.object({ action: z.literal('resetFailedAttempts') }),
  z.object({ action: z.literal('delete') }),
]);

/** A bulk change as the administrator asks for it: a lock must end in the future. */
export const bulkChangeSchema = recordedBulkChangeSchema.superRefine((change, ctx) => {
  if (change.action === 'lock') refuseLockInThePast(change.until, ctx);
});
export type BulkChange = z.infer<typeof recordedBulkChangeSchema>;

const isUserId = (id: unknown) => typeof id === 'number' && Number.isSafeInteger(id) && id > 0;

/**
 * A selection of users by id: at least one, at most MAX_SITE_USERS, duplicates ignored by the services. Its
 * length is checked first and its ids by one loop, not by a schema per id: zod would build a result for each of
 * up to 100,000 ids in main, and collect them again, while every screen waits (issue 19).
 */
export const bulkSelectionSchema = z
  .custom<number[]>((value) => Array.isArray(value))
  .refine((ids) => ids.length >= 1, { error: 'rule.bulk.selection.empty', abort: true })
  .refine((ids) => ids.length <= MAX_SITE_USERS, { error: 'rule.bulk.selection.tooLarge', params: { max: MAX_SITE_USERS }, abort: true })
  .refine((ids) => ids.every(isUserId));
