import type Database from 'better-sqlite3';
import { languageCode } from '@shared/domain';
import type { Language } from '@shared/domain';
import { english, translate } from '@shared/i18n/en';
import type { MessageKey } from '@shared/i18n/en';
import { csvCell } from '../csv/csv-cell';

/** The exported columns, in order. No credential (password, PIN, their dates) is ever among them. */
const COLUMNS: { header: MessageKey; value: (row: ExportRow) => string }[] = [
  { header: 'bulk.csv.username', value: (row) => row.username },
  { header: 'bulk.csv.firstName', value: (row) => row.first_name },
  { header: 'bulk.csv.lastName', value: (row) => row.last_name },
  { header: 'bulk.csv.department', value: (row) => row.department },
  { header: 'bulk.csv.email', value: (row) => row.email },
  { header: 'bulk.csv.language', value: (row) => String(languageCode(row.language)) },
  { header: 'bulk.csv.mobile', value: (row) => row.mobile },
  { header: 'bulk.csv.phone', value: (row) => row.phone },
  { header: 'bulk.csv.number', value: (row) => row.number },
  { header: 'bulk.csv.vip', value: (row) => String(row.vip) },
  { header: 'bulk.csv.enabled', value: (row) => (row.enabled ? '1' : '0') },
];

interface ExportRow {
  username: string;
  first_name: string;
  last_name: string;
  department: string;
  email: string;
  language: Language;
  mobile: string;
  phone: string;
  number: string;
  vip: number;
  enabled: number;
}

/**
 * The selected users as CSV, ordered by username: UTF-8 with a byte-order mark (spreadsheets then read
 * accents right), CRLF line ends, a header row, every cell neutralised against formula injection.
 */
export function selectionCsv(db: Database.Database, ids: readonly number[]): { csv: string; rows: number } {
  const lines = [COLUMNS.map((column) => csvCell(translate(english, column.header))).join(',')];
  const statement = db.prepare(
    `SELECT username, first_name, last_name, department, email, language, mobile, phone, number, vip, enabled
     FROM users WHERE id IN (SELECT value FROM json_each(?)) ORDER BY username COLLATE NOCASE, id`,
  );
  for (const row of statement.iterate(JSON.stringify([...new Set(ids)])) as IterableIterator<ExportRow>) {
    lines.push(COLUMNS.map((column) => csvCell(column.value(row))).join(','));
  }
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}
