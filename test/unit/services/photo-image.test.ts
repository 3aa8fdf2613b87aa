import { describe, expect, it } from 'vitest';
import { detectPhotoType, judgePhoto, MAX_PHOTO_BYTES, photoDataUrl } from '../../../electron/services/ldap/photo-image';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('photo type from the first bytes', () => {
  it('knows JPEG, PNG, GIF (87a and 89a) and WebP', () => {
    expect(detectPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(detectPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detectPhotoType(ascii('GIF87a....'))).toBe('image/gif');
    expect(detectPhotoType(ascii('GIF89a....'))).toBe('image/gif');
    expect(detectPhotoType(ascii('RIFF\u0010\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses everything else, however it is named: HTML, SVG, text, a RIFF that is not WebP, truncated headers', () => {
    for (const value of [
      '<html><script>alert(1)</script>',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'plain text',
      'RIFF\u0000\u0000\u0000\u0000WAVEfmt ',
      'GIF8',
      'GIF88a',
      '',
    ]) {
      expect(detectPhotoType(ascii(value))).toBeNull();
    }
    expect(detectPhotoType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectPhotoType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull();
  });
});

describe('which values enter the cache', () => {
  const jpeg = (size: number) => {
    const value = new Uint8Array(size);
    value.set([0xff, 0xd8, 0xff]);
    return value;
  };

  it('takes an image up to 100 KB and refuses one byte more', () => {
    expect(judgePhoto(jpeg(MAX_PHOTO_BYTES))).toEqual({ ok: true, mimeType: 'image/jpeg' });
    expect(judgePhoto(jpeg(MAX_PHOTO_BYTES + 1))).toEqual({ ok: false, reason: 'tooLarge' });
    expect(judgePhoto(ascii('not a picture'))).toEqual({ ok: false, reason: 'notImage' });
  });

  it('serves a photo as a data URL of the detected type', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3);
    expect(photoDataUrl('image/png', png)).toBe(`data:image/png;base64,${Buffer.from(png).toString('base64')}`);
  });
});
