import { RosterError } from '@shared/result';

/**
 * A streaming RFC 4180 parser that knows on which line of the file each row starts.
 *
 * Why not papaparse: an import reports every problem by the line of the file, and papaparse gives row
 * indexes and character offsets only (a quoted value with line breaks makes the two differ). Papaparse
 * also decides on one line ending for the whole file and treats the others as text, while administrators'
 * files often mix them (rows appended on another system); its maintainers consider such files invalid.
 * This parser takes CRLF, LF and CR alike as a row's end outside quotes, keeps them as they are inside
 * quotes, and reads text in any chunks (a row, a quoted value or a CRLF may be cut anywhere).
 *
 * Lenient where files are commonly sloppy: a quote inside an unquoted value is text (O"Brien), and text
 * after a closing quote is appended ("abc"def gives abcdef). Strict where data would be lost: a quote that
 * is never closed is an error naming the line where it opened, and a row may not grow beyond a limit. A
 * quoted value past the limit is no longer kept, only scanned for its closing quote: a quote that closes is
 * a value too long for a row, one that never does is reported as such at the end, and neither reads the
 * file into memory.
 */

export interface CsvRecord {
  cells: string[];
  /** The line of the file the row starts on (1-based). */
  line: number;
}

export interface CsvLimits {
  /** Characters in one row, all cells together. */
  maxRecordChars: number;
  maxColumns: number;
}

const CSV_LIMITS: CsvLimits = { maxRecordChars: 1_000_000, maxColumns: 5_000 };

/**
 * The value as a string of its own. V8 makes a piece of 13 characters or more of a long string a view into
 * it: a username sliced from a 256 KB chunk of decoded text would keep the whole chunk alive for as long as
 * the import remembers the username (to find duplicates), and so, row by row, every chunk of the file.
 * Concatenating then slicing makes V8 flatten the value into a new string first.
 */
function ownCopy(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// Where the scan stands: at the start of a value, inside an unquoted one, inside a quoted one, or just
// after a quote inside a quoted value (which either closes it or, doubled, is a quote character).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

export class CsvParser {
  private readonly delimiter: number;
  private cells: string[] = [];
  private field = '';
  private recordChars = 0;
  private state = FIELD_START;
  /** The line at the scan position. */
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** A row ended with CR at the very end of the last chunk: an LF starting the next one belongs to it. */
  private skipLf = false;
  /** The last character inside the current quoted value was CR (so a following LF is the same line break). */
  private quotedCr = false;
  /** The current quoted value went past the row's limit: it is scanned for its end, no longer kept. */
  private oversized = false;

  constructor(
    delimiter: string,
    private readonly limits: CsvLimits = CSV_LIMITS,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
      throw new Error(`not a delimiter: ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** Parses the next piece of text; every row completed by it is passed to emit, in order. */
  push(text: string, emit: (record: CsvRecord) => void): void {
    const delimiter = this.delimiter;
    const n = text.length;
    let i = 0;
    if (this.skipLf && n > 0) {
      if (text.charCodeAt(0) === LF) i = 1;
      this.skipLf = false;
    }
    while (i < n) {
      const state = this.state;
      if (state === FIELD_START) {
        if (text.charCodeAt(i) === QUOTE) {
          this.state = QUOTED;
          this.quoteLine = this.line;
          this.quotedCr = false;
          i += 1;
        } else {
          this.state = UNQUOTED;
        }
        continue;
      }

      if (state === UNQUOTED) {
        const start = i;
        let c = 0;
        while (i < n) {
          c = text.charCodeAt(i);
          if (c === delimiter || c === LF || c === CR) break;
          i += 1;
        }
        if (i > start) this.field += text.slice(start, i);
        if (i === n) break;
        i += 1;
        if (c === delimiter) this.endField();
        else i = this.endLine(text, i, c, emit);
        continue;
      }

      if (state === QUOTED) {
        const start = i;
        let cr = this.quotedCr;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === QUOTE) break;
          // CRLF is one line break, a lone CR or LF one each.
          if (c === CR) {
            this.line += 1;
            cr = true;
          } else {
            if (c === LF && !cr) this.line += 1;
            cr = false;
          }
          i += 1;
        }
        this.quotedCr = cr;
        if (i > start && !this.oversized) {
          this.field += text.slice(start, i);
          if (this.recordChars + this.field.length > this.limits.maxRecordChars) this.checkLength();
        }
        if (i === n) break;
        i += 1;
        this.state = QUOTE_SEEN;
        continue;
      }

      // QUOTE_SEEN
      const c = text.charCodeAt(i);
      i += 1;
      // The quote closed a value past the limit: the value is properly quoted, just too long.
      if (this.oversized && c !== QUOTE)
        throw new RosterError('VALIDATION', 'import.file.valueTooLong', { line: this.quoteLine, max: this.limits.maxRecordChars });
      if (c === QUOTE) {
        this.field += '"';
        this.state = QUOTED;
        this.quotedCr = false;
      } else if (c === delimiter) {
        this.endField();
      } else if (c === LF || c === CR) {
        i = this.endLine(text, i, c, emit);
      } else {
        this.field += text[i - 1];
        this.state = UNQUOTED;
      }
    }
    this.checkLength();
  }

  /** Ends the text: the last row is emitted even without a final line break. */
  end(emit: (record: CsvRecord) => void): void {
    if (this.state === QUOTED) throw new RosterError('VALIDATION', 'import.file.unterminatedQuote', { line: this.quoteLine });
    if (this.oversized) throw new RosterError('VALIDATION', 'import.file.valueTooLong', { line: this.quoteLine, max: this.limits.maxRecordChars });
    if (this.state === FIELD_START && this.cells.length === 0 && this.field === '') return;
    this.endField();
    this.emitRecord(emit);
  }

  private endField(): void {
    this.cells.push(ownCopy(this.field));
    this.recordChars += this.field.length;
    this.field = '';
    this.state = FIELD_START;
    if (this.cells.length > this.limits.maxColumns) {
      throw new RosterError('VALIDATION', 'import.file.tooManyColumns', { line: this.recordLine, max: this.limits.maxColumns });
    }
  }

  /** Ends the row at a line break c (CR or LF) found just before position i; returns where to go on. */
  private endLine(text: string, i: number, c: number, emit: (record: CsvRecord) => void): number {
    this.endField();
    this.emitRecord(emit);
    this.line += 1;
    this.recordLine = this.line;
    if (c !== CR) return i;
    if (i < text.length) return text.charCodeAt(i) === LF ? i + 1 : i;
    this.skipLf = true;
    return i;
  }

  private emitRecord(emit: (record: CsvRecord) => void): void {
    this.checkLength();
    const record = { cells: this.cells, line: this.recordLine };
    this.cells = [];
    this.recordChars = 0;
    emit(record);
  }

  private checkLength(): void {
    if (this.oversized || this.recordChars + this.field.length <= this.limits.maxRecordChars) return;
    // Inside quotes the cause is not known yet: the value may close (too long) or never (an unclosed quote).
    if (this.state === QUOTED || this.state === QUOTE_SEEN) {
      this.oversized = true;
      this.field = '';
      return;
    }
    throw new RosterError('VALIDATION', 'import.file.recordTooLong', { line: this.recordLine, max: this.limits.maxRecordChars });
  }
}

/** All rows of a complete text (tests, and the head of a file during detection). */
export function parseCsvText(text: string, delimiter: string, complete = true, limits?: CsvLimits): CsvRecord[] {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(delimiter, limits);
  parser.push(text, (r) => records.push(r));
  if (complete) parser.end((r) => records.push(r));
  return records;
}
