import { AXL_USER_SEARCH_FIELDS } from '../rules/cucm-rules.js';
import type { AxlUserSearchField } from '../rules/cucm-rules.js';
import type { FilterError, FilterParse } from './filter-error.js';
import { expandReferences, XML_QUALIFIED_NAME } from '../xml/references.js';
import type { ReferenceProblem } from '../xml/references.js';

/**
 * The XML filter of the CUCM import: the searchCriteria of AXL's listUser, which CUCM itself applies before
 * sending any user. The administrator writes either the whole element
 *   <searchCriteria><department>support</department><lastName>S%</lastName></searchCriteria>
 * or only the criteria inside it. Accepted: the elements listUser knows in searchCriteria, each once, each
 * holding a value (with % as a wildcard), comments, and the five predefined entities and character
 * references. Refused: attributes, namespaces, DOCTYPE and every other declaration, processing
 * instructions, CDATA. Empty means every user. Parsed here, the criteria are sent as values that AXL
 * request building escapes again; the typed text itself never becomes part of a request.
 */

export const XML_FILTER_MAX_LENGTH = 4000;
/** CUCM keeps user ids up to 128 characters and names up to 64; a criterion longer than this matches nobody. */
export const XML_FILTER_MAX_VALUE = 255;
const ROOT = 'searchCriteria';

export type XmlFilterCriteria = Partial<Record<AxlUserSearchField, string>>;

const FIELDS = new Set<string>(AXL_USER_SEARCH_FIELDS);

class Stop {
  constructor(readonly error: FilterError) {}
}

function stop(position: number, length: number, message: FilterError['message'], params?: FilterError['params']): never {
  throw new Stop({ position, length: Math.max(0, length), message, ...(params ? { params } : {}) });
}

const REFERENCE_MESSAGES: Record<ReferenceProblem, FilterError['message']> = {
  malformed: 'cucmImport.xml.bareAmpersand',
  character: 'cucmImport.xml.controlCharacter',
  entity: 'cucmImport.xml.entity',
};

/** Character data with its entity and character references expanded; `offset` is where `raw` starts. */
function decode(raw: string, offset: number): string {
  return expandReferences(
    raw,
    (problem, at, length, name) => stop(offset + at, length, REFERENCE_MESSAGES[problem], problem === 'entity' ? { entity: name } : undefined),
    // A criterion is one line of text: a referenced control character (&#9;) is refused, not sent to CUCM.
    (code) => code >= 0x20,
  );
}

interface Open {
  name: string;
  position: number;
  length: number;
  /** Where the element's content starts. */
  contentStart: number;
  /** A criterion's value so far (comments inside it are left out). */
  value: string;
}

class XmlFilterParser {
  private i = 0;
  private readonly criteria: XmlFilterCriteria = {};
  /** The searchCriteria element seen (open or closed), if any; criteria outside it are then refused. */
  private root: 'none' | 'open' | 'closed' = 'none';
  private criteriaOutside = false;
  private open: Open[] = [];

  constructor(private readonly text: string) {}

