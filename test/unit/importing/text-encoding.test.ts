import { describe, expect, it } from 'vitest';
import { detectEncoding, sniffNotText, streamingDecoder } from '../../../electron/services/importing/text-encoding';
import type { ImportEncoding } from '@shared/channels/import';

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
const cp1252 = (text: string) => Buffer.from([...text].map((c) => ({ '€': 0x80, '„': 0x84, '“': 0x93, '”': 0x94, '–': 0x96 })[c] ?? c.charCodeAt(0)));

/** Decodes bytes fed one chunk of `size` bytes at a time. */
function decodeInChunks(bytes: Uint8Array, encoding: ImportEncoding, size: number): string {
  const decoder = streamingDecoder(encoding);
  let text = '';
  for (let at = 0; at < bytes.length; at += size) text += decoder.decode(bytes.subarray(at, at + size));
  return text + decoder.end();
}

describe('encoding detection', () => {
  it('knows UTF-8 with and without a byte order mark, and UTF-16 by its mark', () => {
    expect(detectEncoding(Buffer.from('\ufeffMüller;Anna', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 3 });
    expect(detectEncoding(Buffer.from('Müller;Anna', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 0 });
    expect(detectEncoding(utf16le('Müller'))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(utf16be('Müller'))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('takes a file that is not valid UTF-8 for Windows-1252', () => {
    expect(detectEncoding(cp1252('Müller;Jörg')).encoding).toBe('windows-1252');
  });

  it('does not mistake a UTF-8 character cut at the end of the head for invalid UTF-8', () => {
    const bytes = Buffer.from('Anna;Müller', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.indexOf(0xc3) + 1)).encoding).toBe('utf-8');
  });
});

describe('decoding', () => {
  it('reads Windows-1252 umlauts and its typographic characters right', () => {
    expect(decodeInChunks(cp1252('Müller „Jörg“ – 5 €'), 'windows-1252', 3)).toBe('Müller „Jörg“ – 5 €');
  });

  it('decodes UTF-8 and UTF-16 however the bytes are cut, and drops the leading byte order mark', () => {
    const text = 'Müller;Ærø;日本;😀\r\n';
    const files: [ImportEncoding, Buffer][] = [
      ['utf-8', Buffer.from(`\ufeff${text}`, 'utf8')],
      ['utf-16le', utf16le(text)],
      ['utf-16be', utf16be(text)],
    ];
    for (const [encoding, bytes] of files) {
      for (const size of [1, 2, 3, 5, 7, 64]) expect(decodeInChunks(bytes, encoding, size), `${encoding} in ${size}-byte chunks`).toBe(text);
    }
  });

  it('keeps a byte order mark in the middle of the file as a character (its row reports it)', () => {
    const joined = Buffer.concat([Buffer.from('\ufeffa,b\n1,2\n', 'utf8'), Buffer.from('\ufeffa,b\n3,4\n', 'utf8')]);
    expect(decodeInChunks(joined, 'utf-8', 4)).toBe('a,b\n1,2\n\ufeffa,b\n3,4\n');
  });

  it('turns invalid UTF-8 bytes into U+FFFD instead of failing', () => {
    expect(decodeInChunks(cp1252('Müller'), 'utf-8', 2)).toBe('M\ufffdller');
  });
});

describe('what is not text', () => {
  it('recognises spreadsheet workbooks and binary data, and lets text (and UTF-16) through', () => {
    expect(sniffNotText(Buffer.from('PK\u0003\u0004rest of a zip', 'latin1'), 'utf-8')).toBe('spreadsheet');
    expect(sniffNotText(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'utf-8')).toBe('spreadsheet');
    expect(sniffNotText(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), 'windows-1252')).toBe('binary');
    expect(sniffNotText(Buffer.from('a\tb\r\nc\fd\n', 'utf8'), 'utf-8')).toBeNull();
    expect(sniffNotText(utf16le('a,b\n'), 'utf-16le')).toBeNull();
  });
});
