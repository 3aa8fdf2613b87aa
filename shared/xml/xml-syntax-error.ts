/**
 * Every way Roster's XML reader (shared/xml) refuses a text, with the one wording each has. The AXL client
 * shows the wording (`reason`) in its own failure; the XML filter of the CUCM import shows its own message
 * for each problem, at `offset` and `length`.
 */
export type XmlProblem =
  // Found while reading tokens and character data (XmlScanner.next, characters, requireWhitespace).
  | 'tooLarge'
  | 'controlCharacter'
  | 'malformedReference'
  | 'characterReference'
  | 'undefinedEntity'
  | 'unclosedInstruction'
  | 'unclosedComment'
  | 'unclosedCdata'
  | 'cdataOutside'
  | 'declaration'
  | 'unclosedTag'
  | 'ltInTag'
  | 'elementName'
  | 'cdataEndInText'
  | 'textOutside'
  | 'unexpectedEnd'
  | 'mismatchedEnd'
  | 'unclosed'
  | 'tooDeep'
  // Found only when attribute values are read (XmlScanner.attributesOf).
  | 'attributeWithoutValue'
  | 'attributeName'
  | 'unquotedAttribute'
  | 'unclosedAttribute'
  | 'ltInAttribute'
  | 'duplicateAttribute'
  | 'attributeSeparator'
  // Found only when a whole document is read (readXml).
  | 'undeclaredPrefix'
  | 'secondRoot'
  | 'noRoot';

const REASONS: Record<XmlProblem, (subject: string) => string> = {
  tooLarge: () => 'document too large',
  controlCharacter: () => 'control character',
  malformedReference: () => 'unterminated entity reference',
  characterReference: (name) => `invalid character reference &${name};`,
  undefinedEntity: (name) => `undefined entity &${name};`,
  unclosedInstruction: () => 'unterminated processing instruction',
  unclosedComment: () => 'unterminated comment',
  unclosedCdata: () => 'unterminated CDATA section',
  cdataOutside: () => 'CDATA outside the root element',
  declaration: () => 'DOCTYPE and declarations are not accepted',
  unclosedTag: () => 'unterminated tag',
  ltInTag: () => '"<" inside a tag',
  elementName: (name) => `invalid element name "${name}"`,
  cdataEndInText: () => '"]]>" in text',
  textOutside: () => 'text outside the root element',
  unexpectedEnd: (name) => `unexpected end tag </${name}>`,
  mismatchedEnd: (name) => `unexpected end tag </${name}>`,
  unclosed: (name) => `element <${name}> is not closed`,
  tooDeep: () => 'elements nested too deeply',
  attributeWithoutValue: () => 'attribute without a value',
  attributeName: (name) => `invalid attribute name "${name}"`,
  unquotedAttribute: () => 'attribute value must be quoted',
  unclosedAttribute: () => 'unterminated attribute value',
  ltInAttribute: () => '"<" in an attribute value',
  duplicateAttribute: (name) => `duplicate attribute "${name}"`,
  attributeSeparator: () => 'attributes must be separated by white space',
  undeclaredPrefix: (prefix) => `undeclared namespace prefix "${prefix}"`,
  secondRoot: () => 'a second root element',
  noRoot: () => 'no root element',
};

export class XmlSyntaxError extends Error {
  /** What is wrong, in words (without the offset). */
  readonly reason: string;

  constructor(
    readonly problem: XmlProblem,
    /** Where the problem starts in the text (its length when the text ends too early). */
    readonly offset: number,
    /** How many characters are concerned, for a screen to mark them. */
    readonly length: number,
    /**
     * The name concerned: the element's (for mismatchedEnd the end tag's, for tooDeep the enclosing one's),
     * the attribute's, the reference's (without & and ;) or the namespace prefix; '' when none.
     */
    readonly subject = '',
    /** mismatchedEnd: the element the end tag should have closed. */
    readonly expected = '',
  ) {
    const reason = REASONS[problem](subject);
    super(`XML: ${reason} at offset ${offset}`);
    this.name = 'XmlSyntaxError';
    this.reason = reason;
  }
}
