import { connect as tlsConnect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import type { LdapTrust } from '@shared/rules/ldap-rules';
import { judgeCertificate, tlsOptionsFor } from '../connection-test/certificate-trust';
import type { CertificateVerdict } from '../connection-test/certificate-trust';

/**
 * TLS trust for LDAP: the shared judgement of connection-test/certificate-trust.ts (system CAs, a pasted CA,
 * pinned certificates), and a tls.connect for ldapts that applies it. There is deliberately no "ignore
 * certificate errors".
 */
export { judgeCertificate, tlsOptionsFor } from '../connection-test/certificate-trust';
export type { CertificateProblem } from '../connection-test/certificate-trust';

/** A certificate `verifiedTlsConnect` refused; `verdict` says why (null: the server sent none). */
class CertificateRejected extends Error {
  constructor(readonly verdict: CertificateVerdict | null) {
    super(`LDAP server certificate refused: ${verdict?.problem ?? 'none sent'}`);
    this.name = 'CertificateRejected';
  }
}

/**
 * A tls.connect for ldapts's `createSecureConnection` (LDAPS and StartTLS) that applies the same trust as
 * the connection tests, pinned certificates included: a certificate the trust does not accept turns the
 * handshake into an error before ldapts sends anything. For the photo sync and any other LDAP client.
 */
export function verifiedTlsConnect(host: string, trust: LdapTrust): typeof tlsConnect {
  return ((...args: unknown[]) => {
    // ldapts calls (port, host, options) for ldaps:// and (options with the socket) for StartTLS.
    const given =
      typeof args[0] === 'number' ? { port: args[0], host: args[1] as string, ...(args[2] as ConnectionOptions) } : (args[0] as ConnectionOptions);
    const socket = tlsConnect({ ...given, ...tlsOptionsFor(host, trust) });
    const emit = socket.emit.bind(socket) as (event: string | symbol, ...rest: unknown[]) => boolean;
    socket.emit = ((event: string | symbol, ...rest: unknown[]) => {
      if (event === 'secureConnect') {
        const verdict = judgeCertificate(socket, host, trust);
        if (!verdict || verdict.problem) {
          socket.destroy(new CertificateRejected(verdict));
          return false;
        }
      }
      return emit(event, ...rest);
    }) as typeof socket.emit;
    return socket;
  }) as typeof tlsConnect;
}
