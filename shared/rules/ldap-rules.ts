import { z } from 'zod';
import { isDistinguishedName } from './ldap-dn.js';
import { checkLdapFilter } from './ldap-filter.js';
import { domainSchema, hostSchema, portSchema } from './network-rules.js';
import { plainText } from './text.js';
import { wholeNumberIn } from './whole-number.js';
import type { NumberRange } from './whole-number.js';
import { NO_TRUST, isPemCertificates, tlsTrustSchema } from './tls-trust.js';
import type { TlsTrust } from './tls-trust.js';

// The settings of the two LDAP sections (contact photos, administrator authentication): one source for
// the screen, the save and the connection tests.

export const LDAP_TLS_MODES = ['none', 'ldaps', 'startTls'] as const;
export type LdapTlsMode = (typeof LDAP_TLS_MODES)[number];
export const LDAP_SCOPES = ['subtree', 'oneLevel'] as const;
export type LdapScope = (typeof LDAP_SCOPES)[number];

const LDAP_PORT = 389;
const LDAPS_PORT = 636;
/** The default port of a TLS mode: only LDAPS has its own; StartTLS upgrades the plain port. */
export const defaultPortOf = (tls: LdapTlsMode) => (tls === 'ldaps' ? LDAPS_PORT : LDAP_PORT);

/** Offered in the photo attribute field; any other attribute name may be typed. */
export const PHOTO_ATTRIBUTES = ['thumbnailPhoto', 'jpegPhoto'] as const;
/**
 * The attributes a photo is read from, in order: Active Directory's thumbnailPhoto falls back to
 * inetOrgPerson's jpegPhoto for an entry that has none (directories that were migrated, or are not AD).
 */
export function photoAttributesOf(attribute: string): string[] {
  return attribute.toLowerCase() === 'thumbnailphoto' ? [attribute, 'jpegPhoto'] : [attribute];
}
const DEFAULT_CONTACT_FILTER = '(objectClass=person)';
const DEFAULT_TIMEOUT_SECONDS = 5;
export const BIND_PASSWORD_SECRET = 'contactPhotos.bindPassword';

