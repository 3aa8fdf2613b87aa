import { z } from 'zod';
import type { FieldIssue } from '../result.js';
import { userFieldsShape } from '../user-record/user-fields.js';
import { toFieldIssues } from './issues.js';

// The contract's user save: the declared fields (shared/user-record/user-fields.ts, with the rules of
// user-field-rules.ts), the id, and what to do with each secret. The editor validates as you type with these,
// the contract every save, the import every row.

export const PASSWORD_MAX = 128;
const PIN_MAX_DIGITS = 20;

/** What to do with a stored secret on save: keep it, clear it, or replace it (with its confirmation). */
export const passwordChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('clear') }),
  z.object({
    action: z.literal('set'),
    value: z.string().min(1, { error: 'rule.password.empty' }).max(PASSWORD_MAX, { error: 'rule.tooLong' }),
    confirmation: z.string().max(PASSWORD_MAX),
  }),
]);

export const pinChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('clear') }),
  z.object({
    action: z.literal('set'),
    // One check, so that every refusal (letters or too many digits) carries the {max} its message names.
    value: z.string().refine((v) => v.length <= PIN_MAX_DIGITS && /^[0-9]+$/.test(v), { error: 'rule.pin.format', params: { max: PIN_MAX_DIGITS } }),
    confirmation: z.string().max(PIN_MAX_DIGITS + 1),
  }),
]);

export type PasswordChange = z.infer<typeof passwordChangeSchema>;
export type PinChange = z.infer<typeof pinChangeSchema>;

const userDraftShape = userFieldsShape.extend({
  /** null for a new user. */
  id: z.number().int().positive().nullable(),
  password: passwordChangeSchema,
  pin: pinChangeSchema,
});

export type UserDraft = z.infer<typeof userDraftShape>;

/** Rules that relate fields to each other; run on every draft whose fields have the right types. */
function crossFieldIssues(draft: UserDraft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (draft.password.action === 'set' && draft.password.value !== draft.password.confirmation) {
    issues.push({ path: ['password', 'confirmation'], message: 'rule.password.confirmation' });
  }
  if (draft.pin.action === 'set' && draft.pin.value !== draft.pin.confirmation) {
    issues.push({ path: ['pin', 'confirmation'], message: 'rule.pin.confirmation' });
  }
  if (!draft.privileges.sms) {
    if (draft.voicemail.smsOnNew) issues.push({ path: ['voicemail', 'smsOnNew'], message: 'rule.notification.smsNeedsPrivilege' });
    if (draft.fax.smsOnNew) issues.push({ path: ['fax', 'smsOnNew'], message: 'rule.notification.smsNeedsPrivilege' });
  }
  const seen = new Set<string>();
  draft.aliases.forEach((alias, index) => {
    const key = alias.trim().toLowerCase();
    if (seen.has(key)) issues.push({ path: ['aliases', index], message: 'rule.alias.duplicate', params: { alias } });
    seen.add(key);
  });
  return issues;
}

/** The contract's schema for a user save: field rules plus the cross-field rules. */
export const userDraftSchema = userDraftShape.superRefine((draft, ctx) => {
  for (const issue of crossFieldIssues(draft)) {
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, ...(issue.params ? { params: issue.params } : {}) });
  }
});

/**
 * Every problem of a draft at once, for the editor: field rules and cross-field rules together (zod stops
 * before refinements when a field fails, and a user typing wants to see all problems).
 */
export function userDraftIssues(draft: UserDraft): FieldIssue[] {
  const parsed = userDraftShape.safeParse(draft);
  const fieldIssues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
  return [...fieldIssues, ...crossFieldIssues(draft)];
}
