import { describe, expect, test } from 'vitest';
import { certificateNames, tlsOptionsFor } from '../../../electron/services/connection-test/tls-judgement';
import { tlsFailureOf } from '../../../electron/services/connection-test/tls-failure';

const NO_TRUST = { caPem: '', pinned: [] };

describe('the handshake options', () => {
  test('a host name is sent as SNI; an IP address never is (and is never checked as "localhost")', () => {
    expect(tlsOptionsFor('dc1.corp.example.com', NO_TRUST).servername).toBe('dc1.corp.example.com');
    expect(tlsOptionsFor('10.0.0.5', NO_TRUST).servername).toBeUndefined();
    expect(tlsOptionsFor('[fd00::5]', NO_TRUST).servername).toBeUndefined();
    // Node's own name check is off: the judgement checks the typed host, IP SANs included.
    expect(tlsOptionsFor('10.0.0.5', NO_TRUST).checkServerIdentity?.('localhost', {} as never)).toBeUndefined();
  });

  test("the certificate's names: DNS names and IP addresses, or its CN without subjectAltName", () => {
    expect(certificateNames({ subjectaltname: 'DNS:dc1.corp.example.com, IP Address:10.0.0.5, email:x@y', subject: { CN: 'dc1' } as never })).toEqual(
      ['dc1.corp.example.com', '10.0.0.5'],
    );
    expect(certificateNames({ subjectaltname: undefined as never, subject: { CN: 'legacy.example.com' } as never })).toEqual(['legacy.example.com']);
  });
});

describe('TLS library errors in plain words', () => {
  const ssl = (code: string, reason: string) =>
    Object.assign(new Error(`C0FC0C4F4F7F0000:error:0A00010B:SSL routines:some_function:${reason}:../ssl/x.c:354:`), { code });
  test.each([
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number', 'notTls'],
    ['ERR_SSL_UNSUPPORTED_PROTOCOL', 'unsupported protocol', 'oldProtocol'],
    ['ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION', 'tlsv1 alert protocol version', 'oldProtocol'],
    ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'sslv3 alert handshake failure', 'noSharedCipher'],
    ['ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED', 'tlsv13 alert certificate required', 'clientCertificate'],
    ['ERR_SSL_EE_KEY_TOO_SMALL', 'ee key too small', 'weakCrypto'],
    ['ERR_SSL_UNSAFE_LEGACY_RENEGOTIATION_DISABLED', 'unsafe legacy renegotiation disabled', 'legacyRenegotiation'],
    ['ERR_SSL_TLSV1_UNRECOGNIZED_NAME', 'tlsv1 unrecognized name', 'unrecognizedName'],
    ['ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC', 'decryption failed or bad record mac', 'handshakeFailed'],
  ])('%s is %s', (code, reason, kind) => {
    expect(tlsFailureOf(ssl(code, reason))).toEqual({ kind, reason });
  });

  test('a connection dropped in the handshake, and errors that are not TLS', () => {
    const reset = Object.assign(new Error('Client network socket disconnected before secure TLS connection was established'), { code: 'ECONNRESET' });
    expect(tlsFailureOf(reset)).toEqual({ kind: 'handshakeClosed', reason: '' });
    expect(tlsFailureOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBeNull();
  });
});
