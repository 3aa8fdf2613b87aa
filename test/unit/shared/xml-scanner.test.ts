import { describe, expect, it } from 'vitest';
import { parseXmlFilter, XML_FILTER_MAX_LENGTH } from '@shared/cucm/xml-filter';
import { childNamed, readXml } from '@shared/xml/xml-document';
import { XmlScanner } from '@shared/xml/xml-scanner';
import type { XmlToken } from '@shared/xml/xml-scanner';
import { XmlSyntaxError } from '@shared/xml/xml-syntax-error';
import type { XmlProblem } from '@shared/xml/xml-syntax-error';

function tokens(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const seen: string[] = [];
  const show = (token: XmlToken): string => {
    switch (token.kind) {
      case 'start':
        return `<${token.name}${token.selfClosing ? '/' : ''}> ${JSON.stringify(scanner.attributesOf(token))}`;
      case 'end':
        return `</${token.name}>`;
      case 'text':
        return `text ${JSON.stringify(scanner.characters(token))}`;
      case 'cdata':
        return `cdata ${JSON.stringify(token.text)}`;
      case 'instruction':
        return `instruction ${xml.slice(token.start, token.end)}`;
    }
  };
  for (let token = scanner.next(); token; token = scanner.next()) seen.push(show(token));
  return seen;
}

/** What readXml (the AXL answers' reader) refuses the text with. */
function readerRefusal(xml: string, maxLength?: number): Pick<XmlSyntaxError, 'problem' | 'reason' | 'offset'> {
  try {
    readXml(xml, maxLength === undefined ? {} : { maxLength });
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { problem: error.problem, reason: error.reason, offset: error.offset };
    throw error;
  }
  throw new Error(`read: ${xml}`);
}

/** What the XML filter of the CUCM import refuses the text with. */
function filterRefusal(xml: string) {
  const result = parseXmlFilter(xml);
  if (result.ok) throw new Error(`accepted: ${xml}`);
  return result.error;
}

describe('XmlScanner: the one XML reader', () => {
  it('reads tags, attributes in both quote styles, text, CDATA and instructions, and skips comments', () => {
    expect(tokens(`\uFEFF<?xml version='1.0'?> <a x='1' y="&quot;2&apos;" z='a > b'><!-- skipped -->t&amp;u<![CDATA[<&>]]><b/></a>\n`)).toEqual([
      `instruction <?xml version='1.0'?>`,
      `<a> {"x":"1","y":"\\"2'","z":"a > b"}`,
      'text "t&u"',
      'cdata "<&>"',
      '<b/> {}',
      '</a>',
    ]);
  });

  it('matches every end tag with its start tag and tells each token where it stands', () => {
    const scanner = new XmlScanner('<a><b>x</b></a>');
    const a = scanner.next();
    const b = scanner.next();
    const x = scanner.next();
    const endB = scanner.next();
    expect(a).toMatchObject({ kind: 'start', name: 'a', start: 0, end: 3, parent: undefined });
    expect(b).toMatchObject({ kind: 'start', name: 'b', parent: a });
    expect(x).toMatchObject({ kind: 'text', start: 6, end: 7, parent: b });
    expect(endB).toMatchObject({ kind: 'end', name: 'b', start: 7, end: 11, opened: b });
    expect(scanner.next()).toMatchObject({ kind: 'end', opened: a });
    expect(scanner.next()).toBeNull();
  });

  it('reads attribute values only when asked, refusing what is not an attribute then', () => {
    const refusal = (xml: string) => {
      const scanner = new XmlScanner(xml);
      const tag = scanner.next();
      if (tag?.kind !== 'start') throw new Error('no start tag');
      try {
        scanner.attributesOf(tag);
      } catch (error) {
        if (error instanceof XmlSyntaxError) return [error.problem, error.offset];
        throw error;
      }
      return null;
    };
    expect(refusal('<a x/>')).toEqual(['attributeWithoutValue', 3]);
    expect(refusal('<a x=1/>')).toEqual(['unquotedAttribute', 5]);
    expect(refusal(`<a x='1' x="2"/>`)).toEqual(['duplicateAttribute', 9]);
    expect(refusal(`<a x='1'y='2'/>`)).toEqual(['attributeSeparator', 8]);
    expect(refusal(`<a x='<'/>`)).toEqual(['ltInAttribute', 5]);
    expect(refusal(`<a x='&nbsp;'/>`)).toEqual(['undefinedEntity', 6]);
  });
});

