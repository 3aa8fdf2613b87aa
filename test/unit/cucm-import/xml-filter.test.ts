import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english, isMessageKey, translate } from '@shared/i18n/en';
import { parseXmlFilter } from '@shared/cucm/xml-filter';
import { listUserBody } from '../../../electron/services/cucm/axl-request';
import { readXml } from '@shared/xml/xml-document';

function criteria(text: string) {
  const result = parseXmlFilter(text);
  if (!result.ok) throw new Error(`${text}: ${translate(english, result.error.message, result.error.params)} at ${result.error.position}`);
  return result.value;
}

function problem(text: string) {
  const result = parseXmlFilter(text);
  if (result.ok) throw new Error(`accepted: ${text}`);
  return { position: result.error.position, message: result.error.message, text: translate(english, result.error.message, result.error.params) };
}

describe('the XML filter of the CUCM import (listUser searchCriteria)', () => {
  it('reads the whole searchCriteria element, or only the criteria inside it, into the same criteria', () => {
    const whole = '<searchCriteria><department>support</department><lastName>S%</lastName></searchCriteria>';
    const inner = '<department>support</department>\n<lastName>S%</lastName>';
    expect(criteria(whole)).toEqual({ department: 'support', lastName: 'S%' });
    expect(criteria(inner)).toEqual({ department: 'support', lastName: 'S%' });
    expect(criteria('  <searchCriteria>\n  <!-- everyone called Meier -->\n  <lastName> Meier </lastName>\n</searchCriteria>\n')).toEqual({
      lastName: 'Meier',
    });
    expect(criteria('<firstName>Hans</firstName><userid>h%</userid>')).toEqual({ firstName: 'Hans', userid: 'h%' });
  });

  it('means every user when empty', () => {
    expect(criteria('')).toEqual({});
    expect(criteria('  \n')).toEqual({});
    expect(criteria('<searchCriteria></searchCriteria>')).toEqual({});
    expect(criteria('<searchCriteria/>')).toEqual({});
  });

  it('expands the predefined entities and character references, and the request escapes the values again', () => {
    expect(criteria('<department>R&amp;D &lt;lab&gt; &quot;x&quot; &apos;y&apos; &#65;&#x42;</department>')).toEqual({
      department: `R&D <lab> "x" 'y' AB`,
    });
    const body = listUserBody({ criteria: criteria('<department>R&amp;D&lt;/department&gt;</department>'), skip: 0, first: 10 });
    const parsed = readXml(`<listUser>${body}</listUser>`);
    const search = parsed.children.find((c) => c.local === 'searchCriteria')!;
    expect(search.children.map((c) => [c.local, c.text])).toEqual([['department', 'R&D</department>']]);
  });

  it('accepts only the criteria listUser knows, each once, each with a value', () => {
    expect(problem('<mailid>%@example.com</mailid>')).toMatchObject({ position: 0, message: 'cucmImport.xml.unknownElement' });
    expect(problem('<mailid>%@example.com</mailid>').text).toBe(
      'CUCM’s user search has no criterion <mailid>. Use firstName, lastName, userid, department.',
    );
    expect(problem('<lastname>S%</lastname>')).toMatchObject({ message: 'cucmImport.xml.unknownElement' });
    expect(problem('<lastName>A%</lastName><lastName>B%</lastName>')).toMatchObject({ position: 23, message: 'cucmImport.xml.duplicate' });
    expect(problem('<lastName></lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.emptyValue' });
    expect(problem('<lastName/>')).toMatchObject({ position: 0, message: 'cucmImport.xml.emptyValue' });
    expect(problem(`<lastName>${'x'.repeat(256)}</lastName>`)).toMatchObject({ message: 'cucmImport.xml.valueTooLong' });
    expect(problem('<searchCriteria><searchCriteria/></searchCriteria>')).toMatchObject({ position: 16, message: 'cucmImport.xml.nested' });
    expect(problem('<lastName><firstName>a</firstName></lastName>')).toMatchObject({ position: 10, message: 'cucmImport.xml.nested' });
    expect(problem('<searchCriteria><lastName>a</lastName></searchCriteria><firstName>b</firstName>')).toMatchObject({
      message: 'cucmImport.xml.outsideRoot',
    });
    expect(problem('<lastName>a</lastName><searchCriteria/>')).toMatchObject({ message: 'cucmImport.xml.rootOnce' });
  });

  it('refuses attributes, namespaces, declarations, entities and processing instructions, with the position', () => {
    expect(problem('<lastName case="any">S%</lastName>')).toMatchObject({ position: 9, message: 'cucmImport.xml.attribute' });
    expect(problem('<searchCriteria xmlns="http://www.cisco.com/AXL/API/14.0"/>')).toMatchObject({ message: 'cucmImport.xml.attribute' });
    expect(problem('<ns:lastName>S%</ns:lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.unknownElement' });
    expect(problem('<!DOCTYPE x [<!ENTITY a "b">]><lastName>&a;</lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.declaration' });
    expect(problem('<lastName><![CDATA[S%]]></lastName>')).toMatchObject({ position: 10, message: 'cucmImport.xml.declaration' });
    expect(problem('<?xml version="1.0"?><lastName>S%</lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.processingInstruction' });
    expect(problem('<lastName>&nbsp;</lastName>')).toMatchObject({ position: 10, message: 'cucmImport.xml.entity' });
    expect(problem('<department>R&D</department>')).toMatchObject({ position: 13, message: 'cucmImport.xml.bareAmpersand' });
    expect(problem('<lastName>&#0;</lastName>')).toMatchObject({ position: 10, message: 'cucmImport.xml.controlCharacter' });
  });

  it('says where the XML is not well-formed', () => {
    expect(problem('<lastName>S%</firstName>')).toMatchObject({ position: 12, message: 'cucmImport.xml.mismatchedEnd' });
    expect(problem('<lastName>S%</firstName>').text).toBe('</firstName> does not close <lastName>: write </lastName>.');
    expect(problem('<lastName>S%')).toMatchObject({ position: 0, message: 'cucmImport.xml.unclosed' });
    expect(problem('<searchCriteria><lastName>S%</lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.unclosed' });
    expect(problem('</lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.unexpectedEnd' });
    expect(problem('lastName = S%')).toMatchObject({ position: 0, message: 'cucmImport.xml.textOutside' });
    expect(problem('<lastName>S%</lastName> and more')).toMatchObject({ position: 24, message: 'cucmImport.xml.textOutside' });
    expect(problem('<lastName S%</lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.badTag' });
    expect(problem('<1abc>x</1abc>')).toMatchObject({ position: 0, message: 'cucmImport.xml.badTag' });
    expect(problem('<!-- no end <lastName>S%</lastName>')).toMatchObject({ position: 0, message: 'cucmImport.xml.unclosedComment' });
  });

  it('never throws on any input, and every refusal points inside the text', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<searchCriteria>',
        '</searchCriteria>',
        '<lastName>',
        '</lastName>',
        '<userid>',
        '</userid>',
        '<department/>',
        '&amp;',
        '&',
        '<!--',
        '-->',
        '<?',
        '<!',
        '>',
        '<',
        '/',
        '"',
        '=',
      ),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 120 }),
          fc.array(piece, { maxLength: 20 }).map((p) => p.join('')),
        ),
        (text) => {
          const result = parseXmlFilter(text);
          if (!result.ok) {
            expect(result.error.position).toBeGreaterThanOrEqual(0);
            expect(result.error.position).toBeLessThanOrEqual(text.length);
            expect(isMessageKey(result.error.message)).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
