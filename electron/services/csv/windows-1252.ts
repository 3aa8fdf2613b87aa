/**
 * Windows-1252, Western European Windows' "ANSI" code page, both ways without depending on the ICU data of
 * the runtime: it differs from ISO-8859-1 (Latin-1) only in 0x80-0x9F. The five unassigned bytes stay C1
 * controls, as the WHATWG Encoding Standard maps them (and as the control-character rule then reports them).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;
const BYTE_OF_HIGH = new Map([...CP1252_HIGH].map((char, index) => [char, 0x80 + index] as const));
/** A character Windows-1252 has no byte for. */
const NOT_IN_CP1252 = new RegExp(`[^\\u0000-\\u007f\\u00a0-\\u00ff${CP1252_HIGH}]`, 'gu');

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The distinct characters of the text that Windows-1252 cannot hold, in the order met (none: []). */
export function charactersNotInWindows1252(text: string): string[] {
  return [...new Set(text.match(NOT_IN_CP1252) ?? [])];
}

/** The text's bytes; call only on text charactersNotInWindows1252 accepted (nothing is ever replaced). */
export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.allocUnsafe(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : BYTE_OF_HIGH.get(text[i]!);
    if (byte === undefined) throw new Error(`not a Windows-1252 character: U+${code.toString(16)}`);
    bytes[i] = byte;
  }
  return bytes;
}
