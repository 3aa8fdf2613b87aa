import { describeChange } from '@shared/audit/change-words';
import type { WordsOptions } from '@shared/audit/change-words';
import { operationWords } from '@shared/audit/operation-words';
import type { AuditRecord } from '@shared/channels/audit';
import { english, translate } from '@shared/i18n/en';
import type { Catalog, MessageKey } from '@shared/i18n/en';
import { csvCell } from '../csv/csv-cell';

const HEADER: MessageKey[] = [
  'audit.csv.when',
  'audit.csv.who',
  'audit.csv.entity',
  'audit.csv.entityId',
  'audit.csv.label',
  'audit.csv.action',
  'audit.csv.operation',
  'audit.csv.field',
  'audit.csv.before',
  'audit.csv.after',
];

// Neutralising and quoting live with the other CSV writers' (the user export and error report use the same).
export { neutralise } from '../csv/csv-cell';

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant in this machine's local time with its offset: unambiguous and what the screen showed. */
export function localTimestamp(iso: string): string {
  const d = new Date(iso);
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** The export's words in the interface's language; instants as local timestamps, the same in every language. */
const wordsIn = (catalog: Catalog): WordsOptions => ({ t: (key, params) => translate(catalog, key, params), formatDate: localTimestamp });

/**
 * The rows of one entry: one per changed field, or one without a field for a change that has none (a
 * delete). Fields by their labels and values in words, as the screen shows them; entity and action stay
 * codes, which a spreadsheet filters by.
 */
function entryRows(entry: AuditRecord, words: WordsOptions): string[][] {
  const head = [
    localTimestamp(entry.at),
    entry.actor,
    entry.entity,
    entry.entityId === null ? '' : String(entry.entityId),
    entry.entityLabel,
    entry.action,
    entry.operation ? operationWords(entry.operation, words.t) : '',
  ];
  if (entry.changes.length === 0) return [[...head, '', '', '']];
  return entry.changes.map((change) => {
    const described = describeChange(entry, change, words);
    return [...head, described.label, described.before ?? '', described.after];
  });
}

/**
 * The entries as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs read accents right), CRLF
 * line ends, a header row, labels and words in the catalog's language. Returns the text and the number of data rows.
 */
export function auditCsv(entries: Iterable<AuditRecord>, catalog: Catalog = english): { csv: string; rows: number } {
  const words = wordsIn(catalog);
  const lines = [HEADER.map((key) => csvCell(translate(catalog, key))).join(',')];
  for (const entry of entries) {
    for (const row of entryRows(entry, words)) lines.push(row.map(csvCell).join(','));
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}
