import { checkServerIdentity, rootCertificates } from 'node:tls';
import type { ConnectionOptions, PeerCertificate, TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import type { CertificateChainProblem, CertificateInfo } from '@shared/channels/connection-test';
import type { TlsTrust } from '@shared/rules/tls-trust';

/**
 * How every TLS client of Roster (LDAP over LDAPS and StartTLS, CUCM's AXL over HTTPS) judges a server
 * certificate: by what it is. Two separate questions, each answered with its reason:
 *
 *  - the chain: issued by a CA this workstation trusts (the system's plus the one pasted for this server), or
 *    pinned by the administrator; if not, why: expired, not yet valid, self-signed, unknown issuer, ...;
 *  - the name: valid for the host or IP address the administrator typed (never Node's "localhost" default).
 *
 * The handshake runs with rejectUnauthorized and Node's own name check off, only so the certificate can be
 * shown and explained; `judgeCertificate` then decides, and nothing is sent over a connection it refused.
 * There is deliberately no "ignore certificate errors".
 *
 * Any client uses it in two lines: `tls.connect({ ..., ...tlsOptionsFor(host, trust) })`, then on
 * 'secureConnect' `judgeCertificate(socket, host, trust)` and refuse unless `verdict.problem === null`.
 */

/** The summary the CUCM code switches on; `chain` says why a certificate is untrusted. */
type CertificateProblem = 'untrusted' | 'expired' | 'notYetValid' | 'wrongName';
export type { CertificateChainProblem };

export interface CertificateVerdict {
  info: CertificateInfo;
  problem: CertificateProblem | null;
  /** Why the chain is not trusted (null: trusted by a CA or pinned). */
  chain: CertificateChainProblem | null;
  /** OpenSSL's verification code when the chain failed for a reason without a name of its own. */
  chainCode: string | null;
  /** Whether the certificate is valid for the typed host or IP address. */
  nameMatches: boolean;
  /** Pinning this certificate would make it trusted (not for an expired one: that needs renewing). */
  pinnable: boolean;
}

/** OpenSSL's verification codes (Node's authorizationError.code) by what they mean to an administrator. */
const CHAIN_PROBLEMS: Readonly<Record<string, CertificateChainProblem>> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'notYetValid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'selfSigned',
  SELF_SIGNED_CERT_IN_CHAIN: 'unknownIssuer',
  UNABLE_TO_GET_ISSUER_CERT: 'unknownIssuer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknownIssuer',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknownIssuer',
  CERT_UNTRUSTED: 'unknownIssuer',
  CERT_REVOKED: 'revoked',
  CERT_SIGNATURE_FAILURE: 'badSignature',
  CERT_CHAIN_TOO_LONG: 'invalidChain',
  INVALID_CA: 'invalidChain',
  PATH_LENGTH_EXCEEDED: 'invalidChain',
  INVALID_PURPOSE: 'wrongPurpose',
  CERT_REJECTED: 'invalidChain',
};

/** The host as the certificate's names are compared with it: an IPv6 address without its brackets. */
function bareHost(host: string): string {
  return host.replace(/^\[|\]$/g, '');
}

/**
 * Options for tls.connect (LDAPS, HTTPS) and for StartTLS: the CAs to check the chain against, the server
 * name for SNI when the host is a name (an IP address is never sent as SNI, RFC 6066), and no name check of
 * Node's own: `judgeCertificate` checks the typed host, including IP addresses against IP SANs.
 */
export function tlsOptionsFor(host: string, trust: TlsTrust): ConnectionOptions {
  const options: ConnectionOptions = { rejectUnauthorized: false, checkServerIdentity: () => undefined };
  if (trust.caPem.trim() !== '') options.ca = [...rootCertificates, trust.caPem];
  const bare = bareHost(host);
  if (!isIP(bare)) options.servername = bare;
  return options;
}

function distinguishedName(fields: PeerCertificate['subject'] | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}

/** The names a certificate is valid for: its DNS and IP subjectAltNames, or its CN when it has none. */
export function certificateNames(cert: Pick<PeerCertificate, 'subjectaltname' | 'subject'>): string[] {
  const names = (cert.subjectaltname ?? '')
    .split(/,\s*/)
    .map((entry) => /^(?:DNS|IP Address):(.+)$/.exec(entry.trim())?.[1]?.trim())
    .filter((name): name is string => !!name);
  if (names.length > 0) return names;
  const cn = cert.subject?.CN;
  return cn ? [Array.isArray(cn) ? cn.join(', ') : String(cn)] : [];
}

/** Whether the certificate is valid for the typed host: a name against DNS names, an IP against IP SANs. */
function matchesHost(host: string, cert: PeerCertificate): boolean {
  return checkServerIdentity(bareHost(host), cert) === undefined;
}

function verificationCode(socket: TLSSocket): string | null {
  const error = socket.authorizationError as (Error & { code?: string }) | string | null | undefined;
  if (!error) return null;
  return typeof error === 'string' ? error : (error.code ?? error.message);
}

/** Whether the established TLS connection may be used, and what to tell the administrator about it. */
export function judgeCertificate(socket: TLSSocket, host: string, trust: TlsTrust, now = new Date()): CertificateVerdict | null {
  const cert = socket.getPeerCertificate(false);
  if (!cert || !cert.fingerprint256) return null;
  const validFrom = new Date(cert.valid_from);
  const validTo = new Date(cert.valid_to);
  const pinned = trust.pinned.some((p) => p.fingerprint === cert.fingerprint256);
  const nameMatches = matchesHost(host, cert);

  const code = verificationCode(socket);
  let chain: CertificateChainProblem | null = null;
  if (now > validTo) chain = 'expired';
  else if (now < validFrom) chain = 'notYetValid';
  else if (!pinned && code) chain = CHAIN_PROBLEMS[code] ?? 'invalidChain';

  const trustedBy: CertificateInfo['trustedBy'] = chain ? null : pinned ? 'pinned' : nameMatches ? 'ca' : null;
  const info: CertificateInfo = {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    validFrom: validFrom.toISOString(),
    validTo: validTo.toISOString(),
    fingerprint: cert.fingerprint256,
    altNames: cert.subjectaltname ?? '',
    names: certificateNames(cert),
    host,
    nameMatches,
    chainProblem: chain,
    trustedBy,
  };
  const verdict = (problem: CertificateProblem | null, pinnable: boolean): CertificateVerdict => ({
    info,
    problem,
    chain,
    chainCode: chain === 'invalidChain' ? code : null,
    nameMatches,
    pinnable,
  });

  if (chain === 'expired' || chain === 'notYetValid') return verdict(chain, false);
  // Pinning is trusting this very certificate for this server, whatever names it carries.
  if (pinned) return verdict(null, false);
  if (chain) return verdict('untrusted', chain !== 'revoked');
  if (!nameMatches) return verdict('wrongName', true);
  return verdict(null, false);
}
