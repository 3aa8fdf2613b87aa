/**
 * A small XML reader for AXL's SOAP answers: elements, attributes, text and namespaces, nothing more.
 * It is deliberately strict and safe: a DOCTYPE (and with it every entity definition) is refused, only the
 * five predefined entities and numeric character references are expanded, so the text read is never longer
 * than the document (see expandReferences), and depth and size are bounded (the AXL client passes its
 * answer limit). Anything that is not well-formed is an XmlSyntaxError with the offset, never a best guess.
 */

import { expandReferences, XML_QUALIFIED_NAME } from '@shared/xml/references';
import type { ReferenceProblem } from '@shared/xml/references';

export interface XmlElement {
  /** The name as written, with its prefix (e.g. "soapenv:Body"). */
  name: string;
  /** The name without its prefix ("Body"). */
  local: string;
  /** The namespace URI the prefix (or the default namespace) stands for; '' when none. */
  namespace: string;
  /** Attributes by their name as written (xmlns declarations included). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated; child elements' text is not included. */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`XML: ${reason} at offset ${offset}`);
    this.name = 'XmlSyntaxError';
  }
}

export interface XmlReadOptions {
  /** Deepest nesting accepted (SOAP answers are shallow). */
  maxDepth?: number;
  /** Longest input accepted, in characters. */
  maxLength?: number;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const REFERENCE_REASONS: Record<ReferenceProblem, (name: string) => string> = {
  malformed: () => 'unterminated entity reference',
  character: (name) => `invalid character reference &${name};`,
  entity: (name) => `undefined entity &${name};`,
};

/** Expands the predefined entities and character references of attribute values and text. */
export function decodeEntities(raw: string, offset = 0): string {
  return expandReferences(raw, (problem, at, _length, name) => {
    throw new XmlSyntaxError(REFERENCE_REASONS[problem](name), offset + at);
  });
}

interface OpenElement {
  element: XmlElement;
  /** Prefix -> namespace URI in scope for this element (inherits from the parent). */
  scope: Map<string, string>;
}

function resolve(element: XmlElement, scope: Map<string, string>, offset: number): void {
  const colon = element.name.indexOf(':');
  const prefix = colon < 0 ? '' : element.name.slice(0, colon);
  element.local = colon < 0 ? element.name : element.name.slice(colon + 1);
  const uri = scope.get(prefix);
  if (uri === undefined) {
    if (prefix !== '') throw new XmlSyntaxError(`undeclared namespace prefix "${prefix}"`, offset);
    element.namespace = '';
  } else {
    element.namespace = uri;
  }
}

/** Reads the attributes of a start tag (the text between the name and ">" or "/>"). */
function readAttributes(source: string, start: number, end: number): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  let i = start;
  while (i < end) {
    while (i < end && /\s/.test(source[i]!)) i++;
    if (i >= end) break;
    const eq = source.indexOf('=', i);
    if (eq < 0 || eq >= end) throw new XmlSyntaxError('attribute without a value', i);
    const name = source.slice(i, eq).trim();
    if (!XML_QUALIFIED_NAME.test(name)) throw new XmlSyntaxError(`invalid attribute name "${name}"`, i);
    let q = eq + 1;
    while (q < end && /\s/.test(source[q]!)) q++;
    const quote = source[q];
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError('attribute value must be quoted', q);
    const close = source.indexOf(quote, q + 1);
    if (close < 0 || close >= end) throw new XmlSyntaxError('unterminated attribute value', q);
    const raw = source.slice(q + 1, close);
    if (raw.includes('<')) throw new XmlSyntaxError('"<" in an attribute value', q);
    if (Object.prototype.hasOwnProperty.call(attributes, name)) throw new XmlSyntaxError(`duplicate attribute "${name}"`, i);
    attributes[name] = decodeEntities(raw, q + 1);
    i = close + 1;
    if (i < end && !/\s/.test(source[i]!)) throw new XmlSyntaxError('attributes must be separated by white space', i);
  }
  return attributes;
}

