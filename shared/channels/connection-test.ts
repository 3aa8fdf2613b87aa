import type { MessageKey, MessageParams } from '../i18n/en.js';

// What every step-by-step connection test reports (LDAP, CUCM): steps with their status, time, findings
// and, on failure, an explanation with advice; the server certificate seen during the TLS handshake.

export type TestStepStatus = 'pending' | 'running' | 'ok' | 'failed' | 'skipped' | 'cancelled';

/** A line of a step's findings, as a message of the catalog. */
export interface TestNote {
  key: MessageKey;
  params?: MessageParams;
}

/** Why a step failed, in plain words, with what to try; the server's own words when it gave any. */
export interface TestProblem {
  code: string;
  explanation: TestNote;
  advice: TestNote;
  /** The server's diagnostic message (an LDAP diagnostic, an AXL fault string). */
  serverMessage?: string;
}

/** Why a certificate's chain is not trusted, in the terms an administrator can act on. */
export type CertificateChainProblem =
  'expired' | 'notYetValid' | 'selfSigned' | 'unknownIssuer' | 'revoked' | 'badSignature' | 'wrongPurpose' | 'invalidChain';

export interface CertificateInfo {
  subject: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** SHA-256, upper-case hex pairs joined by colons. */
  fingerprint: string;
  /** The names it is valid for (subjectAltName), as the certificate lists them. */
  altNames: string;
  /** Its DNS names and IP addresses (or its CN when it has no subjectAltName), to show beside the typed host. */
  names: string[];
  /** The host or IP address as the administrator typed it, which the certificate must name. */
  host: string;
  nameMatches: boolean;
  /** Why the chain is not trusted; null when a CA or a pin vouches for it. */
  chainProblem: CertificateChainProblem | null;
  /** 'ca': a trusted CA signed it for this host name; 'pinned': the administrator trusts this very certificate. */
  trustedBy: 'ca' | 'pinned' | null;
}

export interface TestStep<Id extends string = string> {
  id: Id;
  status: TestStepStatus;
  durationMs: number | null;
  notes: TestNote[];
  problem?: TestProblem;
}

/** The part of a test report the step machinery and the report view share. */
export interface ConnectionTestReport<Id extends string = string> {
  testId: string;
  startedAt: string;
  ok: boolean;
  cancelled: boolean;
  steps: TestStep<Id>[];
  certificate: CertificateInfo | null;
  /** Set when the certificate is not trusted and pinning it would make the test pass. */
  canTrustCertificate: boolean;
}
