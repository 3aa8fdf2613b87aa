import type { KeyStore } from './key-store';
import { DATA_KEY_BYTES, newDataKey, open, packSealed, seal, unpackSealed } from './secret-cipher';
import { errorFields, log } from '../log/log';

const KEY_CHECK_TEXT = 'roster key check';

/** The keychain account holding a site's data key. */
export function siteKeyAccount(siteId: string): string {
  return `site:${siteId}`;
}

function keyCheckData(siteId: string): string {
  return `${siteId}|key-check`;
}

/** A new data key, stored in the keychain, with the key check value to keep in the site file. */
export function createSiteKey(keyStore: KeyStore, siteId: string): { key: Buffer; keyCheck: Buffer } {
  const key = newDataKey();
  keyStore.set(siteKeyAccount(siteId), key.toString('base64'));
  return { key, keyCheck: makeKeyCheck(key, siteId) };
}

export function makeKeyCheck(key: Buffer, siteId: string): Buffer {
  return packSealed(seal(key, KEY_CHECK_TEXT, keyCheckData(siteId)));
}

/**
 * The site's data key from the keychain, or null when it is missing, unreadable (a locked keychain) or
 * not the key this site was made with (the key check does not decrypt).
 */
export function loadSiteKey(keyStore: KeyStore, siteId: string, keyCheck: Buffer): Buffer | null {
  let stored: string | null;
  try {
    stored = keyStore.get(siteKeyAccount(siteId));
  } catch (error) {
    log.warn('keychain.read.failed', { siteId, ...errorFields(error) });
    return null;
  }
  if (!stored) return null;
  const key = Buffer.from(stored, 'base64');
  if (key.length !== DATA_KEY_BYTES) return null;
  return open(key, unpackSealed(keyCheck), keyCheckData(siteId)) === KEY_CHECK_TEXT ? key : null;
}
