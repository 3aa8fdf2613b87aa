import { checkServerIdentity, rootCertificates } from 'node:tls';
import type { ConnectionOptions, PeerCertificate, TLSSocket } from 'node:tls';
import { isIP } from 'node:net';
import type { CertificateInfo } from '@shared/channels/connection-test';
import type { TlsTrust } from '@shared/rules/tls-trust';

/**
 * TLS trust for every server Roster talks to (LDAP, CUCM): the system's CAs plus what the administrator
 * added for this server (a CA in PEM, or a pinned certificate). The handshake itself runs with
 * rejectUnauthorized off only so that the certificate can be shown and explained; `judgeCertificate` then
 * decides, and nothing is sent over a connection it did not accept. There is deliberately no "ignore
 * certificate errors".
 */

export type CertificateProblem = 'untrusted' | 'expired' | 'notYetValid' | 'wrongName';

export interface CertificateVerdict {
  info: CertificateInfo;
  problem: CertificateProblem | null;
  /** Pinning this certificate would make it trusted (not for an expired one: that needs renewing). */
  pinnable: boolean;
}

const UNTRUSTED_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_CA',
  'CERT_REVOKED',
]);

/** Options for tls.connect / StartTLS: the CAs to check against, and SNI when the host is a name. */
export function tlsOptionsFor(host: string, trust: TlsTrust): ConnectionOptions {
  const options: ConnectionOptions = { rejectUnauthorized: false };
  if (trust.caPem.trim() !== '') options.ca = [...rootCertificates, trust.caPem];
  if (!isIP(host)) options.servername = host;
  return options;
}

function distinguishedName(fields: PeerCertificate['subject'] | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}

function certificateInfo(cert: PeerCertificate, trustedBy: CertificateInfo['trustedBy']): CertificateInfo {
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: new Date(cert.valid_to).toISOString(),
    fingerprint: cert.fingerprint256,
    altNames: cert.subjectaltname ?? '',
    trustedBy,
  };
}

/** Whether the established TLS connection may be used, and what to tell the administrator about it. */
export function judgeCertificate(socket: TLSSocket, host: string, trust: TlsTrust, now = new Date()): CertificateVerdict | null {
  const cert = socket.getPeerCertificate(false);
  if (!cert || !cert.fingerprint256) return null;
  const validFrom = new Date(cert.valid_from);
  const validTo = new Date(cert.valid_to);
  const pinned = trust.pinned.some((p) => p.fingerprint === cert.fingerprint256);

  if (now > validTo) return { info: certificateInfo(cert, null), problem: 'expired', pinnable: false };
  if (now < validFrom) return { info: certificateInfo(cert, null), problem: 'notYetValid', pinnable: false };
  if (pinned) return { info: certificateInfo(cert, 'pinned'), problem: null, pinnable: false };

  const chainError = socket.authorizationError
    ? String((socket.authorizationError as Error & { code?: string }).code ?? socket.authorizationError)
    : null;
  if (chainError) {
    const problem: CertificateProblem =
      chainError === 'CERT_HAS_EXPIRED' ? 'expired' : chainError === 'CERT_NOT_YET_VALID' ? 'notYetValid' : 'untrusted';
    return { info: certificateInfo(cert, null), problem, pinnable: problem === 'untrusted' || UNTRUSTED_CODES.has(chainError) };
  }
  if (checkServerIdentity(host, cert)) return { info: certificateInfo(cert, null), problem: 'wrongName', pinnable: true };
  return { info: certificateInfo(cert, 'ca'), problem: null, pinnable: false };
}
