import { z } from 'zod';
import type { SecretStatus } from '../domain/index.js';
import type { CertificateInfo, TestNote, TestProblem, TestStep } from './connection-test.js';
import {
  adminLdapTestSettingsSchema,
  contactPhotosTestSettingsSchema,
  ldapServerProbeSchema,
  ldapSettingsDraftSchema,
  requiredDomainSchema,
} from '../rules/ldap-rules.js';
import type { AdminLdapSettings, ContactPhotosSettings, LdapTlsMode } from '../rules/ldap-rules.js';
import { out } from './channel.js';

/** What the LDAP screen shows: both sections, and whether a bind password is stored (never its value). */
/** The key under which the authentication test's account is remembered (security setting). */
export const ADMIN_LDAP_CREDENTIAL_PURPOSE = 'ldap.adminAuth';

export interface LdapSettings {
  contactPhotos: ContactPhotosSettings;
  bindPassword: SecretStatus;
  adminLdap: AdminLdapSettings;
}

export type LdapTestStepId = 'resolve' | 'connect' | 'tls' | 'bind' | 'search' | 'photos' | 'account' | 'userBind' | 'rootDse';
/** A line of a step's findings, as a message of the catalog. */
export type LdapNote = TestNote;
/** Why a step failed, in plain words, with what to try; the server's own words when it gave any. */
export type LdapProblem = TestProblem;
export type { CertificateInfo };
type LdapTestStep = TestStep<LdapTestStepId>;

export interface PhotoSample {
  dn: string;
  bytes: number;
  /** image/jpeg, image/png, ... or null when the value is not an image. */
  type: string | null;
  tooLarge: boolean;
  /** A data: URL of the image, for the first few small ones only. */
  dataUrl?: string;
}

export interface LdapTestReport {
  testId: string;
  kind: 'contactPhotos' | 'adminLdap';
  startedAt: string;
  ok: boolean;
  cancelled: boolean;
  target: { host: string; port: number; tls: LdapTlsMode; baseDn: string; bindUser: string; timeoutSeconds: number };
  steps: LdapTestStep[];
  certificate: CertificateInfo | null;
  /** Set when the certificate is not trusted and pinning it would make the test pass. */
  canTrustCertificate: boolean;
  search: { count: number; firstDns: string[]; scope: string; filter: string; truncated: boolean } | null;
  photos: {
    attribute: string;
    withPhoto: number;
    totalBytes: number;
    largest: number;
    tooLarge: number;
    notImage: number;
    samples: PhotoSample[];
  } | null;
  account: { dn: string } | null;
}

/** A domain controller DNS announces for a domain (an SRV record), in the order to try them. */
interface DomainController {
  host: string;
  port: number;
  priority: number;
  weight: number;
}

export interface DomainControllers {
  domain: string;
  /** The SRV record name that answered (or was asked first, when none did). */
  record: string;
  servers: DomainController[];
  /** Why none were found (no SRV records, an unknown domain, DNS silent). */
  problem: LdapProblem | null;
}

/** What a server's root entry (root DSE) says it holds: the base DNs to offer. */
export interface NamingContexts {
  namingContexts: string[];
  /** Active Directory's defaultNamingContext (the domain's own partition), offered first. */
  defaultNamingContext: string | null;
  /** Why they could not be read, explained as the connection tests explain it. */
  problem: LdapProblem | null;
  certificate: CertificateInfo | null;
}

const testId = z.string().regex(/^[A-Za-z0-9-]{8,64}$/);
/** The typed password of a test: given as typed, or the stored one (the field was left unchanged). */
const testPassword = z.discriminatedUnion('action', [
  z.object({ action: z.literal('keep') }),
  z.object({ action: z.literal('set'), value: z.string().max(256) }),
]);

/** The ldap channels of the contract (see shared/contract.ts). */
export const ldapChannels = {
  'ldap.get': { input: z.object({}), output: out<LdapSettings>() },
  /** Both sections and the bind password, in one transaction with an audit entry per changed section. */
  'ldap.save': { input: z.object({ draft: ldapSettingsDraftSchema }), output: out<LdapSettings>() },
  /** Runs the contact photos test with the values on the screen (saved or not); saves nothing. */
  'ldap.testContactPhotos': {
    input: z.object({ testId, settings: contactPhotosTestSettingsSchema, bindPassword: testPassword }),
    output: out<LdapTestReport>(),
  },
  /** Finds the test account under the base DN and binds as it; the credentials are not stored. */
  'ldap.testAdminLdap': {
    input: z.object({
      testId,
      settings: adminLdapTestSettingsSchema,
      username: z.string().trim().min(1, { error: 'rule.ldap.testUsername' }).max(256, { error: 'rule.tooLong' }),
      /** Empty: the remembered password of this username, when the site remembers test credentials. */
      password: z.string().max(256),
    }),
    output: out<LdapTestReport>(),
  },
  'ldap.cancel': { input: z.object({ testId }), output: out<{ cancelled: boolean }>() },
  /** The domain controllers DNS announces for an Active Directory domain (SRV _ldap._tcp.dc._msdcs.<domain>). */
  'ldap.findDomainControllers': { input: z.object({ domain: requiredDomainSchema }), output: out<DomainControllers>() },
  /** The naming contexts of the server on the screen (its root DSE, read anonymously), to offer as base DNs. */
  'ldap.readNamingContexts': { input: z.object({ settings: ldapServerProbeSchema }), output: out<NamingContexts>() },
} as const;
