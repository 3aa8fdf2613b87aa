import { IMPORT_DELIMITERS } from '@shared/channels/import';
import type { ImportDelimiter } from '@shared/channels/import';
import { CsvParser } from './csv-parser';
import type { CsvRecord } from './csv-parser';

/** Rows the detection looks at: enough to see a pattern, few enough to stay instant. */
const SAMPLE_ROWS = 50;

/** A row of empty cells only (a blank line, or ";;;;" left by a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/**
 * The rows of a file's head, parsed with one delimiter. A row cut off by the end of the head is never
 * completed, so it is left out. A problem of the text itself (an unclosed quote, an overlong row, too many
 * columns) is thrown when `strict`; otherwise (trying delimiters) the rows before it are used.
 */
export function headRecords(text: string, delimiter: string, complete: boolean, strict = false, limit = SAMPLE_ROWS): CsvRecord[] {
  const records: CsvRecord[] = [];
  const parser = new CsvParser(delimiter);
  const take = (record: CsvRecord) => records.push(record);
  try {
    parser.push(text, take);
    if (complete) parser.end(take);
  } catch (error) {
    if (strict) throw error;
  }
  return records.filter((r) => !isBlankRecord(r)).slice(0, limit);
}

/**
 * The delimiter that splits the first rows into the same number of values (more than one) most often,
 * counted outside quotes. A tie goes to the one giving more columns, then to the usual order: comma,
 * semicolon, tab, pipe. A file of one column gets the fallback.
 */
export function detectDelimiter(text: string, complete: boolean, fallback: ImportDelimiter = ','): ImportDelimiter {
  let best: { delimiter: ImportDelimiter; consistency: number; columns: number } = { delimiter: fallback, consistency: 0, columns: 1 };
  for (const delimiter of IMPORT_DELIMITERS) {
    const counts = headRecords(text, delimiter, complete).map((r) => r.cells.length);
    if (counts.length === 0) continue;
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [columns, times] = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (columns < 2) continue;
    const consistency = times / counts.length;
    if (consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) best = { delimiter, consistency, columns };
  }
  return best.delimiter;
}
