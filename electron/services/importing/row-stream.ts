import type { ImportProgress } from '@shared/channels/import';
import { RosterError } from '@shared/result';
import { CsvParser } from './csv-parser';
import type { CsvRecord } from './csv-parser';
import { isBlankRecord } from './delimiter-detection';
import type { FileLayout } from './file-layout';
import { readChunks } from './source-file';
import { streamingDecoder } from './text-encoding';

/** Roster imports at most this many rows from one file: the per-row bookkeeping must stay bounded. */
const MAX_ROWS = 1_000_000;

/** Progress is reported at most this often. */
const PROGRESS_INTERVAL_MS = 100;

export interface StreamHooks {
  progress(progress: ImportProgress): void;
  /** Checked between chunks: true stops the stream with CANCELLED. */
  cancelled(): boolean;
}

export interface RowSink {
  /** The header row (null without one); called once, before the first data row. */
  header(record: CsvRecord | null, firstData: CsvRecord | null): void;
  row(record: CsvRecord): void;
}

/**
 * Streams a file's rows to a sink: read in chunks, decoded, parsed, blank rows left out, the first row
 * taken as the header when the file has one. Only one chunk and one row are in memory at a time. Reports
 * progress (bytes and rows) about ten times a second and stops when cancelled. Returns the data row count.
 */
export async function streamRows(layout: FileLayout, phase: ImportProgress['phase'], hooks: StreamHooks, sink: RowSink): Promise<number> {
  const decoder = streamingDecoder(layout.encoding);
  const parser = new CsvParser(layout.delimiter);
  const started = performance.now();
  let lastReport = started;
  let bytes = 0;
  let rows = 0;
  let headerSeen = false;
  let pendingHeader: CsvRecord | null = null;

  const report = () => {
    const seconds = (performance.now() - started) / 1000;
    hooks.progress({ phase, rows, bytes, totalBytes: layout.file.sizeBytes, rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : 0 });
  };
  const take = (record: CsvRecord) => {
    if (isBlankRecord(record)) return;
    if (!headerSeen) {
      if (layout.hasHeader && pendingHeader === null) {
        pendingHeader = record;
        return;
      }
      headerSeen = true;
      sink.header(pendingHeader, record);
    }
    rows += 1;
    if (rows > MAX_ROWS) throw new RosterError('VALIDATION', 'import.file.tooManyRows', { max: MAX_ROWS });
    sink.row(record);
  };

  for await (const chunk of readChunks(layout.file)) {
    if (hooks.cancelled()) throw new RosterError('CANCELLED', 'import.cancelled');
    bytes += chunk.byteLength;
    parser.push(decoder.decode(chunk), take);
    const now = performance.now();
    if (now - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = now;
      report();
    }
  }
  parser.push(decoder.end(), take);
  parser.end(take);
  if (hooks.cancelled()) throw new RosterError('CANCELLED', 'import.cancelled');
  if (!headerSeen) {
    if (pendingHeader === null) throw new RosterError('VALIDATION', 'import.file.empty');
    throw new RosterError('VALIDATION', 'import.file.headerOnly');
  }
  report();
  return rows;
}
