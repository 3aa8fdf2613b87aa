import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;

export interface SealedValue {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/**
 * AES-256-GCM with a fresh IV per value. The associated data binds a ciphertext to its place (site, owner,
 * name), so a value copied onto another user or another site fails to decrypt instead of being accepted.
 */
export function seal(key: Buffer, plaintext: string, associatedData: string): SealedValue {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** The plaintext, or null when the key or the associated data is not the one it was sealed with. */
export function open(key: Buffer, sealed: SealedValue, associatedData: string): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/** The key check is one sealed value kept as iv | tag | ciphertext in a single column. */
export function packSealed(sealed: SealedValue): Buffer {
  return Buffer.concat([sealed.iv, sealed.tag, sealed.ciphertext]);
}

export function unpackSealed(packed: Buffer): SealedValue {
  return { iv: packed.subarray(0, IV_BYTES), tag: packed.subarray(IV_BYTES, IV_BYTES + 16), ciphertext: packed.subarray(IV_BYTES + 16) };
}
