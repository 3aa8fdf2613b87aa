import type { ImportEncoding } from '@shared/channels/import';
import { decodeWindows1252 } from '../csv/windows-1252';

/**
 * The four encodings an import reads: UTF-8 (with or without byte order mark), UTF-16 LE/BE (with one) and
 * Windows-1252, Excel's and Notepad's "ANSI" on Western European Windows. A file without a byte order mark
 * is UTF-8 when its bytes are valid UTF-8, otherwise Windows-1252: every byte sequence is valid
 * Windows-1252, while Windows-1252 text with umlauts is almost never valid UTF-8.
 */

export interface DetectedEncoding {
  encoding: ImportEncoding;
  /** How many bytes of byte order mark the file starts with. */
  bomLength: number;
}

export function detectEncoding(head: Uint8Array): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  try {
    // stream: a character cut in two at the end of the head is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    // Not UTF-8: what Excel and other Windows programs write in western Europe.
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

/** What the file's first bytes say it is, when it is not text at all. */
export type NotText = 'spreadsheet' | 'binary' | null;

/**
 * Spreadsheet workbooks (xlsx and ods are zip archives, xls a compound document) and other binary files,
 * recognised from the first bytes. Text in UTF-16 is full of zero bytes, so it is judged after decoding.
 */
export function sniffNotText(head: Uint8Array, encoding: ImportEncoding): NotText {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'spreadsheet';
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return null;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'binary';
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  return control > Math.max(8, head.length / 100) ? 'binary' : null;
}

/** Decoded UTF-16 text that is binary after all (zero characters, which no CSV holds). */
export function decodedLooksBinary(text: string): boolean {
  return text.includes('\u0000');
}

export interface StreamingDecoder {
  /** Decodes the next chunk; a character split across chunks comes out whole with the later chunk. */
  decode(chunk: Uint8Array): string;
  /** What is left at the end of the file (an incomplete character becomes U+FFFD). */
  end(): string;
}

/**
 * A decoder for the whole file, chunk by chunk. A byte order mark at the start is dropped; one further on
 * stays in the text (U+FEFF) and is reported on its row. Invalid bytes become U+FFFD, reported on their row
 * as well: one bad row must not stop a 100,000-row import.
 */
export function streamingDecoder(encoding: ImportEncoding): StreamingDecoder {
  if (encoding === 'windows-1252') return { decode: decodeWindows1252, end: () => '' };
  if (encoding === 'utf-16be') return utf16beDecoder();
  const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
  return {
    decode: (chunk) => decoder.decode(chunk, { stream: true }),
    end: () => decoder.decode(),
  };
}

/**
 * UTF-16 BE as UTF-16 LE with each byte pair swapped: Node's TextDecoder knows UTF-16 BE only when built
 * with full ICU data, UTF-16 LE always. An odd byte at the end of a chunk waits for its partner.
 */
function utf16beDecoder(): StreamingDecoder {
  const decoder = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
  let carry: number | null = null;
  return {
    decode(chunk) {
      const bytes = carry === null ? chunk : Buffer.concat([Uint8Array.of(carry), chunk]);
      const even = bytes.length - (bytes.length % 2);
      carry = even < bytes.length ? bytes[even]! : null;
      const swapped = Buffer.from(bytes.subarray(0, even));
      swapped.swap16();
      return decoder.decode(swapped, { stream: true });
    },
    end() {
      const rest = carry === null ? '' : '\ufffd';
      carry = null;
      return decoder.decode() + rest;
    },
  };
}

/** The text of a file's head for detection: decoded without its byte order mark. */
export function decodeHead(head: Uint8Array, encoding: ImportEncoding): string {
  return streamingDecoder(encoding).decode(head);
}
