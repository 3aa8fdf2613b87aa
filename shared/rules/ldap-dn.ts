// Distinguished names as RFC 4514 writes them (cn=Anna Berg,ou=People,dc=example,dc=com), checked before
// anything is sent so a typo is shown at the field instead of as a server error.

const DESCR = /^[A-Za-z][A-Za-z0-9-]*$/;
const NUMERIC_OID = /^[0-9]+(?:\.[0-9]+)+$/;
const HEX = /^[0-9A-Fa-f]$/;
/** Characters that must be escaped with a backslash inside a value. */
const SPECIAL = new Set([',', '+', '"', '\\', '<', '>', ';', '=']);

/** One attribute=value pair; returns the index after it, or -1 when it is not one. */
function attributeValue(text: string, start: number): number {
  const eq = text.indexOf('=', start);
  if (eq < 0) return -1;
  const type = text.slice(start, eq).trim();
  if (!DESCR.test(type) && !NUMERIC_OID.test(type)) return -1;
  let i = eq + 1;
  if (text[i] === '#') {
    // A value given as the hex of its BER encoding.
    i++;
    const hexStart = i;
    while (HEX.test(text[i] ?? '') && HEX.test(text[i + 1] ?? '')) i += 2;
    return i > hexStart ? i : -1;
  }
  let length = 0;
  while (i < text.length && text[i] !== ',' && text[i] !== '+') {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (SPECIAL.has(next) || next === ' ' || next === '#') i += 2;
      else if (HEX.test(next) && HEX.test(text[i + 2] ?? '')) i += 3;
      else return -1;
    } else if (SPECIAL.has(c) || c === '\u0000') {
      return -1;
    } else {
      i++;
    }
    length++;
  }
  return length > 0 ? i : -1;
}

/** Whether `text` is a distinguished name of at least one RDN (multi-valued RDNs joined by "+"). */
export function isDistinguishedName(text: string): boolean {
  if (text.trim() === '' || text.length > 4096) return false;
  let i = 0;
  for (;;) {
    const end = attributeValue(text, i);
    if (end < 0) return false;
    if (end === text.length) return true;
    if (text[end] !== ',' && text[end] !== '+') return false;
    i = end + 1;
  }
}
