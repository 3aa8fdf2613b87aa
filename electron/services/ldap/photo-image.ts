import { PHOTO_MAX_KB } from '@shared/channels/photos';

/** The largest photo the cache takes (PHOTO_MAX_KB), in bytes. */
export const MAX_PHOTO_BYTES = PHOTO_MAX_KB * 1024;

export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

/**
 * The image type from the file's own first bytes, never from what the directory claims: a photo attribute
 * can hold anything, and only these four types are ever shown (as data: URLs with exactly this type).
 */
export function detectPhotoType(bytes: Uint8Array): PhotoMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // "GIF87a" or "GIF89a"
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return 'image/gif';
  // "RIFF" <size> "WEBP"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

export type PhotoVerdict = { ok: true; mimeType: PhotoMimeType } | { ok: false; reason: 'tooLarge' | 'notImage' };

/** Whether a value from the directory may enter the cache. */
export function judgePhoto(bytes: Uint8Array): PhotoVerdict {
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, reason: 'tooLarge' };
  const mimeType = detectPhotoType(bytes);
  return mimeType ? { ok: true, mimeType } : { ok: false, reason: 'notImage' };
}

/** The data: URL the renderer shows; the type is the detected one, so a stored value is never read as HTML. */
export function photoDataUrl(mimeType: PhotoMimeType, bytes: Uint8Array): string {
  return `data:${mimeType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}
