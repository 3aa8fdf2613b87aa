import type { KeyStore } from './key-store';

/**
 * "Remember last used credentials locally": the username and password last typed into a connection test
 * (LDAP authentication, contact photos, CUCM) kept in the OS keychain, one entry per purpose, and offered
 * next time. The keychain cannot list its entries, so an index entry names the purposes stored, which is
 * how "forget all" finds them when the setting is turned off. Callers check the site's setting first.
 */

export interface Credentials {
  username: string;
  password: string;
}

const PREFIX = 'credentials:';
const INDEX = `${PREFIX}index`;

const accountOf = (purpose: string) => `${PREFIX}${purpose}`;

function readIndex(keyStore: KeyStore): string[] {
  const raw = keyStore.get(INDEX);
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

function writeIndex(keyStore: KeyStore, purposes: string[]): void {
  if (purposes.length === 0) keyStore.delete(INDEX);
  else keyStore.set(INDEX, JSON.stringify(purposes));
}

/** Keeps the credentials of one purpose, replacing what was remembered for it. */
export function rememberCredentials(keyStore: KeyStore, purpose: string, credentials: Credentials): void {
  keyStore.set(accountOf(purpose), JSON.stringify({ username: credentials.username, password: credentials.password }));
  const purposes = readIndex(keyStore);
  if (!purposes.includes(purpose)) writeIndex(keyStore, [...purposes, purpose]);
}

/**
 * The remembered credentials of one purpose, or null. For the main process only: the renderer gets the
 * username and whether a password is remembered, and the test uses the password here.
 */
export function recallCredentials(keyStore: KeyStore, purpose: string): Credentials | null {
  const raw = keyStore.get(accountOf(purpose));
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Credentials>;
    if (typeof parsed.username !== 'string' || typeof parsed.password !== 'string') return null;
    return { username: parsed.username, password: parsed.password };
  } catch {
    return null;
  }
}

/** Deletes every remembered credential from the keychain; returns how many purposes had some. */
export function forgetAllCredentials(keyStore: KeyStore): number {
  const purposes = readIndex(keyStore);
  for (const purpose of purposes) keyStore.delete(accountOf(purpose));
  writeIndex(keyStore, []);
  return purposes.length;
}
