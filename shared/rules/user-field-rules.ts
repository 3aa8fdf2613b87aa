import { z } from 'zod';
import { APPLICATION_OPTIONS, APPLICATIONS, AUTHENTICATIONS, EXTENSION_MAX_DIGITS, LANGUAGES, PRIVILEGES } from '../domain/index.js';
import type { ApplicationGrant, Privilege } from '../domain/index.js';
import { optionalPattern, plainText } from './text.js';
import { wholeNumberIn } from './whole-number.js';
import type { NumberRange } from './whole-number.js';

// The rule of each user field. The declaration of the user record (shared/user-record/user-fields.ts) names
// these; the editor validates as you type with them, the contract every save, the import every row.

/**
 * Letters and digits of any script (jürgen.weiß, 김민준, Łukasz), '.', '_' and '-', then an optional @domain
 * of the same letters. Combining marks belong to the letter before them (Devanagari vowel signs, a decomposed
 * ü), so a name may not start with one. The editor, the contract and the import all test this one pattern;
 * an export to a system that takes ASCII only lists the users it cannot write (export-layouts.ts).
 */
const USERNAME_PATTERN = /^(?!\p{M})[\p{L}\p{M}\p{N}._-]+(@[\p{L}\p{M}\p{N}-]+(\.[\p{L}\p{M}\p{N}-]+)+)?$/u;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 ()./-]{0,30}$/;
const EXTENSION_PATTERN = new RegExp(`^[0-9]{1,${EXTENSION_MAX_DIGITS}}$`);
const ALIAS_PATTERN = /^(\+?[0-9]{2,20}|[A-Za-z0-9._-]{1,64})$/;
/** VIP status in stars: 0 (none) to the most the editor's rating and the user list show. */
export const VIP_RANGE: NumberRange = { min: 0, max: 5 };
const MAX_ALIASES = 20;
const NOTES_MAX = 2000;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const usernameSchema = plainText(64)
  .refine((v) => v.length > 0, { error: 'rule.username.required' })
  .refine((v) => v === '' || USERNAME_PATTERN.test(v), { error: 'rule.username.format' });

export const emailSchema = optionalPattern(254, EMAIL_PATTERN, 'rule.email.format');
export const phoneSchema = optionalPattern(32, PHONE_PATTERN, 'rule.phone.format');
export const extensionSchema = optionalPattern(EXTENSION_MAX_DIGITS, EXTENSION_PATTERN, 'rule.number.format', { max: EXTENSION_MAX_DIGITS });
export const vipSchema = wholeNumberIn(VIP_RANGE, 'rule.vip.range');
export const languageSchema = z.enum(LANGUAGES, { error: 'rule.language.unknown' });
export const authenticationSchema = z.enum(AUTHENTICATIONS, { error: 'rule.authentication.unknown' });
export const groupIdSchema = z.number().int().positive();

/** Free text over several lines: trimmed, no control characters other than line breaks. */
export const notesSchema = z
  .string({ error: 'rule.invalid' })
  .trim()
  .max(NOTES_MAX, { error: 'rule.tooLong' })
  .refine((v) => !CONTROL_BUT_LINES.test(v), { error: 'rule.controlCharacters' });

export const aliasesSchema = z
  .array(plainText(64).refine((v) => ALIAS_PATTERN.test(v), { error: 'rule.alias.format' }))
  .max(MAX_ALIASES, { error: 'rule.alias.tooMany' });

export const privilegesSchema = z.object(Object.fromEntries(PRIVILEGES.map((p) => [p, z.boolean()])) as Record<Privilege, z.ZodBoolean>);

export const voiceRecordingSchema = z.object({ inbound: z.boolean(), outbound: z.boolean(), userCanDelete: z.boolean() });
export const voicemailSchema = z.object({ forwardToEmail: z.boolean(), markAsRead: z.boolean(), smsOnNew: z.boolean() });
export const faxSchema = voicemailSchema.extend({ outboundConfirmation: z.boolean() });

const applicationGrantSchema = z
  .object({
    application: z.string(),
    options: z.array(z.string()).max(20),
  })
  .superRefine((grant, ctx) => {
    if (!(APPLICATIONS as string[]).includes(grant.application)) {
      ctx.addIssue({ code: 'custom', path: ['application'], message: 'rule.application.unknown', params: { name: grant.application } });
      return;
    }
    const known: readonly string[] = APPLICATION_OPTIONS[grant.application as ApplicationGrant['application']];
    grant.options.forEach((option, index) => {
      if (!known.includes(option)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index],
          message: 'rule.application.option',
          params: { name: option, application: grant.application },
        });
      }
    });
  })
  .transform((grant) => grant as ApplicationGrant);

/**
 * The application grants. Versions before 11 stored a list of application names: such a list is read as grants
 * without options, so defaults saved then keep their applications. A second grant of one application is refused.
 */
export const applicationsSchema = z.preprocess(
  (value) => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? { application: item, options: [] } : item)) : value),
  z
    .array(applicationGrantSchema)
    .max(APPLICATIONS.length)
    .superRefine((grants, ctx) => {
      const seen = new Set<string>();
      grants.forEach((grant, index) => {
        if (seen.has(grant.application))
          ctx.addIssue({ code: 'custom', path: [index, 'application'], message: 'rule.application.duplicate', params: { name: grant.application } });
        seen.add(grant.application);
      });
    }),
);

/** A CUCM device name: SEP + MAC for a desk phone, CSF/BOT/TCT + name for soft clients and mobiles. */
const DEVICE_NAME_PATTERN = /^[A-Za-z0-9._-]{1,50}$/;
const MAX_PHONES = 50;

const phoneDeviceSchema = z.object({
  device: plainText(50).refine((v) => DEVICE_NAME_PATTERN.test(v), { error: 'rule.device.name' }),
  model: plainText(64),
  /** The device's line that carries the user's primary extension, or null. */
  line: z
    .number({ error: 'rule.device.line' })
    .int({ error: 'rule.device.line' })
    .min(1, { error: 'rule.device.line' })
    .max(99, { error: 'rule.device.line' })
    .nullable(),
});

/** The user's phones; one device is listed once (device names are unique in CUCM, regardless of case). */
export const phonesSchema = z
  .array(phoneDeviceSchema)
  .max(MAX_PHONES, { error: 'rule.device.tooMany' })
  .superRefine((phones, ctx) => {
    const seen = new Set<string>();
    phones.forEach((phone, index) => {
      const key = phone.device.toUpperCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index, 'device'], message: 'rule.device.duplicate', params: { device: phone.device } });
      seen.add(key);
    });
  });
