import type { ImportDelimiter, ImportEncoding, ImportPreset } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import type { CsvRecord } from './csv-parser';
import { detectDelimiter, headRecords } from './delimiter-detection';
import { guessHasHeader } from './header-detection';
import { HEAD_BYTES, readHead, sourceFile } from './source-file';
import type { SourceFile } from './source-file';
import { decodedLooksBinary, decodeHead, detectEncoding, sniffNotText } from './text-encoding';

const MAX_HEAD_BYTES = 4 * 1024 * 1024;

/** Line feeds, or carriage returns for a file that ends its lines with CR alone (up to 8 of them). */
function countLineBreaks(bytes: Uint8Array): number {
  const count = (byte: number) => {
    let found = 0;
    for (let at = bytes.indexOf(byte); at !== -1 && found < 8; at = bytes.indexOf(byte, at + 1)) found += 1;
    return found;
  };
  return Math.max(count(0x0a), count(0x0d));
}

/** How a file is read, as the administrator chose it (null: detect). */
export interface ReadingChoice {
  path: string;
  encoding: ImportEncoding | null;
  delimiter: ImportDelimiter | null;
  hasHeader: boolean | null;
  preset: ImportPreset;
}

/** How a file is read, settled: what was chosen, else what detection found in the file's first bytes. */
export interface FileLayout {
  file: SourceFile;
  encoding: ImportEncoding;
  detectedEncoding: ImportEncoding;
  delimiter: ImportDelimiter;
  detectedDelimiter: ImportDelimiter;
  hasHeader: boolean;
  /** The first non-blank rows of the head (at most 50), parsed with the delimiter. */
  headRows: CsvRecord[];
  /** The head is the whole file. */
  headComplete: boolean;
}

/**
 * Reads the first bytes of the file and settles encoding, delimiter and header row. Refuses at once what
 * cannot be imported at all: a missing file, an empty one, a spreadsheet workbook, a binary file.
 */
export async function readFileLayout(choice: ReadingChoice): Promise<FileLayout> {
  const file = await sourceFile(choice.path);
  if (file.sizeBytes === 0) throw new RosterError('VALIDATION', 'import.file.empty');
  let { head, complete } = await readHead(file);
  // Wide rows (a thousand columns, long notes): read on until the head holds a few whole rows to look at.
  for (let bytes = HEAD_BYTES * 8; !complete && bytes <= MAX_HEAD_BYTES && countLineBreaks(head) < 8; bytes *= 8) {
    ({ head, complete } = await readHead(file, bytes));
  }
  const detected = detectEncoding(head);
  const encoding = choice.encoding ?? detected.encoding;
  const notText = sniffNotText(head, encoding);
  if (notText === 'spreadsheet') throw new RosterError('VALIDATION', 'import.file.spreadsheet');
  if (notText === 'binary') throw new RosterError('VALIDATION', 'import.file.binary');

  const text = decodeHead(head, encoding);
  if (decodedLooksBinary(text)) throw new RosterError('VALIDATION', 'import.file.binary');
  if (complete && text.trim() === '') throw new RosterError('VALIDATION', 'import.file.empty');

  // XiVO's files are pipe-delimited; one written with another delimiter is still recognised.
  const detectedDelimiter = detectDelimiter(text, complete, choice.preset === 'xivo' ? '|' : ',');
  const delimiter = choice.delimiter ?? detectedDelimiter;
  // The chosen delimiter's reading of the head: its problems are the file's, said at once.
  const headRows = headRecords(text, delimiter, complete, true);
  const hasHeader = choice.hasHeader ?? (choice.preset === 'xivo' ? true : guessHasHeader(headRows, choice.preset));
  return { file, encoding, detectedEncoding: detected.encoding, delimiter, detectedDelimiter, hasHeader, headRows, headComplete: complete };
}
