import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RosterError } from '@shared/result';
import { CsvParser, parseCsvText } from '../../../electron/services/importing/csv-parser';
import type { CsvRecord } from '../../../electron/services/importing/csv-parser';

/** Parses text fed in the given pieces. */
function parsePieces(pieces: readonly string[], delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(delimiter);
  for (const piece of pieces) parser.push(piece, (r) => records.push(r));
  parser.end((r) => records.push(r));
  return records;
}

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof RosterError) return { message: error.messageKey, params: error.params };
    throw error;
  }
  throw new Error('no refusal');
};

describe('the CSV parser', () => {
  it('splits rows and values and says on which line each row starts', () => {
    expect(parseCsvText('a,b,c\n1,2,3\n', ',')).toEqual([
      { cells: ['a', 'b', 'c'], line: 1 },
      { cells: ['1', '2', '3'], line: 2 },
    ]);
  });

  it('reads quoted values with delimiters, doubled quotes and line breaks, and counts those lines', () => {
    const text = 'name;note\n"Berg; Anna";"said ""hi""\r\nand left"\nnext;row\n';
    expect(parseCsvText(text, ';')).toEqual([
      { cells: ['name', 'note'], line: 1 },
      { cells: ['Berg; Anna', 'said "hi"\r\nand left'], line: 2 },
      { cells: ['next', 'row'], line: 4 },
    ]);
  });

  it('takes CRLF, LF and CR alike as the end of a row in one file', () => {
    expect(parseCsvText('a,b\r\nc,d\ne,f\rg,h', ',')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['c', 'd'], line: 2 },
      { cells: ['e', 'f'], line: 3 },
      { cells: ['g', 'h'], line: 4 },
    ]);
  });

  it('keeps empty values, a trailing delimiter, and blank lines as rows of one empty value', () => {
    expect(parseCsvText('a,,c,\n\n"",x', ',').map((r) => r.cells)).toEqual([['a', '', 'c', ''], [''], ['', 'x']]);
  });

  it('is lenient where files are sloppy: a quote inside an unquoted value, text after a closing quote', () => {
    expect(parseCsvText('O"Brien,5" screen\n"abc"def,x\n', ',').map((r) => r.cells)).toEqual([
      ['O"Brien', '5" screen'],
      ['abcdef', 'x'],
    ]);
  });

  it('gives the same rows however the text is cut into chunks (CRLF and quotes cut in two included)', () => {
    const text = 'user;"multi\r\nline ""quoted"""\r\nx;y\r\r\n"a;b";\n';
    const whole = parsePieces([text], ';');
    for (let at = 0; at <= text.length; at++) {
      for (let second = at; second <= text.length; second += 3) {
        expect(parsePieces([text.slice(0, at), text.slice(at, second), text.slice(second)], ';'), `cut at ${at}/${second}`).toEqual(whole);
      }
    }
  });

  it('refuses a quote that is never closed, naming the line where it opened', () => {
    expect(refusal(() => parseCsvText('a,b\n1,2\n3,"open\n4,5\n', ','))).toEqual({ message: 'import.file.unterminatedQuote', params: { line: 3 } });
  });

  it('keeps no runaway quoted value in memory, and names the real cause: a quote never closed, or a closed value too long', () => {
    const limits = { maxRecordChars: 100, maxColumns: 10 };
    const parser = new CsvParser(',', limits);
    parser.push('a,b\n"never closed', () => undefined);
    // Past the limit the value is only scanned: the parser holds none of it.
    for (let i = 0; i < 100; i++) parser.push('x'.repeat(10_000), () => undefined);
    expect((parser as unknown as { field: string }).field).toBe('');
    expect(refusal(() => parser.end(() => undefined))).toEqual({ message: 'import.file.unterminatedQuote', params: { line: 2 } });
    // A properly closed quoted value that is too long is that, not an unclosed quote.
    const closed = `a,b\n1,"${'z'.repeat(300)}"\n2,3\n`;
    expect(refusal(() => parseCsvText(closed, ',', true, limits))).toEqual({ message: 'import.file.valueTooLong', params: { line: 2, max: 100 } });
    expect(refusal(() => parseCsvText(`a\n"${'q'.repeat(300)}"`, ',', true, limits))).toEqual({
      message: 'import.file.valueTooLong',
      params: { line: 2, max: 100 },
    });
    expect(refusal(() => parseCsvText(`a\n${'y'.repeat(150)}\n`, ',', true, limits))).toEqual({
      message: 'import.file.recordTooLong',
      params: { line: 2, max: 100 },
    });
  });

  it('reads a thousand columns and refuses more than the limit', () => {
    const wide = Array.from({ length: 1000 }, (_, i) => `c${i}`).join(',');
    expect(parseCsvText(`${wide}\n${wide}\n`, ',')[1]!.cells).toHaveLength(1000);
    expect(refusal(() => parseCsvText(`a\n${'x,'.repeat(5000)}x\n`, ','))).toEqual({
      message: 'import.file.tooManyColumns',
      params: { line: 2, max: 5000 },
    });
  });

  it('agrees with papaparse on well-formed files with one kind of line ending, in any chunks', () => {
    const cell = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('"', '""', ',', '\n', 'a,b', ' x ', 'Müller'));
    const file = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 4 }), (rows, cuts) => {
        // Quote every value, as a spreadsheet does when it has to: then both parsers must agree exactly.
        const text = rows.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((start, i) => text.slice(start, [...points, text.length][i]));
        const ours = parsePieces(pieces).map((r) => r.cells);
        const theirs = Papa.parse<string[]>(text, { delimiter: ',', newline: '\n' }).data;
        expect(ours).toEqual(theirs);
      }),
    );
  });
});
