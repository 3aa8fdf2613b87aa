import { z } from 'zod';
import type { User } from '../domain/index.js';
import { lockFields, refuseLockInThePast } from '../rules/account-lock-rules.js';
import { secretServerSchema } from '../rules/secret-endpoint.js';
import { SECRET_KINDS, securitySettingsSchema } from '../rules/security-rules.js';
import type { SecretKind, SecuritySettings } from '../rules/security-rules.js';
import { byId, out } from './channel.js';

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
const credentialPurposeSchema = z.string().regex(/^[A-Za-z0-9.-]{1,40}$/);

/** The security channels of the contract (see shared/contract.ts). */
export const securityChannels = {
  'security.get': { input: z.object({}), output: out<SecurityState>() },
  /** Saves the settings (recorded in the audit log) and re-checks the stored users against the rules. */
  'security.save': { input: z.object({ settings: securitySettingsSchema }), output: out<SecurityState>() },
  /** Stamps every user's password (or PIN) as expired; refused (POLICY) while its expiry days are not set. */
  'security.expireAll': { input: z.object({ secret: z.enum(SECRET_KINDS) }), output: out<{ count: number }>() },
  /** Locks an account on purpose until a time ahead (or, with until null, until unlocked), with the reason. */
  'security.lockUser': {
    input: byId.extend(lockFields).superRefine(({ until }, ctx) => refuseLockInThePast(until, ctx)),
    output: out<User>(),
  },
  /** Lifts any lock (an administrator's or after failed attempts) and starts the failed attempts from 0. */
  'security.unlockUser': { input: byId, output: out<User>() },
  'security.resetFailedAttempts': { input: byId, output: out<User>() },
  'security.expireUserSecret': { input: byId.extend({ secret: z.enum(SECRET_KINDS) }), output: out<User>() },
  /**
   * The username last used for a connection test on the open site against this server, when the site
   * remembers credentials; null for anything typed on another site or for another server.
   */
  'security.recallCredentials': {
    input: z.object({ purpose: credentialPurposeSchema, server: secretServerSchema }),
    output: out<RememberedCredentials | null>(),
  },
} as const;
