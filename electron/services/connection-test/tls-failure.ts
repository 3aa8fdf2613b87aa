import { errorText } from './network-error';

/**
 * A failed TLS handshake in the terms an administrator can act on, for every TLS client (LDAP, CUCM). Node
 * reports OpenSSL's errors as "C0FC0C4F4F7F0000:error:0A00010B:SSL routines:tls_validate_record_header:wrong
 * version number" with code ERR_SSL_WRONG_VERSION_NUMBER; nobody should have to read that. Each kind has an
 * explanation and advice in the test's own catalog (ldap.problem.tls.<kind>, ...); `reason` is OpenSSL's
 * short reason ("wrong version number"), shown only as a detail for a support ticket.
 */
type TlsFailureKind =
  /** The other side does not speak TLS on this port (plain LDAP or HTTP answered the handshake). */
  | 'notTls'
  /** The server offers only protocol versions this workstation refuses (SSLv3, TLS 1.0, TLS 1.1). */
  | 'oldProtocol'
  /** No cipher suite both sides accept. */
  | 'noSharedCipher'
  /** The server asks for a client certificate. */
  | 'clientCertificate'
  /** A key or signature too weak for this workstation's OpenSSL (1024-bit RSA/DH, MD5, SHA-1). */
  | 'weakCrypto'
  /** An old server without secure renegotiation (RFC 5746). */
  | 'legacyRenegotiation'
  /** The server does not know the name sent (SNI). */
  | 'unrecognizedName'
  /** The server closed the connection in the middle of the handshake. */
  | 'handshakeClosed'
  /** Anything else: the handshake broke (a corrupt record, an alert without a named cause). */
  | 'handshakeFailed';

export interface TlsFailure {
  kind: TlsFailureKind;
  /** OpenSSL's reason in its own short words, e.g. "wrong version number"; empty when there is none. */
  reason: string;
}

/** OpenSSL reasons (as in ERR_SSL_<REASON> and in the message's last part) by kind; first match wins. */
const BY_REASON: readonly [RegExp, TlsFailureKind][] = [
  [/wrong version number|packet length too long|http request|https proxy request|unknown protocol|record layer failure|record too long/, 'notTls'],
  [/unsupported protocol|protocol version|no protocols available|version too low|inappropriate fallback/, 'oldProtocol'],
  [/no shared cipher|no cipher match|no ciphers available|handshake failure|insufficient security|no suitable signature algorithm/, 'noSharedCipher'],
  [/certificate required|peer did not return a certificate|bad certificate|no certificate/, 'clientCertificate'],
  [/key too small|md too weak|dh key too small|ee key too small|ca key too small|bad dh value|digest check failed/, 'weakCrypto'],
  [/unsafe legacy renegotiation/, 'legacyRenegotiation'],
  [/unrecognized name/, 'unrecognizedName'],
];

/** OpenSSL's short reason out of a message or an ERR_SSL_* code ("wrong version number"). */
export function openSslReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const text = errorText(error);
  // "...:SSL routines:<function>:<reason>" (OpenSSL 3) or "...:SSL routines:<function>:<reason>:../ssl/...".
  const routines = /SSL routines:[^:]*:([^:\n]+)/.exec(text);
  if (routines) return routines[1]!.trim().toLowerCase();
  if (typeof code === 'string' && code.startsWith('ERR_SSL_')) return code.slice('ERR_SSL_'.length).replace(/_/g, ' ').toLowerCase();
  return '';
}

/** The kind of a TLS failure, or null when the error is not one (a refused connection, an LDAP error...). */
export function tlsFailureOf(error: unknown): TlsFailure | null {
  const code = (error as { code?: unknown } | null)?.code;
  const text = errorText(error);
  const reason = openSslReason(error);
  const isTls = reason !== '' || (typeof code === 'string' && code.startsWith('ERR_SSL_')) || /\bSSL routines\b|\balert\b.*\b(tls|ssl)/i.test(text);
  if (isTls) {
    const subject = `${reason} ${text}`.toLowerCase();
    for (const [pattern, kind] of BY_REASON) if (pattern.test(subject)) return { kind, reason };
    return { kind: 'handshakeFailed', reason };
  }
  // Node: "Client network socket disconnected before secure TLS connection was established" (ECONNRESET).
  if (/before secure TLS connection was established/i.test(text)) return { kind: 'handshakeClosed', reason: '' };
  return null;
}
