import { XmlSyntaxError } from './xml-syntax-error.js';

/**
 * XML's entity and character references, as Roster's XML reader expands them (in AXL answers and in the CUCM
 * import's XML filter alike): the five predefined entities and numeric character references only. There is
 * no DTD support anywhere, so no other entity can ever be defined or expanded.
 */

/** An element or attribute name, optionally with a namespace prefix (the subset of XML names Roster accepts). */
export const XML_QUALIFIED_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

// A list, not an object literal: &constructor; or &toString; must not find what every object inherits.
const PREDEFINED: readonly (readonly [name: string, value: string])[] = [
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
];

/** Whether a code point may appear in an XML 1.0 document. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** What may stand between '&' and ';', and the longest that allows (a name of 31 characters). */
const REFERENCE_NAME = /^(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]{0,30})$/;
const MAX_REFERENCE_NAME = 31;
const SEMICOLON = 0x3b;
/** Pieces joined per batch (see expandReferences). */
const BATCH = 4096;

/** Where the ';' ending the reference at `amp` is, or -1: only a short stretch is searched, never the whole text. */
function referenceEnd(raw: string, amp: number): number {
  const last = Math.min(raw.length - 1, amp + 1 + MAX_REFERENCE_NAME);
  for (let k = amp + 1; k <= last; k++) if (raw.charCodeAt(k) === SEMICOLON) return k;
  return -1;
}

/** The predefined entity written at `amp` (its name ends at `semi`), read in place without copying the name. */
function predefinedAt(raw: string, amp: number, semi: number): string | undefined {
  for (let k = 0; k < PREDEFINED.length; k++) {
    const entity = PREDEFINED[k]!;
    if (semi - amp - 1 === entity[0].length && raw.startsWith(entity[0], amp + 1)) return entity[1];
  }
  return undefined;
}

/**
 * `raw` with its references expanded; `offset` is where `raw` starts in the document, for the XmlSyntaxError
 * of a reference that is malformed, undefined or refused. `allowCharacter` narrows which referenced code
 * points are accepted (the filter refuses control characters such as &#9; that a SOAP answer may carry).
 *
 * The result is never longer than `raw`: a reference is at least 4 characters and stands for at most 2 (a
 * code point beyond U+FFFF). Nothing defines further entities (no DTD), so nothing expands recursively. The
 * pieces are joined in batches rather than appended one by one, and the common references are read in place:
 * millions of `&amp;` would otherwise leave a chain of millions of partial strings, many times the size of
 * the text itself.
 */
export function expandReferences(raw: string, offset = 0, allowCharacter: (code: number) => boolean = isXmlChar): string {
  if (!raw.includes('&')) return raw;
  const batches: string[] = [];
  let pieces: string[] = [];
  const add = (piece: string) => {
    pieces.push(piece);
    if (pieces.length === BATCH) {
      batches.push(pieces.join(''));
      pieces = [];
    }
  };
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp < 0) {
      add(raw.slice(i));
      break;
    }
    if (amp > i) add(raw.slice(i, amp));
    const semi = referenceEnd(raw, amp);
    if (semi < 0) throw new XmlSyntaxError('malformedReference', offset + amp, 1);
    const predefined = predefinedAt(raw, amp, semi);
    if (predefined !== undefined) {
      add(predefined);
    } else {
      const name = raw.slice(amp + 1, semi);
      if (!REFERENCE_NAME.test(name)) throw new XmlSyntaxError('malformedReference', offset + amp, 1, name);
      if (!name.startsWith('#')) throw new XmlSyntaxError('undefinedEntity', offset + amp, semi - amp + 1, name);
      const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!isXmlChar(code) || !allowCharacter(code)) throw new XmlSyntaxError('characterReference', offset + amp, semi - amp + 1, name);
      add(String.fromCodePoint(code));
    }
    i = semi + 1;
  }
  batches.push(pieces.join(''));
  return batches.join('');
}
