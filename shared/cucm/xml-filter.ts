import { AXL_USER_SEARCH_FIELDS } from '../rules/cucm-rules.js';
import type { AxlUserSearchField } from '../rules/cucm-rules.js';
import type { FilterError, FilterParse } from './filter-error.js';
import { CDATA_OPEN, XmlScanner } from '../xml/xml-scanner.js';
import type { XmlEndTag, XmlStartTag, XmlText } from '../xml/xml-scanner.js';
import { XmlSyntaxError } from '../xml/xml-syntax-error.js';

/**
 * The XML filter of the CUCM import: the searchCriteria of AXL's listUser, which CUCM itself applies before
 * sending any user. The administrator writes either the whole element
 *   <searchCriteria><department>support</department><lastName>S%</lastName></searchCriteria>
 * or only the criteria inside it. Accepted: the elements listUser knows in searchCriteria, each once, each
 * holding a value (with % as a wildcard), comments, and the five predefined entities and character
 * references. Refused: attributes, namespaces, DOCTYPE and every other declaration, processing
 * instructions, CDATA. Empty means every user. Parsed here, the criteria are sent as values that AXL
 * request building escapes again; the typed text itself never becomes part of a request.
 *
 * The XML is read with the same XmlScanner as AXL's answers, so it is well-formed by the same rules; this
 * file adds only what the filter refuses beyond them, and says each problem in the filter's words.
 */

export const XML_FILTER_MAX_LENGTH = 4000;
/** CUCM keeps user ids up to 128 characters and names up to 64; a criterion longer than this matches nobody. */
const XML_FILTER_MAX_VALUE = 255;
const ROOT = 'searchCriteria';

export type XmlFilterCriteria = Partial<Record<AxlUserSearchField, string>>;

const FIELDS = new Set<string>(AXL_USER_SEARCH_FIELDS);

class Stop {
  constructor(readonly error: FilterError) {}
}

function stop(position: number, length: number, message: FilterError['message'], params?: FilterError['params']): never {
  throw new Stop({ position, length: Math.max(0, length), message, ...(params ? { params } : {}) });
}

/** What the scanner found wrong with the XML itself, in the filter's words (marked where the scanner says). */
function messageOf(error: XmlSyntaxError): Pick<FilterError, 'message' | 'params'> {
  switch (error.problem) {
    case 'tooLarge':
      return { message: 'cucmImport.xml.tooLong', params: { max: XML_FILTER_MAX_LENGTH } };
    case 'controlCharacter':
    case 'characterReference':
      return { message: 'cucmImport.xml.controlCharacter' };
    case 'malformedReference':
      return { message: 'cucmImport.xml.bareAmpersand' };
    case 'undefinedEntity':
      return { message: 'cucmImport.xml.entity', params: { entity: error.subject } };
    case 'unclosedComment':
      return { message: 'cucmImport.xml.unclosedComment' };
    case 'unclosedInstruction':
      return { message: 'cucmImport.xml.processingInstruction' };
    case 'declaration':
    case 'unclosedCdata':
    case 'cdataOutside':
    case 'cdataEndInText':
      return { message: 'cucmImport.xml.declaration' };
    case 'unclosedTag':
    case 'ltInTag':
    case 'elementName':
      return { message: 'cucmImport.xml.badTag' };
    case 'textOutside':
      return { message: 'cucmImport.xml.textOutside' };
    case 'unexpectedEnd':
      return { message: 'cucmImport.xml.unexpectedEnd', params: { name: error.subject } };
    case 'mismatchedEnd':
      return { message: 'cucmImport.xml.mismatchedEnd', params: { expected: error.expected, found: error.subject } };
    case 'unclosed':
      return { message: 'cucmImport.xml.unclosed', params: { name: error.subject } };
    case 'tooDeep':
      return { message: 'cucmImport.xml.nested', params: { name: error.subject } };
    // The filter refuses attributes before their values are read, and reads no whole document.
    case 'attributeWithoutValue':
    case 'attributeName':
    case 'unquotedAttribute':
    case 'unclosedAttribute':
    case 'ltInAttribute':
    case 'duplicateAttribute':
    case 'attributeSeparator':
    case 'undeclaredPrefix':
    case 'secondRoot':
    case 'noRoot':
      throw error;
  }
}

