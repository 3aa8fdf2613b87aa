import { z } from 'zod';
import { hostSchema, portSchema } from './network-rules.js';
import { plainText } from './text.js';
import { NO_TRUST, tlsTrustSchema } from './tls-trust.js';
import { wholeNumberIn } from './whole-number.js';
import type { NumberRange } from './whole-number.js';

// The CUCM connection settings (Settings > CUCM): one source for the screen, the save, the connection
// test and the AXL client of the import.

/** The AXL schema versions Roster speaks; the namespace and SOAPAction name the one configured. */
export const AXL_VERSIONS = ['11.0', '11.5', '12.0', '12.5', '14.0', '15.0'] as const;
export type AxlVersion = (typeof AXL_VERSIONS)[number];

/** CUCM serves AXL on its Tomcat HTTPS port. */
const CUCM_PORT = 8443;
const CUCM_DEFAULT_TIMEOUT_SECONDS = 30;
/** How long one AXL request may wait for the publisher, in seconds. */
export const CUCM_TIMEOUT_SECONDS_RANGE: NumberRange = { min: 1, max: 300 };
/** The settings section, and the name of the AXL password among the site's settings secrets. */
export const CUCM_SECTION = 'cucm';
export const CUCM_PASSWORD_SECRET = 'cucm.password';

/**
 * The searchCriteria elements listUser accepts (AXL 11.0 to 15.0). Values match with SQL-like "%"
 * wildcards; several elements must all match.
 */
export const AXL_USER_SEARCH_FIELDS = ['firstName', 'lastName', 'userid', 'department'] as const;
export type AxlUserSearchField = (typeof AXL_USER_SEARCH_FIELDS)[number];

/**
 * An application user's id as CUCM allows it: no spaces at the ends, no control characters, at most 128
 * characters. (CUCM is lenient here; what it refuses it refuses at sign-in, which the test explains.)
 */
const axlUserSchema = plainText(128);
const cucmTimeoutSchema = wholeNumberIn(CUCM_TIMEOUT_SECONDS_RANGE, 'rule.cucm.timeout');

const cucmShape = z.object({
  host: hostSchema,
  port: portSchema,
  axlVersion: z.enum(AXL_VERSIONS, { error: 'rule.cucm.axlVersion' }),
  axlUser: axlUserSchema,
  timeoutSeconds: cucmTimeoutSchema,
  trust: tlsTrustSchema,
});
export type CucmSettings = z.infer<typeof cucmShape>;

/** A publisher named without an AXL user (or the other way round) is half a configuration. */
function requireBoth(value: { host: string; axlUser: string }, ctx: z.core.$RefinementCtx): void {
  if (value.host !== '' && value.axlUser === '') ctx.addIssue({ code: 'custom', path: ['axlUser'], message: 'rule.cucm.axlUserRequired' });
  if (value.host === '' && value.axlUser !== '') ctx.addIssue({ code: 'custom', path: ['host'], message: 'rule.cucm.hostRequired' });
}

/** Stored settings: empty (CUCM not used) or naming both the publisher and the AXL user. */
export const cucmSettingsSchema = cucmShape.superRefine(requireBoth);

/** Settings to test: both are needed. */
export const cucmTestSettingsSchema = cucmShape.superRefine((value, ctx) => {
  if (value.host === '') ctx.addIssue({ code: 'custom', path: ['host'], message: 'rule.cucm.hostRequired' });
  if (value.axlUser === '') ctx.addIssue({ code: 'custom', path: ['axlUser'], message: 'rule.cucm.axlUserRequired' });
});

export const CUCM_DEFAULTS: CucmSettings = {
  host: '',
  port: CUCM_PORT,
  axlVersion: '14.0',
  axlUser: '',
  timeoutSeconds: CUCM_DEFAULT_TIMEOUT_SECONDS,
  trust: NO_TRUST,
};

/** The AXL password on save: keep the stored one, clear it, or replace it. */
const cucmPasswordChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('clear') }),
  z.object({ action: z.literal('set'), value: z.string().min(1, { error: 'rule.password.empty' }).max(256, { error: 'rule.tooLong' }) }),
]);

export const cucmSettingsDraftSchema = z.object({
  settings: cucmSettingsSchema,
  password: cucmPasswordChangeSchema,
});
export type CucmSettingsDraft = z.infer<typeof cucmSettingsDraftSchema>;

/** The end user of "Test CUCM authentication": a CUCM user id as typed, never stored. */
export const cucmEndUserIdSchema = z.string().trim().min(1, { error: 'rule.cucm.endUserId' }).max(128, { error: 'rule.tooLong' });
