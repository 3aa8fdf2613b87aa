/**
 * XML's entity and character references, as both of Roster's small XML readers expand them (AXL answers in
 * main, the CUCM import's XML filter in shared): the five predefined entities and numeric character
 * references only. There is no DTD support anywhere, so no other entity can ever be defined or expanded.
 */

/** An element or attribute name, optionally with a namespace prefix (the subset of XML names Roster accepts). */
export const XML_QUALIFIED_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Whether a code point may appear in an XML 1.0 document. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** malformed: '&' not starting a well-formed reference; character: a reference to a refused code point; entity: an unknown entity name. */
export type ReferenceProblem = 'malformed' | 'character' | 'entity';

/** Called with the problem, where its reference starts in `raw`, its length and its name; must throw. */
export type RefuseReference = (problem: ReferenceProblem, at: number, length: number, name: string) => never;

/**
 * `raw` with its references expanded. `allowCharacter` narrows which referenced code points are accepted
 * (the filter refuses control characters such as &#9; that a SOAP answer may carry).
 */
export function expandReferences(raw: string, refuse: RefuseReference, allowCharacter: (code: number) => boolean = isXmlChar): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp < 0) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, amp);
    const semi = raw.indexOf(';', amp);
    const name = semi < 0 ? '' : raw.slice(amp + 1, semi);
    if (semi < 0 || !/^(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]{0,30})$/.test(name)) refuse('malformed', amp, 1, name);
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!isXmlChar(code) || !allowCharacter(code)) refuse('character', amp, semi - amp + 1, name);
      out += String.fromCodePoint(code);
    } else {
      const value = PREDEFINED[name];
      if (value === undefined) refuse('entity', amp, semi - amp + 1, name);
      out += value;
    }
    i = semi + 1;
  }
  return out;
}