/** An attribute name (thumbnailPhoto, jpegPhoto;binary) or a numeric OID. */
const ATTRIBUTE = /^(?:[A-Za-z][A-Za-z0-9-]*(?:;[A-Za-z0-9-]+)*|[0-9]+(?:\.[0-9]+)+)$/;
/** user@domain (a user principal name, as Active Directory binds). */
const USER_AT_DOMAIN = /^[^\s@\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
/** DOMAIN\user (Active Directory's down-level logon name). */
const DOMAIN_BACKSLASH_USER = /^[A-Za-z0-9][A-Za-z0-9.-]{0,14}\\[^\s\\@]+$/;

export function isBindName(value: string): boolean {
  return isDistinguishedName(value) || USER_AT_DOMAIN.test(value) || DOMAIN_BACKSLASH_USER.test(value);
}

const baseDnSchema = plainText(1024).refine((v) => v === '' || isDistinguishedName(v), { error: 'rule.ldap.dn' });
const bindUserSchema = plainText(1024).refine((v) => v === '' || isBindName(v), { error: 'rule.ldap.bindUser' });
const ldapFilterSchema = plainText(4096).superRefine((value, ctx) => {
  const check = checkLdapFilter(value);
  if (!check.ok) {
    ctx.addIssue({
      code: 'custom',
      message: `rule.ldap.filter.${check.problem}`,
      params: { column: check.position + 1, near: value.slice(check.position, check.position + 12) || '…' },
    });
  }
});
const photoAttributeSchema = plainText(100).refine((v) => ATTRIBUTE.test(v), { error: 'rule.ldap.attribute' });
/** How long a directory may take to answer, in seconds. */
export const LDAP_TIMEOUT_SECONDS_RANGE: NumberRange = { min: 1, max: 120 };
/** How many days a fetched photo is kept before a sync fetches it again. */
export const PHOTO_CACHE_DAYS_RANGE: NumberRange = { min: 1, max: 365 };
const timeoutSecondsSchema = wholeNumberIn(LDAP_TIMEOUT_SECONDS_RANGE, 'rule.ldap.timeout');

/** What TLS trusts besides the system's CAs: a CA of the customer's and/or pinned server certificates (shared with CUCM, see tls-trust.ts). */
const ldapTrustSchema = tlsTrustSchema;
export type LdapTrust = TlsTrust;
export { NO_TRUST, isPemCertificates };

/** How to reach a server; shared by both sections and by the connection tests. */
const ldapServerSchema = z.object({
  host: hostSchema,
  port: portSchema,
  tls: z.enum(LDAP_TLS_MODES, { error: 'rule.invalid' }),
  baseDn: baseDnSchema,
  timeoutSeconds: timeoutSecondsSchema,
  trust: ldapTrustSchema,
});

const contactPhotosShape = ldapServerSchema.extend({
  enabled: z.boolean(),
  bindUser: bindUserSchema,
  filter: ldapFilterSchema,
  photoAttribute: photoAttributeSchema,
  cacheDays: wholeNumberIn(PHOTO_CACHE_DAYS_RANGE, 'rule.ldap.cacheDays'),
  scope: z.enum(LDAP_SCOPES, { error: 'rule.invalid' }),
});
export type ContactPhotosSettings = z.infer<typeof contactPhotosShape>;

const adminLdapShape = ldapServerSchema.extend({ enabled: z.boolean() });
export type AdminLdapSettings = z.infer<typeof adminLdapShape>;

/** A server to be used must be named, and searched somewhere. */
function requireServer(value: { host: string; baseDn: string }, ctx: z.core.$RefinementCtx): void {
  if (value.host === '') ctx.addIssue({ code: 'custom', path: ['host'], message: 'rule.ldap.hostRequired' });
  if (value.baseDn === '') ctx.addIssue({ code: 'custom', path: ['baseDn'], message: 'rule.ldap.baseDnRequired' });
}

/** A server whose root entry is read ("Fetch base DNs"): named, without a base DN yet. */
export const ldapServerProbeSchema = ldapServerSchema.omit({ baseDn: true }).superRefine((value, ctx) => {
  if (value.host === '') ctx.addIssue({ code: 'custom', path: ['host'], message: 'rule.ldap.hostRequired' });
});
export type LdapServerProbe = z.infer<typeof ldapServerProbeSchema>;

/** The Active Directory domain whose domain controllers are looked up in DNS. */
export const requiredDomainSchema = domainSchema.refine((v) => v !== '', { error: 'rule.ldap.domainRequired' });

/** Stored settings: an activated section must name its server and base DN. */
export const contactPhotosSettingsSchema = contactPhotosShape.superRefine((value, ctx) => {
  if (value.enabled) requireServer(value, ctx);
});
export const adminLdapSettingsSchema = adminLdapShape.superRefine((value, ctx) => {
  if (value.enabled) requireServer(value, ctx);
});

/** Settings to test: the server and base DN are needed whether the section is activated or not. */
export const contactPhotosTestSettingsSchema = contactPhotosShape.superRefine(requireServer);
export const adminLdapTestSettingsSchema = adminLdapShape.superRefine(requireServer);

export const CONTACT_PHOTOS_DEFAULTS: ContactPhotosSettings = {
  enabled: false,
  host: '',
  port: LDAP_PORT,
  tls: 'none',
  baseDn: '',
  timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
  trust: NO_TRUST,
  bindUser: '',
  filter: DEFAULT_CONTACT_FILTER,
  photoAttribute: 'thumbnailPhoto',
  cacheDays: 7,
  scope: 'subtree',
};

export const ADMIN_LDAP_DEFAULTS: AdminLdapSettings = {
  enabled: false,
  host: '',
  port: LDAP_PORT,
  tls: 'none',
  baseDn: '',
  timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
  trust: NO_TRUST,
};

/** The bind password on save: keep the stored one, clear it, or replace it. */
const bindPasswordChangeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('clear') }),
  z.object({ action: z.literal('set'), value: z.string().min(1, { error: 'rule.password.empty' }).max(256, { error: 'rule.tooLong' }) }),
]);

export const ldapSettingsDraftSchema = z.object({
  contactPhotos: contactPhotosSettingsSchema,
  bindPassword: bindPasswordChangeSchema,
  adminLdap: adminLdapSettingsSchema,
});
export type LdapSettingsDraft = z.infer<typeof ldapSettingsDraftSchema>;
