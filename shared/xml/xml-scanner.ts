import { expandReferences, isXmlChar, XML_QUALIFIED_NAME } from './references.js';
import { XmlSyntaxError } from './xml-syntax-error.js';

/**
 * Roster's one XML reader, token by token: it reads AXL's SOAP answers (through readXml) and the CUCM
 * import's XML filter, which is why it lives in shared and imports nothing of Node. It is strict and safe:
 * a DOCTYPE (and with it every entity definition) is refused, only the five predefined entities and numeric
 * character references are expanded, so the text read is never longer than the document (see
 * expandReferences), the length and the depth are bounded, tags must match, and nothing but white space and
 * comments may stand outside the elements. Anything that is not well-formed is an XmlSyntaxError with its
 * offset, never a best guess. What XML allows but a caller does not (a processing instruction or CDATA in
 * the filter, say) the caller refuses when it sees the token.
 *
 * Comments are skipped. Character data and attribute values are expanded only when a caller asks
 * (characters, attributesOf), so a caller that refuses text or attributes where they stand says so first,
 * whatever they hold.
 */

export interface XmlScanOptions {
  /** Longest input accepted, in characters. */
  maxLength?: number;
  /** Deepest nesting accepted (SOAP answers are shallow). */
  maxDepth?: number;
  /** Which code points a character reference may stand for, beyond being XML characters. */
  allowCharacter?: (code: number) => boolean;
}

/** A start tag, or an empty-element tag (`selfClosing`). */
export interface XmlStartTag {
  kind: 'start';
  /** The name as written, with its prefix (e.g. "soapenv:Body"). */
  name: string;
  /** Where the tag starts ("<") and ends (after ">") in the text. */
  start: number;
  end: number;
  selfClosing: boolean;
  /** The element this one is inside; undefined for a top-level element. */
  parent: XmlStartTag | undefined;
  /** Where the text after the name starts and ends (read by attributesOf): only white space when there are no attributes. */
  attributesStart: number;
  attributesEnd: number;
}

/** An end tag; the scanner has already matched it with the start tag it closes. */
export interface XmlEndTag {
  kind: 'end';
  name: string;
  start: number;
  end: number;
  opened: XmlStartTag;
}

/** A run of character data inside an element, as written (read it with characters). */
export interface XmlText {
  kind: 'text';
  start: number;
  end: number;
  parent: XmlStartTag;
}

/** A CDATA section inside an element; `text` is its content, taken as it is. */
interface XmlCdata {
  kind: 'cdata';
  start: number;
  end: number;
  text: string;
  parent: XmlStartTag;
}

/** A processing instruction, such as the XML declaration `<?xml version="1.0"?>`. */
interface XmlInstruction {
  kind: 'instruction';
  start: number;
  end: number;
}

export type XmlToken = XmlStartTag | XmlEndTag | XmlText | XmlCdata | XmlInstruction;

const DEFAULT_MAX_LENGTH = 64 * 1024 * 1024;
const DEFAULT_MAX_DEPTH = 64;
export const CDATA_OPEN = '<![CDATA[';
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SPACE = /\s/;

export class XmlScanner {
  private i: number;
  /** The elements open at `i`, innermost last. */
  private readonly open: XmlStartTag[] = [];
  private readonly maxDepth: number;
  private readonly allowCharacter: (code: number) => boolean;

  /** Refuses a text longer than the limit, or with a control character, before reading any of it. */
  constructor(
    private readonly source: string,
    options: XmlScanOptions = {},
  ) {
    const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
    if (source.length > maxLength) throw new XmlSyntaxError('tooLarge', maxLength, 1);
    for (let k = 0; k < source.length; k++) {
      const code = source.charCodeAt(k);
      // Control characters other than tab, LF and CR are not XML (surrogates are checked as pairs by the engine).
      if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) throw new XmlSyntaxError('controlCharacter', k, 1);
    }
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.allowCharacter = options.allowCharacter ?? isXmlChar;
    this.i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  /** The next token, or null at the end of a text whose elements are all closed. */
  next(): XmlToken | null {
    const { source } = this;
    while (this.i < source.length) {
      const start = this.i;
      const lt = source.indexOf('<', start);
      const end = lt < 0 ? source.length : lt;
      if (end > start) {
        this.i = end;
        const parent = this.open[this.open.length - 1];
        if (parent) return { kind: 'text', start, end, parent };
        this.requireWhitespace({ start, end });
      }
      if (lt < 0) break;
      const token = this.markup(lt);
      if (token) return token;
    }
    const last = this.open[this.open.length - 1];
    if (last) throw new XmlSyntaxError('unclosed', last.start, last.end - last.start, last.name);
    return null;
  }