  parse(): XmlFilterCriteria {
    const { text } = this;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) stop(k, 1, 'cucmImport.xml.controlCharacter');
    }
    while (this.i < text.length) {
      const lt = text.indexOf('<', this.i);
      const end = lt < 0 ? text.length : lt;
      if (end > this.i) this.characters(this.i, end);
      if (lt < 0) break;
      this.markup(lt);
    }
    const last = this.open[this.open.length - 1];
    if (last) stop(last.position, last.length, 'cucmImport.xml.unclosed', { name: last.name });
    return this.criteria;
  }

  /** Text between tags: whitespace anywhere; a value only inside a criterion. */
  private characters(start: number, end: number): void {
    const raw = this.text.slice(start, end);
    const top = this.open[this.open.length - 1];
    if (top && top.name !== ROOT) {
      top.value += decode(raw, start);
      return;
    }
    const first = raw.search(/\S/);
    if (first >= 0) stop(start + first, raw.trim().length, 'cucmImport.xml.textOutside');
  }

  private markup(lt: number): void {
    const { text } = this;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close < 0) stop(lt, 4, 'cucmImport.xml.unclosedComment');
      this.i = close + 3;
      return;
    }
    if (text.startsWith('<!', lt)) stop(lt, 2, 'cucmImport.xml.declaration');
    if (text.startsWith('<?', lt)) stop(lt, 2, 'cucmImport.xml.processingInstruction');
    const gt = text.indexOf('>', lt + 1);
    const nextLt = text.indexOf('<', lt + 1);
    if (gt < 0 || (nextLt >= 0 && nextLt < gt)) stop(lt, 1, 'cucmImport.xml.badTag');
    const inner = text.slice(lt + 1, gt);
    this.i = gt + 1;
    if (inner.startsWith('/')) this.endTag(inner.slice(1).trim(), lt, gt + 1 - lt);
    else this.startTag(inner, lt, gt + 1 - lt);
  }

  private startTag(inner: string, position: number, length: number): void {
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const name = /^\S*/.exec(body)![0];
    if (!XML_QUALIFIED_NAME.test(name)) stop(position, length, 'cucmImport.xml.badTag');
    if (body.slice(name.length).trim() !== '') stop(position + 1 + name.length, length - name.length - 2, 'cucmImport.xml.attribute', { name });
    const top = this.open[this.open.length - 1];

    if (name === ROOT) {
      if (top) stop(position, length, 'cucmImport.xml.nested', { name: top.name });
      if (this.root !== 'none' || this.criteriaOutside) stop(position, length, 'cucmImport.xml.rootOnce');
      if (selfClosing) {
        this.root = 'closed';
        return;
      }
      this.root = 'open';
      this.open.push({ name, position, length, contentStart: this.i, value: '' });
      return;
    }
    if (!FIELDS.has(name)) stop(position, length, 'cucmImport.xml.unknownElement', { name, elements: AXL_USER_SEARCH_FIELDS.join(', ') });
    if (top && top.name !== ROOT) stop(position, length, 'cucmImport.xml.nested', { name: top.name });
    if (!top) {
      if (this.root !== 'none') stop(position, length, 'cucmImport.xml.outsideRoot', { name });
      this.criteriaOutside = true;
    }
    if (Object.prototype.hasOwnProperty.call(this.criteria, name)) stop(position, length, 'cucmImport.xml.duplicate', { name });
    if (selfClosing) stop(position, length, 'cucmImport.xml.emptyValue', { name });
    this.open.push({ name, position, length, contentStart: this.i, value: '' });
  }

  private endTag(name: string, position: number, length: number): void {
    const top = this.open.pop();
    if (!top) stop(position, length, 'cucmImport.xml.unexpectedEnd', { name });
    if (top.name !== name) stop(position, length, 'cucmImport.xml.mismatchedEnd', { expected: top.name, found: name });
    if (name === ROOT) {
      this.root = 'closed';
      return;
    }
    const value = top.value.trim();
    if (value === '') stop(top.position, top.length, 'cucmImport.xml.emptyValue', { name });
    if (value.length > XML_FILTER_MAX_VALUE) stop(top.contentStart, position - top.contentStart, 'cucmImport.xml.valueTooLong', { name, max: XML_FILTER_MAX_VALUE });
    this.criteria[name as AxlUserSearchField] = value;
  }
}

/**
 * Parses the XML filter into listUser's searchCriteria. Empty text means every user ({}). Never throws:
 * a filter that is not valid comes back with the position of the problem and what was expected.
 */
export function parseXmlFilter(text: string): FilterParse<XmlFilterCriteria> {
  if (text.length > XML_FILTER_MAX_LENGTH) {
    return { ok: false, error: { position: XML_FILTER_MAX_LENGTH, length: 1, message: 'cucmImport.xml.tooLong', params: { max: XML_FILTER_MAX_LENGTH } } };
  }
  try {
    return { ok: true, value: new XmlFilterParser(text).parse() };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    throw error;
  }
}