class XmlFilterParser {
  private readonly criteria: XmlFilterCriteria = {};
  private readonly scanner: XmlScanner;
  /** Whether the searchCriteria element was seen; criteria outside it are then refused. */
  private rootSeen = false;
  private criteriaOutside = false;
  /** The value of the criterion being read so far (comments inside it are left out). */
  private value = '';

  constructor(private readonly text: string) {
    // A criterion is one line of text: a referenced control character (&#9;) is refused, not sent to CUCM.
    this.scanner = new XmlScanner(text, { maxLength: XML_FILTER_MAX_LENGTH, allowCharacter: (code) => code >= 0x20 });
  }

  parse(): XmlFilterCriteria {
    for (let token = this.scanner.next(); token; token = this.scanner.next()) {
      switch (token.kind) {
        case 'instruction':
          return stop(token.start, 2, 'cucmImport.xml.processingInstruction');
        case 'cdata':
          return stop(token.start, CDATA_OPEN.length, 'cucmImport.xml.declaration');
        case 'text':
          this.characters(token);
          break;
        case 'start':
          this.startTag(token);
          break;
        case 'end':
          this.endTag(token);
          break;
      }
    }
    return this.criteria;
  }

  /** Text inside an element: a value inside a criterion, only white space around the criteria. */
  private characters(text: XmlText): void {
    if (text.parent.name === ROOT) this.scanner.requireWhitespace(text);
    else this.value += this.scanner.characters(text);
  }

  private startTag(tag: XmlStartTag): void {
    const { name, start: position } = tag;
    const length = tag.end - tag.start;
    if (this.text.slice(tag.attributesStart, tag.attributesEnd).trim() !== '') {
      stop(tag.attributesStart, length - name.length - 2, 'cucmImport.xml.attribute', { name });
    }
    const top = tag.parent;

    if (name === ROOT) {
      if (top) stop(position, length, 'cucmImport.xml.nested', { name: top.name });
      if (this.rootSeen || this.criteriaOutside) stop(position, length, 'cucmImport.xml.rootOnce');
      this.rootSeen = true;
      return;
    }
    if (!FIELDS.has(name)) stop(position, length, 'cucmImport.xml.unknownElement', { name, elements: AXL_USER_SEARCH_FIELDS.join(', ') });
    if (top && top.name !== ROOT) stop(position, length, 'cucmImport.xml.nested', { name: top.name });
    if (!top) {
      if (this.rootSeen) stop(position, length, 'cucmImport.xml.outsideRoot', { name });
      this.criteriaOutside = true;
    }
    if (Object.prototype.hasOwnProperty.call(this.criteria, name)) stop(position, length, 'cucmImport.xml.duplicate', { name });
    if (tag.selfClosing) stop(position, length, 'cucmImport.xml.emptyValue', { name });
    this.value = '';
  }

  private endTag(tag: XmlEndTag): void {
    const { name, opened } = tag;
    if (name === ROOT) return;
    const value = this.value.trim();
    if (value === '') stop(opened.start, opened.end - opened.start, 'cucmImport.xml.emptyValue', { name });
    if (value.length > XML_FILTER_MAX_VALUE)
      stop(opened.end, tag.start - opened.end, 'cucmImport.xml.valueTooLong', { name, max: XML_FILTER_MAX_VALUE });
    this.criteria[name as AxlUserSearchField] = value;
  }
}

/**
 * Parses the XML filter into listUser's searchCriteria. Empty text means every user ({}). Never throws:
 * a filter that is not valid comes back with the position of the problem and what was expected.
 */
export function parseXmlFilter(text: string): FilterParse<XmlFilterCriteria> {
  try {
    return { ok: true, value: new XmlFilterParser(text).parse() };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    if (error instanceof XmlSyntaxError) return { ok: false, error: { position: error.offset, length: error.length, ...messageOf(error) } };
    throw error;
  }
}
