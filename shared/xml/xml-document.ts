import { XmlScanner } from './xml-scanner.js';
import type { XmlScanOptions, XmlStartTag } from './xml-scanner.js';
import { XmlSyntaxError } from './xml-syntax-error.js';

/**
 * A whole XML document as a tree of elements, attributes, text and namespaces, nothing more: how the AXL
 * client reads CUCM's SOAP answers. Read with the XmlScanner, so it refuses what the scanner refuses (see
 * there), and further a prefix no namespace declaration stands for and anything but exactly one root element.
 */

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

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

interface OpenElement {
  element: XmlElement;
  /** Prefix -> namespace URI in scope for this element (inherits from the parent). */
  scope: Map<string, string>;
}

function elementOf(tag: XmlStartTag, attributes: Record<string, string>, parentScope: Map<string, string>): OpenElement {
  let scope = parentScope;
  for (const [attribute, value] of Object.entries(attributes)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
      if (scope === parentScope) scope = new Map(parentScope);
      scope.set(attribute === 'xmlns' ? '' : attribute.slice(6), value);
    }
  }
  const colon = tag.name.indexOf(':');
  const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
  const namespace = scope.get(prefix);
  if (namespace === undefined && prefix !== '') throw new XmlSyntaxError('undeclaredPrefix', tag.start, tag.end - tag.start, prefix);
  const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
  return { element: { name: tag.name, local, namespace: namespace ?? '', attributes, children: [], text: '' }, scope };
}

/** Parses a whole document and returns its root element. */
export function readXml(source: string, options: XmlScanOptions = {}): XmlElement {
  const scanner = new XmlScanner(source, options);
  const rootScope = new Map<string, string>([['xml', XML_NS]]);
  // Mirrors the scanner's open elements, which it has already matched with their end tags.
  const open: OpenElement[] = [];
  let root: XmlElement | null = null;
  for (let token = scanner.next(); token; token = scanner.next()) {
    switch (token.kind) {
      case 'instruction':
        // The XML declaration, or an instruction to some other reader: nothing an answer's content depends on.
        break;
      case 'text':
        open[open.length - 1]!.element.text += scanner.characters(token);
        break;
      case 'cdata':
        open[open.length - 1]!.element.text += token.text;
        break;
      case 'start': {
        const parent = open[open.length - 1];
        const opened = elementOf(token, scanner.attributesOf(token), parent?.scope ?? rootScope);
        if (parent) parent.element.children.push(opened.element);
        else if (root) throw new XmlSyntaxError('secondRoot', token.start, token.end - token.start);
        else root = opened.element;
        if (!token.selfClosing) open.push(opened);
        break;
      }
      case 'end':
        open.pop();
        break;
    }
  }
  if (!root) throw new XmlSyntaxError('noRoot', 0, 0);
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
