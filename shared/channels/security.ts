import { z } from 'zod';
import type { User } from '../domain/index.js';
import { httpsUrlSchema } from '../rules/network-rules.js';
import { secretServerSchema } from '../rules/secret-endpoint.js';
import { out } from './channel.js';

/** Expiry, lock-out and remembered credentials are limited to values an administrator would mean. */
export const EXPIRY_DAYS_MAX = 3650;
export const LOCKOUT_ATTEMPTS_MAX = 100;
export const LOCKOUT_MINUTES_MAX = 1440;

const days = z
  .number({ error: 'security.rule.days' })
  .int({ error: 'security.rule.days' })
  .min(1, { error: 'security.rule.days' })
  .max(EXPIRY_DAYS_MAX, { error: 'security.rule.days' })
  .nullable();

/** The security settings of a site (SPEC 7, Security). null days mean "never expires". */
export const securitySettingsSchema = z
  .object({
    rememberCredentials: z.boolean(),
    /** null: accounts are never locked. */
    lockoutAttempts: z
      .number({ error: 'security.rule.attempts' })
      .int({ error: 'security.rule.attempts' })
      .min(1, { error: 'security.rule.attempts' })
      .max(LOCKOUT_ATTEMPTS_MAX, { error: 'security.rule.attempts' })
      .nullable(),
    lockoutMinutes: z
      .number({ error: 'security.rule.minutes' })
      .int({ error: 'security.rule.minutes' })
      .min(1, { error: 'security.rule.minutes' })
      .max(LOCKOUT_MINUTES_MAX, { error: 'security.rule.minutes' })
      .nullable(),
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

/** One stored secret that breaks a rule in force. `rule` is null when it could not be checked. */
export interface NonCompliance {
  userId: number;
  username: string;
  secret: SecretKind;
  /** A PasswordRule or PinRule of shared/rules/secret-policy.ts; null: not known (the site key is missing here). */
  rule: string | null;
}

export interface SecurityState {
  settings: SecuritySettings;
  /** Stored secrets that break the rules in force, by username. */
  nonCompliant: NonCompliance[];
}

/** What the renderer may know of remembered credentials: never the password. */
export interface RememberedCredentials {
  username: string;
  passwordRemembered: boolean;
}

/** A connection test's purpose, the key under which its credentials are remembered. */
export const credentialPurposeSchema = z.string().regex(/^[A-Za-z0-9.-]{1,40}$/);

const userId = z.object({ id: z.number().int().positive() });

/** The security channels of the contract (see shared/contract.ts). */
export const securityChannels = {
  'security.get': { input: z.object({}), output: out<SecurityState>() },
  /** Saves the settings (recorded in the audit log) and re-checks the stored users against the rules. */
  'security.save': { input: z.object({ settings: securitySettingsSchema }), output: out<SecurityState>() },
  /** Stamps every user's password (or PIN) as expired; refused (POLICY) while its expiry days are not set. */
  'security.expireAll': { input: z.object({ secret: z.enum(SECRET_KINDS) }), output: out<{ count: number }>() },
  'security.unlockUser': { input: userId, output: out<User>() },
  'security.resetFailedAttempts': { input: userId, output: out<User>() },
  'security.expireUserSecret': { input: userId.extend({ secret: z.enum(SECRET_KINDS) }), output: out<User>() },
  /**
   * The username last used for a connection test on the open site against this server, when the site
   * remembers credentials; null for anything typed on another site or for another server.
   */
  'security.recallCredentials': {
    input: z.object({ purpose: credentialPurposeSchema, server: secretServerSchema }),
    output: out<RememberedCredentials | null>(),
  },
} as const;
