import type { ImportColumn, ImportInspection } from '@shared/channels/import';
import { suggestMapping } from '@shared/import/header-names';
import { looksLikeXivo } from '@shared/import/xivo-format';
import { readFileLayout } from './file-layout';
import type { ReadingChoice } from './file-layout';

/** Values shown per column in the mapping step. */
const SAMPLES = 5;

/**
 * The wizard's first look at a file: its encoding, delimiter, header row and columns with a few values
 * each, and the auto-mapping. Reads only the file's beginning, so it answers at once for any size and
 * follows every override the administrator makes.
 */
export async function inspectImportFile(choice: ReadingChoice): Promise<ImportInspection> {
  const layout = await readFileLayout(choice);
  const rows = layout.headRows;
  const header = layout.hasHeader ? rows[0] : undefined;
  const data = (layout.hasHeader ? rows.slice(1) : rows).slice(0, SAMPLES);
  const width = Math.max(header?.cells.length ?? 0, ...data.map((r) => r.cells.length), 0);
  const headers = Array.from({ length: width }, (_, index) => (header ? (header.cells[index]?.trim() ?? '') : null));
  const columns: ImportColumn[] = headers.map((text, index) => ({
    index,
    header: text,
    samples: data.map((row) => row.cells[index] ?? ''),
  }));
  return {
    fileName: layout.file.fileName,
    sizeBytes: layout.file.sizeBytes,
    encoding: layout.encoding,
    detectedEncoding: layout.detectedEncoding,
    delimiter: layout.delimiter,
    detectedDelimiter: layout.detectedDelimiter,
    hasHeader: layout.hasHeader,
    columns,
    suggestedMapping: header ? suggestMapping(headers, choice.preset) : headers.map(() => null),
    detectedPreset: header && looksLikeXivo(headers) ? 'xivo' : 'generic',
  };
}
