import { z } from 'zod';
import { APPLICATIONS, AUTHENTICATIONS, EXTENSION_MAX_DIGITS, LANGUAGES, PRIVILEGES } from '../domain/index.js';
import type { Privilege } from '../domain/index.js';
import type { FieldIssue } from '../result.js';
import { toFieldIssues } from './issues.js';
import { optionalPattern, plainText } from './text.js';
import { wholeNumberIn } from './whole-number.js';
import type { NumberRange } from './whole-number.js';

// One source of truth for the shape of every user field: the editor validates as you type with these,
// the contract validates every save with them, and imports will validate every row with them.

const USERNAME_PATTERN = /^[A-Za-z0-9._-]+(@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)?$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{0,30}$/;
const EXTENSION_PATTERN = new RegExp(`^[0-9]{1,${EXTENSION_MAX_DIGITS}}$`);
const ALIAS_PATTERN = /^(\+?[0-9]{2,20}|[A-Za-z0-9._-]{1,64})$/;
const PIN_MAX_DIGITS = 20;
/** VIP status in stars: 0 (none) to the most the editor's rating and the user list show. */
export const VIP_RANGE: NumberRange = { min: 0, max: 5 };
export const PASSWORD_MAX = 128;
const MAX_ALIASES = 20;

const usernameSchema = plainText(64)
  .refine((v) => v.length > 0, { error: 'rule.username.required' })
  .refine((v) => v === '' || USERNAME_PATTERN.test(v), { error: 'rule.username.format' });

const emailSchema = optionalPattern(254, EMAIL_PATTERN, 'rule.email.format');
const phoneSchema = optionalPattern(32, PHONE_PATTERN, 'rule.phone.format');
const extensionSchema = optionalPattern(EXTENSION_MAX_DIGITS, EXTENSION_PATTERN, 'rule.number.format', { max: EXTENSION_MAX_DIGITS });
const vipSchema = wholeNumberIn(VIP_RANGE, 'rule.vip.range');
export const languageSchema = z.enum(LANGUAGES, { error: 'rule.language.unknown' });
const authenticationSchema = z.enum(AUTHENTICATIONS, { error: 'rule.authentication.unknown' });
const groupIdSchema = z.number().int().positive();

const aliasesSchema = z
  .array(plainText(64).refine((v) => ALIAS_PATTERN.test(v), { error: 'rule.alias.format' }))
  .max(MAX_ALIASES, { error: 'rule.alias.tooMany' });

export const privilegesSchema = z.object(Object.fromEntries(PRIVILEGES.map((p) => [p, z.boolean()])) as Record<Privilege, z.ZodBoolean>);

export const voiceRecordingSchema = z.object({ inbound: z.boolean(), outbound: z.boolean(), userCanDelete: z.boolean() });
export const voicemailSchema = z.object({ forwardToEmail: z.boolean(), markAsRead: z.boolean(), smsOnNew: z.boolean() });
export const faxSchema = voicemailSchema.extend({ outboundConfirmation: z.boolean() });
export const applicationsSchema = z.array(z.enum(APPLICATIONS)).max(APPLICATIONS.length);

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
  }),
]);

export type PasswordChange = z.infer<typeof passwordChangeSchema>;
export type PinChange = z.infer<typeof pinChangeSchema>;

const userDraftShape = z.object({
  /** null for a new user. */
  id: z.number().int().positive().nullable(),
  username: usernameSchema,
  authentication: authenticationSchema,
  alwaysPromptPin: z.boolean(),
  firstName: plainText(64),
  lastName: plainText(64),
  department: plainText(64),
  vip: vipSchema,
  email: emailSchema,
  language: languageSchema,
  mobile: phoneSchema,
  pager: phoneSchema,
  phone: phoneSchema,
  number: extensionSchema,
  aliases: aliasesSchema,
  showInDirectory: z.boolean(),
  enabled: z.boolean(),
  phantom: z.boolean(),
  privileges: privilegesSchema,
  voiceRecording: voiceRecordingSchema,
  applications: applicationsSchema,
  internalContactsGroupId: groupIdSchema.nullable(),
  externalContactsGroupId: groupIdSchema.nullable(),
  voicemail: voicemailSchema,
  fax: faxSchema,
  groupIds: z.array(groupIdSchema).max(1000),
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