/** Parses a whole document and returns its root element. */
export function readXml(source: string, options: XmlReadOptions = {}): XmlElement {
  const maxDepth = options.maxDepth ?? 64;
  const maxLength = options.maxLength ?? 64 * 1024 * 1024;
  if (source.length > maxLength) throw new XmlSyntaxError('document too large', maxLength);
  for (let k = 0; k < source.length; k++) {
    const code = source.charCodeAt(k);
    // Control characters other than tab, LF and CR are not XML (surrogates are checked as pairs by the engine).
    if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) throw new XmlSyntaxError('control character', k);
  }

  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const rootScope = new Map<string, string>([['xml', XML_NS]]);

  const appendText = (text: string, at: number) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (text.trim() !== '') throw new XmlSyntaxError('text outside the root element', at);
      return;
    }
    top.element.text += text;
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      appendText(decodeEntities(source.slice(i), i), i);
      break;
    }
    if (lt > i) {
      const raw = source.slice(i, lt);
      if (raw.includes(']]>')) throw new XmlSyntaxError('"]]>" in text', i + raw.indexOf(']]>'));
      appendText(decodeEntities(raw, i), i);
    }

    if (source.startsWith('<?', lt)) {
      const end = source.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlSyntaxError('unterminated processing instruction', lt);
      i = end + 2;
      continue;
    }
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) throw new XmlSyntaxError('unterminated comment', lt);
      i = end + 3;
      continue;
    }
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      if (end < 0) throw new XmlSyntaxError('unterminated CDATA section', lt);
      if (stack.length === 0) throw new XmlSyntaxError('CDATA outside the root element', lt);
      appendText(source.slice(lt + 9, end), lt);
      i = end + 3;
      continue;
    }
    if (source.startsWith('<!', lt)) {
      // DOCTYPE and its entity definitions: the door to entity expansion attacks, and never part of SOAP.
      throw new XmlSyntaxError('DOCTYPE and declarations are not accepted', lt);
    }

    const gt = source.indexOf('>', lt + 1);
    if (gt < 0) throw new XmlSyntaxError('unterminated tag', lt);

    if (source[lt + 1] === '/') {
      const name = source.slice(lt + 2, gt).trim();
      const top = stack.pop();
      if (!top || top.element.name !== name) throw new XmlSyntaxError(`unexpected end tag </${name}>`, lt);
      i = gt + 1;
      continue;
    }

    // A ">" inside a quoted attribute value would end the tag early; find the real end of the tag.
    let tagEnd = gt;
    let quote: string | null = null;
    for (let k = lt + 1; k < source.length; k++) {
      const c = source[k]!;
      if (quote) {
        if (c === quote) quote = null;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        tagEnd = k;
        break;
      } else if (c === '<') {
        throw new XmlSyntaxError('"<" inside a tag', k);
      }
      if (k === source.length - 1) throw new XmlSyntaxError('unterminated tag', lt);
    }
    const selfClosing = source[tagEnd - 1] === '/';
    const inner = source.slice(lt + 1, selfClosing ? tagEnd - 1 : tagEnd);
    const nameEnd = inner.search(/[\s]/);
    const name = nameEnd < 0 ? inner : inner.slice(0, nameEnd);
    if (!XML_QUALIFIED_NAME.test(name)) throw new XmlSyntaxError(`invalid element name "${name}"`, lt);
    const attributes = nameEnd < 0 ? (Object.create(null) as Record<string, string>) : readAttributes(inner, nameEnd, inner.length);

    const parentScope = stack[stack.length - 1]?.scope ?? rootScope;
    let scope = parentScope;
    for (const [attr, value] of Object.entries(attributes)) {
      if (attr === 'xmlns' || attr.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope);
        scope.set(attr === 'xmlns' ? '' : attr.slice(6), value);
      }
    }
    const element: XmlElement = { name, local: name, namespace: '', attributes, children: [], text: '' };
    resolve(element, scope, lt);

    const parent = stack[stack.length - 1];
    if (parent) parent.element.children.push(element);
    else if (root) throw new XmlSyntaxError('a second root element', lt);
    else root = element;

    if (!selfClosing) {
      if (stack.length >= maxDepth) throw new XmlSyntaxError('elements nested too deeply', lt);
      stack.push({ element, scope });
    }
    i = tagEnd + 1;
  }

  if (stack.length > 0) throw new XmlSyntaxError(`element <${stack[stack.length - 1]!.element.name}> is not closed`, source.length);
  if (!root) throw new XmlSyntaxError('no root element', 0);
  return root;
}

/** The first child of that local name, or undefined. */
export function childNamed(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.local === local);
}

/** The text of the first child of that local name; '' when the child is missing or empty (AXL's null). */
export function childText(element: XmlElement | undefined, local: string): string {
  return childNamed(element, local)?.text ?? '';
}
