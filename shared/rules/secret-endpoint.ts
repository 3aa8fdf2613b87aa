import { z } from 'zod';
import type { CucmSettings } from './cucm-rules.js';
import { LDAP_TLS_MODES } from './ldap-rules.js';
import type { LdapTlsMode } from './ldap-rules.js';
import { hostSchema, portSchema } from './network-rules.js';
import { tlsTrustSchema } from './tls-trust.js';
import type { TlsTrust } from './tls-trust.js';

// Where a stored secret may be sent. A password saved with one server's settings goes to that server only:
// the same address, port, transport and TLS trust, signing in as the same account. Anything else (another
// host, a listener on another port, TLS turned off, a certificate pinned in passing, another bind user)
// needs the password typed again. The one comparison every sender of a stored secret uses.

/** How the secret travels: LDAP's three modes, or HTTPS (AXL). */
const SECRET_TRANSPORTS = [...LDAP_TLS_MODES, 'https'] as const;
type SecretTransport = LdapTlsMode | 'https';

/** The server part of an endpoint, as a connection test's request names it. */
export const secretServerSchema = z.object({
  host: hostSchema,
  port: portSchema,
  tls: z.enum(SECRET_TRANSPORTS),
  trust: tlsTrustSchema,
});
export interface SecretServer {
  host: string;
  port: number;
  tls: SecretTransport;
  trust: TlsTrust;
}

/** A server and the account that signs in to it (bind user, AXL user). */
export interface SecretEndpoint extends SecretServer {
  account: string;
}

export const secretEndpointSchema = secretServerSchema.extend({ account: z.string().max(1024) });

/** The server of LDAP settings (either section), from the fields that decide where a bind goes. */
export function ldapSecretServer(settings: { host: string; port: number; tls: LdapTlsMode; trust: TlsTrust }): SecretServer {
  return { host: settings.host, port: settings.port, tls: settings.tls, trust: settings.trust };
}

/** Where the AXL password goes: the publisher over HTTPS, as the AXL user. */
export function cucmSecretEndpoint(settings: CucmSettings): SecretEndpoint {
  return { host: settings.host, port: settings.port, tls: 'https', trust: settings.trust, account: settings.axlUser };
}

/**
 * A server written one way, what sameServer compares: host names are case-insensitive, PEM is the same
 * certificate whatever its line breaks, pins are a set (their descriptions do not matter).
 */
export function serverIdentity(server: SecretServer): string {
  const pins = [...new Set(server.trust.pinned.map((pin) => pin.fingerprint.toUpperCase()))].sort();
  return JSON.stringify([server.host.trim().toLowerCase(), server.port, server.tls, server.trust.caPem.replace(/\s+/g, ''), pins]);
}

function sameServer(a: SecretServer, b: SecretServer): boolean {
  return serverIdentity(a) === serverIdentity(b);
}

/** Whether a secret saved for `a` may be sent to `b`. */
export function sameEndpoint(a: SecretEndpoint, b: SecretEndpoint): boolean {
  return sameServer(a, b) && a.account.trim() === b.account.trim();
}
