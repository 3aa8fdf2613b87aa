import { IMPORT_DELIMITERS } from '@shared/channels/import';
import type { ImportDelimiter, ImportProblem } from '@shared/channels/import';
import { EXTENSION_MAX_DIGITS } from '@shared/domain/extension-pool';
import { english, isMessageKey, translate } from '@shared/i18n/en';
import type { Catalog, MessageKey, MessageParams } from '@shared/i18n/en';
import { importFieldLabel } from '@shared/i18n/import-fields';
import { RosterError } from '@shared/result';
import { VIP_RANGE } from '@shared/rules/user-field-rules';
import { delimitedCell } from '../csv/csv-cell';
import { CsvFileWriter, checkCsvTarget, csvLine } from '../exporting/csv-target';
import type { OpenSite } from '../site/open-site';
import type { WritableTarget } from '../file-access/file-access';

type Reason = Omit<ImportProblem, 'line'>;

/** Rejected rows read per query: the file is written between queries, never while one is open. */
const PAGE = 1000;
type Text = (key: MessageKey, params?: MessageParams) => string;
/** The report's words in one catalog: the interface's language when the administrator saves it. */
const textIn =
  (catalog: Catalog): Text =>
  (key, params) =>
    translate(catalog, key, params);

/** What the import kept of its file: the header row and the delimiter, so the report looks like the file. */
interface ReportLayout {
  header: string[];
  delimiter: ImportDelimiter;
}

function layoutOf(detailsJson: string): Partial<ReportLayout> {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(detailsJson) as Record<string, unknown>;
  } catch {
    // Details the report cannot read still leave a usable report: numbered columns, comma-separated.
    return {};
  }
  const reading = (details.reading ?? {}) as Record<string, unknown>;
  const header = details.header;
  const delimiter = [details.delimiter, reading.delimiter].find((d): d is ImportDelimiter => IMPORT_DELIMITERS.includes(d as ImportDelimiter));
  return {
    ...(Array.isArray(header) && header.every((h) => typeof h === 'string') ? { header } : {}),
    ...(delimiter ? { delimiter } : {}),
  };
}

/**
 * The limits these messages name, for rows rejected by an earlier version of Roster, which stored the
 * message without them: the report must not show a bare "{max}".
 */
const LIMITS_NOT_STORED_BEFORE: Partial<Record<MessageKey, MessageParams>> = {
  'rule.number.format': { max: EXTENSION_MAX_DIGITS },
  'rule.vip.range': { ...VIP_RANGE },
};

/** One reason in words: where (the column's header, or the field) and what is wrong. */
function reasonText(reason: Reason, header: readonly string[], text: Text): string {
  const message = isMessageKey(reason.message)
    ? text(reason.message, { ...LIMITS_NOT_STORED_BEFORE[reason.message], ...reason.params })
    : reason.message;
  const where =
    reason.column !== null && header[reason.column]
      ? header[reason.column]
      : reason.field !== null
        ? text(importFieldLabel(reason.field))
        : reason.column !== null
          ? text('importWizard.column', { number: reason.column + 1 })
          : null;
  return where ? `${where}: ${message}` : message;
}

/** The text of the report's last column for one row: its line in the original file and every reason. */
export function problemText(line: number, reasons: readonly Reason[], header: readonly string[], catalog: Catalog = english): string {
  const text = textIn(catalog);
  return `${text('errorReport.line', { line })}: ${reasons.map((reason) => reasonText(reason, header, text)).join('; ')}`;
}

/**
 * Writes an import's rejected rows as a CSV file the administrator can correct and import again: the
 * original header and cells (padded so every row has the same width), with a last column that says, in
 * words, what was wrong with each row. The header and delimiter are the file's own when the import kept
 * them; otherwise the columns are numbered and a comma separates them.
 */
export async function saveErrorReport(
  site: OpenSite,
  id: number,
  checked: WritableTarget,
  catalog: Catalog = english,
): Promise<{ path: string; rows: number }> {
  const text = textIn(catalog);
  const db = site.db;
  const imported = db.prepare('SELECT details, rejected FROM imports WHERE id = ?').get(id) as { details: string; rejected: number } | undefined;
  if (!imported) throw new RosterError('NOT_FOUND', 'import.undo.notFound');
  if (imported.rejected === 0) throw new RosterError('NOT_FOUND', 'errorReport.none');
  const target = await checkCsvTarget(checked);

  const kept = layoutOf(imported.details);
  const delimiter = kept.delimiter ?? ',';
  const widest = (db.prepare('SELECT max(json_array_length(cells)) FROM import_rejects WHERE import_id = ?').pluck().get(id) as number | null) ?? 0;
  const header = [...(kept.header ?? [])];
  for (let index = header.length; index < widest; index++) header.push(text('importWizard.column', { number: index + 1 }));
  const cell = (value: string) => delimitedCell(value, delimiter);

  const page = db.prepare('SELECT line, cells, reasons FROM import_rejects WHERE import_id = ? AND line > ? ORDER BY line LIMIT ?');
  const file = await CsvFileWriter.create(target, { bom: true });
  let rows = 0;
  try {
    await file.write(csvLine([...header, text('errorReport.problem')].map(cell), delimiter));
    for (let after = 0; ;) {
      const rejects = page.all(id, after, PAGE) as { line: number; cells: string; reasons: string }[];
      if (rejects.length === 0) break;
      const lines = rejects.map((reject) => {
        const cells = JSON.parse(reject.cells) as string[];
        const padded = header.map((_, index) => cells[index] ?? '');
        return csvLine([...padded, problemText(reject.line, JSON.parse(reject.reasons) as Reason[], header, catalog)].map(cell), delimiter);
      });
      await file.write(lines.join(''));
      rows += rejects.length;
      after = rejects[rejects.length - 1]!.line;
    }
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
  return { path: target, rows };
}
