/** What went wrong on the network, as every connection test (LDAP, CUCM) explains it. */
export type NetworkErrorKind = 'hostNotFound' | 'refused' | 'unreachable' | 'connectTimeout' | 'connectionClosed' | 'tlsProtocol';

const BY_CODE: Readonly<Record<string, NetworkErrorKind>> = {
  ENOTFOUND: 'hostNotFound',
  EAI_AGAIN: 'hostNotFound',
  EAI_NONAME: 'hostNotFound',
  EAI_NODATA: 'hostNotFound',
  ECONNREFUSED: 'refused',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ETIMEDOUT: 'connectTimeout',
  ECONNRESET: 'connectionClosed',
  EPIPE: 'connectionClosed',
};

/** The error's own words (logged nowhere; shown to the technician). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Node's socket, DNS and TLS errors by kind; null for anything else (the caller explains it its own way). */
export function networkErrorKind(error: unknown): NetworkErrorKind | null {
  const code = (error as { code?: string } | null)?.code ?? '';
  const byCode = BY_CODE[code];
  if (byCode) return byCode;
  const text = errorText(error);
  if (code.startsWith('ERR_SSL_') || /ssl|tls|handshake|wrong version number/i.test(text)) return 'tlsProtocol';
  if (/Connection closed|socket hang up|Socket error/i.test(text)) return 'connectionClosed';
  return null;
}
