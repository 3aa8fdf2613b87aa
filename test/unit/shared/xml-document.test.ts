import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandReferences } from '@shared/xml/references';
import { childNamed, childText, readXml } from '@shared/xml/xml-document';
import { XmlSyntaxError } from '@shared/xml/xml-syntax-error';

const syntaxError = (xml: string) => {
  try {
    readXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error.reason;
    throw error;
  }
  throw new Error('parsed');
};

describe('readXml: the SOAP answers of AXL', () => {
  it('reads elements, attributes, text and namespaces of a listUser answer', () => {
    const root = readXml(
      `<?xml version='1.0' encoding='UTF-8'?>\n<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>` +
        `<ns:listUserResponse xmlns:ns="http://www.cisco.com/AXL/API/14.0"><return>` +
        `<user uuid="{AB-1}"><firstName>Jürgen</firstName><lastName>O&apos;Brien &amp; Söhne</lastName><mailid/><primaryExtension><pattern>1001</pattern><routePartitionName/></primaryExtension></user>` +
        `</return></ns:listUserResponse></soapenv:Body></soapenv:Envelope>`,
    );
    expect(root.local).toBe('Envelope');
    expect(root.namespace).toBe('http://schemas.xmlsoap.org/soap/envelope/');
    const response = childNamed(root, 'Body')!.children[0]!;
    expect(response.name).toBe('ns:listUserResponse');
    expect(response.namespace).toBe('http://www.cisco.com/AXL/API/14.0');
    const user = childNamed(childNamed(response, 'return'), 'user')!;
    expect(user.attributes.uuid).toBe('{AB-1}');
    expect(user.namespace).toBe('');
    expect(childText(user, 'firstName')).toBe('Jürgen');
    expect(childText(user, 'lastName')).toBe("O'Brien & Söhne");
    expect(childText(user, 'mailid')).toBe('');
    expect(childText(user, 'missing')).toBe('');
    expect(childText(childNamed(user, 'primaryExtension'), 'pattern')).toBe('1001');
  });

  it('expands the five predefined entities and character references, and CDATA as it is', () => {
    expect(expandReferences('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;')).toBe('<>&"\'AB😀');
    const root = readXml('<a><![CDATA[<not & markup>]]> and &amp;</a>');
    expect(root.text).toBe('<not & markup> and &');
  });

  it('refuses a DOCTYPE, so no entity can be defined or expanded (billion laughs, external entities)', () => {
    expect(syntaxError('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>')).toMatch(/DOCTYPE/);
    expect(syntaxError('<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>')).toMatch(/DOCTYPE/);
    expect(syntaxError('<a>&lol;</a>')).toMatch(/undefined entity/);
    expect(syntaxError('<a>&#0;</a>')).toMatch(/character reference/);
  });

  it('refuses what is not well-formed, saying where', () => {
    expect(syntaxError('<a><b></a>')).toMatch(/unexpected end tag/);
    expect(syntaxError('<a>')).toMatch(/not closed/);
    expect(syntaxError('<a/><b/>')).toMatch(/second root/);
    expect(syntaxError('<a x=1/>')).toMatch(/quoted/);
    expect(syntaxError('<a x="1" x="2"/>')).toMatch(/duplicate/);
    expect(syntaxError('<p:a/>')).toMatch(/undeclared namespace prefix/);
    expect(syntaxError('<a>\u0001</a>')).toMatch(/control character/);
    expect(syntaxError('text')).toMatch(/outside the root|no root/);
    expect(syntaxError('')).toMatch(/no root/);
    const thrown = (() => {
      try {
        readXml('<a><b></c></a>');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(XmlSyntaxError);
    expect((thrown as XmlSyntaxError).offset).toBe(6);
  });

  it('keeps a ">" inside an attribute value and bounds the depth', () => {
    expect(readXml('<a title="x > y"/>').attributes.title).toBe('x > y');
    expect(syntaxError(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`)).toMatch(/too deeply/);
  });

  it('never expands beyond its input: only the five entities and character references, each shorter than what it stands for', () => {
    const piece = fc.oneof(
      fc.constantFrom('&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x1F600;', '&#x10FFFF;', '&#9;'),
      fc.string({ unit: 'grapheme', maxLength: 4 }).map((text) => text.replace(/[&<]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const raw = pieces.join('');
        const expanded = expandReferences(raw);
        expect(expanded.length).toBeLessThanOrEqual(raw.length);
        expect(readXml(`<a>${raw}</a>`).text).toBe(expanded);
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses what only an object literal would know as an entity (&constructor;, &toString;)', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      expect(syntaxError(`<a>&${name};</a>`)).toBe(`undefined entity &${name};`);
    }
  });

  it('reads a long run of &amp; into as many characters, and refuses a lone & without scanning the rest for its ;', () => {
    const run = 1_000_000;
    expect(readXml(`<a>${'&amp;'.repeat(run)}</a>`).text).toBe('&'.repeat(run));
    expect(syntaxError(`<a>x &${'a'.repeat(5_000_000)}</a>`)).toBe('unterminated entity reference');
    expect(syntaxError(`<a>&${'a'.repeat(40)};</a>`)).toBe('unterminated entity reference');
  });

  it('refuses a document longer than the limit it is given, before reading any of it', () => {
    expect(() => readXml(`<a>${'&amp;'.repeat(300)}</a>`, { maxLength: 1000 })).toThrow(/document too large/);
  });
});