describe('the AXL answers and the XML filter read XML with the same reader', () => {
  // Each text is refused by the scanner before either caller's own rules are reached: both report the same
  // problem at the same place, the AXL side in the reader's words, the filter with its message key.
  const cases: { xml: string; problem: XmlProblem; reason: string; message: string; at: number; length: number }[] = [
    {
      xml: '<lastName>R&D</lastName>',
      problem: 'malformedReference',
      reason: 'unterminated entity reference',
      message: 'bareAmpersand',
      at: 11,
      length: 1,
    },
    { xml: '<lastName>&nbsp;</lastName>', problem: 'undefinedEntity', reason: 'undefined entity &nbsp;', message: 'entity', at: 10, length: 6 },
    {
      xml: '<lastName>&#0;</lastName>',
      problem: 'characterReference',
      reason: 'invalid character reference &#0;',
      message: 'controlCharacter',
      at: 10,
      length: 4,
    },
    { xml: '<lastName>S\u0001</lastName>', problem: 'controlCharacter', reason: 'control character', message: 'controlCharacter', at: 11, length: 1 },
    {
      xml: '<lastName>S%</lastName><!-- open',
      problem: 'unclosedComment',
      reason: 'unterminated comment',
      message: 'unclosedComment',
      at: 23,
      length: 4,
    },
    {
      xml: '<?xml version="1.0"<lastName>S%</lastName>',
      problem: 'unclosedInstruction',
      reason: 'unterminated processing instruction',
      message: 'processingInstruction',
      at: 0,
      length: 2,
    },
    {
      xml: '<!DOCTYPE x [<!ENTITY a "b">]><lastName>&a;</lastName>',
      problem: 'declaration',
      reason: 'DOCTYPE and declarations are not accepted',
      message: 'declaration',
      at: 0,
      length: 2,
    },
    {
      xml: '<lastName><![CDATA[S%</lastName>',
      problem: 'unclosedCdata',
      reason: 'unterminated CDATA section',
      message: 'declaration',
      at: 10,
      length: 9,
    },
    { xml: '<lastName>a]]>b</lastName>', problem: 'cdataEndInText', reason: '"]]>" in text', message: 'declaration', at: 11, length: 3 },
    { xml: '<lastName S%</lastName>', problem: 'ltInTag', reason: '"<" inside a tag', message: 'badTag', at: 0, length: 1 },
    { xml: '<lastName>S%</lastName', problem: 'unclosedTag', reason: 'unterminated tag', message: 'badTag', at: 12, length: 1 },
    { xml: '<1abc>x</1abc>', problem: 'elementName', reason: 'invalid element name "1abc"', message: 'badTag', at: 0, length: 6 },
    {
      xml: '<lastName>S%</firstName>',
      problem: 'mismatchedEnd',
      reason: 'unexpected end tag </firstName>',
      message: 'mismatchedEnd',
      at: 12,
      length: 12,
    },
    { xml: '</lastName>', problem: 'unexpectedEnd', reason: 'unexpected end tag </lastName>', message: 'unexpectedEnd', at: 0, length: 11 },
    { xml: '<lastName>S%', problem: 'unclosed', reason: 'element <lastName> is not closed', message: 'unclosed', at: 0, length: 10 },
    {
      xml: '<lastName>S%</lastName> and more',
      problem: 'textOutside',
      reason: 'text outside the root element',
      message: 'textOutside',
      at: 24,
      length: 8,
    },
    {
      xml: '<![CDATA[S%]]><lastName>S%</lastName>',
      problem: 'cdataOutside',
      reason: 'CDATA outside the root element',
      message: 'declaration',
      at: 0,
      length: 9,
    },
  ];

  it.each(cases)('$problem: $xml', ({ xml, problem, reason, message, at, length }) => {
    expect(readerRefusal(xml)).toEqual({ problem, reason, offset: at });
    expect(filterRefusal(xml)).toMatchObject({ message: `cucmImport.xml.${message}`, position: at, length });
  });

  it('bounds the length for both, each with its own limit', () => {
    const xml = `<lastName>${'x'.repeat(XML_FILTER_MAX_LENGTH)}</lastName>`;
    expect(readerRefusal(xml, XML_FILTER_MAX_LENGTH)).toEqual({ problem: 'tooLarge', reason: 'document too large', offset: XML_FILTER_MAX_LENGTH });
    expect(filterRefusal(xml)).toMatchObject({
      message: 'cucmImport.xml.tooLong',
      position: XML_FILTER_MAX_LENGTH,
      params: { max: XML_FILTER_MAX_LENGTH },
    });
  });

  it('expands the same references and skips the same comments', () => {
    const xml = `<lastName>O&apos;Br<!-- a comment -->ien &amp; S&#246;hne &#x1F600;</lastName>`;
    expect(readXml(xml).text).toBe("O'Brien & Söhne 😀");
    expect(parseXmlFilter(xml)).toEqual({ ok: true, value: { lastName: "O'Brien & Söhne 😀" } });
  });

  it('finds the end of a tag past a quoted ">", in either quote style; the filter then refuses the attributes, the AXL reader reads them', () => {
    for (const attribute of [`case="a>b"`, `case='a>b'`]) {
      const xml = `<lastName ${attribute}>S%</lastName>`;
      expect(readXml(xml).attributes).toEqual({ case: 'a>b' });
      expect(filterRefusal(xml)).toMatchObject({ message: 'cucmImport.xml.attribute', position: 9, length: attribute.length + 1 });
    }
  });

  it('reads CDATA as text for AXL, where the filter refuses it at the same place', () => {
    const xml = '<lastName><![CDATA[S%]]></lastName>';
    expect(readXml(xml).text).toBe('S%');
    expect(filterRefusal(xml)).toMatchObject({ message: 'cucmImport.xml.declaration', position: 10 });
  });

  it('lets only the AXL reader take a referenced tab, as the filter asks the scanner to refuse control characters', () => {
    expect(childNamed(readXml('<a><b>x&#9;y</b></a>'), 'b')!.text).toBe('x\ty');
    expect(filterRefusal('<lastName>x&#9;y</lastName>')).toMatchObject({ message: 'cucmImport.xml.controlCharacter', position: 11 });
  });
});
