import { z } from 'zod';
import { httpsUrlSchema } from './network-rules.js';
import { wholeNumberIn } from './whole-number.js';
import type { NumberRange } from './whole-number.js';

/** Expiry and lock-out are limited to values an administrator would mean (ten years, a day). */
export const EXPIRY_DAYS_RANGE: NumberRange = { min: 1, max: 3650 };
export const LOCKOUT_ATTEMPTS_RANGE: NumberRange = { min: 1, max: 100 };
export const LOCKOUT_MINUTES_RANGE: NumberRange = { min: 1, max: 1440 };

const days = wholeNumberIn(EXPIRY_DAYS_RANGE, 'security.rule.days').nullable();

/** The security settings of a site (Settings > Security). null days mean "never expires". */
export const securitySettingsSchema = z
  .object({
    rememberCredentials: z.boolean(),
    /** null: accounts are never locked. */
    lockoutAttempts: wholeNumberIn(LOCKOUT_ATTEMPTS_RANGE, 'security.rule.attempts').nullable(),
    lockoutMinutes: wholeNumberIn(LOCKOUT_MINUTES_RANGE, 'security.rule.minutes').nullable(),
    securePasswords: z.boolean(),
    passwordExpiryDays: days,
    securePins: z.boolean(),
    pinExpiryDays: days,
    ssoUrl: httpsUrlSchema,
  })
  .superRefine((settings, ctx) => {
    if (settings.lockoutAttempts !== null && settings.lockoutMinutes === null) {
      ctx.addIssue({ code: 'custom', path: ['lockoutMinutes'], message: 'security.rule.minutesNeeded' });
    }
  });
export type SecuritySettings = z.output<typeof securitySettingsSchema>;

/** A new site's settings: no rule forces anything until the administrator turns it on. */
export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  rememberCredentials: false,
  lockoutAttempts: 5,
  lockoutMinutes: 10,
  securePasswords: false,
  passwordExpiryDays: null,
  securePins: false,
  pinExpiryDays: null,
  ssoUrl: '',
};

/** Account states the user list can filter by (expiry follows the security settings). */
export const USER_STATE_FILTERS = ['passwordExpired', 'pinExpired', 'locked'] as const;
export type UserStateFilter = (typeof USER_STATE_FILTERS)[number];

export const SECRET_KINDS = ['password', 'pin'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];