  /** The character data of a text token, its references expanded. */
  characters(text: XmlText): string {
    const raw = this.source.slice(text.start, text.end);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) throw new XmlSyntaxError('cdataEndInText', text.start + cdataEnd, 3);
    return expandReferences(raw, text.start, this.allowCharacter);
  }

  /** Refuses character data where only markup may stand: outside the elements, or where a caller says so. */
  requireWhitespace(text: Pick<XmlText, 'start' | 'end'>): void {
    const raw = this.source.slice(text.start, text.end);
    const first = raw.search(/\S/);
    if (first >= 0) throw new XmlSyntaxError('textOutside', text.start + first, raw.trim().length);
  }

  /** The attributes of a start tag by their name as written (xmlns declarations included), values expanded. */
  attributesOf(tag: XmlStartTag): Record<string, string> {
    const { source } = this;
    const end = tag.attributesEnd;
    const attributes = Object.create(null) as Record<string, string>;
    let i = tag.attributesStart;
    while (i < end) {
      while (i < end && SPACE.test(source[i]!)) i++;
      if (i >= end) break;
      const eq = source.indexOf('=', i);
      if (eq < 0 || eq >= end) throw new XmlSyntaxError('attributeWithoutValue', i, end - i);
      const name = source.slice(i, eq).trim();
      if (!XML_QUALIFIED_NAME.test(name)) throw new XmlSyntaxError('attributeName', i, eq - i, name);
      let q = eq + 1;
      while (q < end && SPACE.test(source[q]!)) q++;
      const quote = source[q];
      if (quote !== '"' && quote !== "'") throw new XmlSyntaxError('unquotedAttribute', q, 1);
      const close = source.indexOf(quote, q + 1);
      if (close < 0 || close >= end) throw new XmlSyntaxError('unclosedAttribute', q, 1);
      const raw = source.slice(q + 1, close);
      if (raw.includes('<')) throw new XmlSyntaxError('ltInAttribute', q, close + 1 - q);
      if (Object.prototype.hasOwnProperty.call(attributes, name)) throw new XmlSyntaxError('duplicateAttribute', i, eq - i, name);
      attributes[name] = expandReferences(raw, q + 1, this.allowCharacter);
      i = close + 1;
      if (i < end && !SPACE.test(source[i]!)) throw new XmlSyntaxError('attributeSeparator', i, 1);
    }
    return attributes;
  }

  /** Reads the markup at `lt`: a token, or null for a comment. */
  private markup(lt: number): XmlToken | null {
    const { source } = this;
    if (source.startsWith('<?', lt)) {
      const close = source.indexOf('?>', lt + 2);
      if (close < 0) throw new XmlSyntaxError('unclosedInstruction', lt, 2);
      this.i = close + 2;
      return { kind: 'instruction', start: lt, end: this.i };
    }
    if (source.startsWith('<!--', lt)) {
      const close = source.indexOf('-->', lt + 4);
      if (close < 0) throw new XmlSyntaxError('unclosedComment', lt, 4);
      this.i = close + 3;
      return null;
    }
    if (source.startsWith(CDATA_OPEN, lt)) {
      const close = source.indexOf(']]>', lt + CDATA_OPEN.length);
      if (close < 0) throw new XmlSyntaxError('unclosedCdata', lt, CDATA_OPEN.length);
      const parent = this.open[this.open.length - 1];
      if (!parent) throw new XmlSyntaxError('cdataOutside', lt, CDATA_OPEN.length);
      this.i = close + 3;
      return { kind: 'cdata', start: lt, end: this.i, text: source.slice(lt + CDATA_OPEN.length, close), parent };
    }
    // DOCTYPE and its entity definitions: the door to entity expansion attacks, and never part of SOAP.
    if (source.startsWith('<!', lt)) throw new XmlSyntaxError('declaration', lt, 2);
    const isEnd = source.charCodeAt(lt + 1) === SLASH;
    const end = this.tagEnd(lt, !isEnd) + 1;
    this.i = end;
    return isEnd ? this.endTag(lt, end) : this.startTag(lt, end);
  }

  /**
   * The ">" that ends the tag at `lt`. In a start tag (`quoted`), a ">" inside a quoted attribute value
   * would end it early; an end tag has no attributes, so a quote there is only a wrong name.
   */
  private tagEnd(lt: number, quoted: boolean): number {
    const { source } = this;
    let quote = 0;
    for (let k = lt + 1; k < source.length; k++) {
      const c = source.charCodeAt(k);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (quoted && (c === QUOTE || c === APOSTROPHE)) {
        quote = c;
      } else if (c === GT) {
        return k;
      } else if (c === LT) {
        throw new XmlSyntaxError('ltInTag', lt, 1);
      }
    }
    throw new XmlSyntaxError('unclosedTag', lt, 1);
  }

  private startTag(start: number, end: number): XmlStartTag {
    const selfClosing = this.source.charCodeAt(end - 2) === SLASH;
    const innerEnd = selfClosing ? end - 2 : end - 1;
    const inner = this.source.slice(start + 1, innerEnd);
    const nameEnd = inner.search(SPACE);
    const name = nameEnd < 0 ? inner : inner.slice(0, nameEnd);
    if (!XML_QUALIFIED_NAME.test(name)) throw new XmlSyntaxError('elementName', start, end - start, name);
    const parent = this.open[this.open.length - 1];
    const tag: XmlStartTag = {
      kind: 'start',
      name,
      start,
      end,
      selfClosing,
      parent,
      attributesStart: start + 1 + name.length,
      attributesEnd: innerEnd,
    };
    if (!selfClosing) {
      if (this.open.length >= this.maxDepth) throw new XmlSyntaxError('tooDeep', start, end - start, parent?.name);
      this.open.push(tag);
    }
    return tag;
  }

  private endTag(start: number, end: number): XmlEndTag {
    const name = this.source.slice(start + 2, end - 1).trim();
    const opened = this.open.pop();
    if (!opened) throw new XmlSyntaxError('unexpectedEnd', start, end - start, name);
    if (opened.name !== name) throw new XmlSyntaxError('mismatchedEnd', start, end - start, name, opened.name);
    return { kind: 'end', name, start, end, opened };
  }
}
