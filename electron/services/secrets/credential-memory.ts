import { createHash } from 'node:crypto';
import { serverIdentity } from '@shared/rules/secret-endpoint';
import type { SecretServer } from '@shared/rules/secret-endpoint';
import type { KeyStore } from './key-store';

/**
 * "Remember last used credentials locally": the username and password last typed into a connection test
 * kept in the OS keychain, and offered next time. They belong to one site (the open site's id) and one
 * server: a customer's password is never offered on another customer's site, nor sent to another server.
 * The keychain cannot list its entries, so an index entry per site names the purposes stored, which is how
 * "forget all" finds them when the site turns the setting off. Callers check the site's setting first.
 */

export interface Credentials {
  username: string;
  password: string;
}

/** Where remembered credentials belong: the site, the test they were typed into, and the server it tested. */
export interface CredentialPlace {
  siteId: string;
  purpose: string;
  server: SecretServer;
}

const accountOf = (siteId: string, purpose: string) => `credentials:${siteId}:${purpose}`;
/**
 * The server the credentials were typed for, as a digest of its identity (shared/rules/secret-endpoint.ts):
 * equality is all that is asked, and a pasted CA would not fit the small entries some keychains allow (Windows).
 */
const serverDigest = (server: SecretServer) => createHash('sha256').update(serverIdentity(server)).digest('base64');
const indexOf = (siteId: string) => `credentials-index:${siteId}`;
/** Before credentials belonged to a site they were kept per purpose only; such entries are never offered. */
const LEGACY_INDEX = 'credentials:index';
const legacyAccountOf = (purpose: string) => `credentials:${purpose}`;

function readIndex(keyStore: KeyStore, account: string): string[] {
  const raw = keyStore.get(account);
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    // A damaged index only means its entries are not found to delete; the next remembered credential rewrites it.
    return [];
  }
}

function writeIndex(keyStore: KeyStore, account: string, purposes: string[]): void {
  if (purposes.length === 0) keyStore.delete(account);
  else keyStore.set(account, JSON.stringify(purposes));
}

/** Keeps the credentials of one purpose on one site, replacing what was remembered for it (whatever server). */
export function rememberCredentials(keyStore: KeyStore, place: CredentialPlace, credentials: Credentials): void {
  const entry = { username: credentials.username, password: credentials.password, server: serverDigest(place.server) };
  keyStore.set(accountOf(place.siteId, place.purpose), JSON.stringify(entry));
  const purposes = readIndex(keyStore, indexOf(place.siteId));
  if (!purposes.includes(place.purpose)) writeIndex(keyStore, indexOf(place.siteId), [...purposes, place.purpose]);
}

/**
 * The credentials remembered for this site and purpose, only when they were typed for the same server;
 * otherwise null. For the main process only: the renderer gets the username and whether a password is
 * remembered, and the test uses the password here.
 */
export function recallCredentials(keyStore: KeyStore, place: CredentialPlace): Credentials | null {
  const raw = keyStore.get(accountOf(place.siteId, place.purpose));
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Credentials> & { server?: unknown };
    if (typeof parsed.username !== 'string' || typeof parsed.password !== 'string') return null;
    return parsed.server === serverDigest(place.server) ? { username: parsed.username, password: parsed.password } : null;
  } catch {
    // Not logged: the parse error quotes the entry, which holds the password. Nothing is offered instead.
    return null;
  }
}

/**
 * Deletes every credential remembered on one site from the keychain (and any left from before they
 * belonged to a site); returns how many purposes had some.
 */
export function forgetSiteCredentials(keyStore: KeyStore, siteId: string): number {
  const purposes = readIndex(keyStore, indexOf(siteId));
  for (const purpose of purposes) keyStore.delete(accountOf(siteId, purpose));
  writeIndex(keyStore, indexOf(siteId), []);
  const legacy = readIndex(keyStore, LEGACY_INDEX);
  for (const purpose of legacy) keyStore.delete(legacyAccountOf(purpose));
  writeIndex(keyStore, LEGACY_INDEX, []);
  return purposes.length;
}
