import type { ImportPreset } from '@shared/channels/import';
import { fieldForHeader } from '@shared/import/header-names';
import { xivoColumn } from '@shared/import/xivo-format';
import { EMAIL_PATTERN } from '@shared/rules/user-field-rules';
import type { CsvRecord } from './csv-parser';

/** Cells that are data, never a column's name: numbers, phone numbers, e-mail addresses. */
const DATA_LIKE = [/^[+]?[0-9][0-9 ()./-]*$/, EMAIL_PATTERN];

/**
 * Whether the first row names the columns. Yes when any of its cells is a header Roster knows; no when a
 * cell looks like data, is empty, or repeats another; otherwise yes (most files have a header row, and
 * the wizard lets the administrator say otherwise).
 */
export function guessHasHeader(records: readonly CsvRecord[], preset: ImportPreset): boolean {
  const first = records[0]?.cells.map((cell) => cell.trim());
  if (!first) return true;
  if (first.some((cell) => fieldForHeader(cell, preset) !== null || (preset === 'xivo' && xivoColumn(cell) !== null))) return true;
  if (first.some((cell) => cell === '' || DATA_LIKE.some((pattern) => pattern.test(cell)))) return false;
  return new Set(first.map((cell) => cell.toLowerCase())).size === first.length;
}
