import type { ImportDelimiter, ImportEncoding, ImportProblem } from '@shared/channels/import';
import { currentLocale, formatNumber, t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { fieldLabel } from './mapping';

const DELIMITER_NAMES: Record<ImportDelimiter, MessageKey> = {
  ',': 'importWizard.delimiter.comma',
  ';': 'importWizard.delimiter.semicolon',
  '\t': 'importWizard.delimiter.tab',
  '|': 'importWizard.delimiter.pipe',
};

export function delimiterName(delimiter: ImportDelimiter): string {
  return t(DELIMITER_NAMES[delimiter]);
}

export function encodingName(encoding: ImportEncoding): string {
  return t(`importWizard.encoding.${encoding}`);
}

/** Built when asked for, in the interface language of the moment. */
const sizeFormat = (unit: 'byte' | 'kilobyte' | 'megabyte') =>
  new Intl.NumberFormat(
    currentLocale(),
    unit === 'byte' ? { style: 'unit', unit, unitDisplay: 'long' } : { style: 'unit', unit, maximumFractionDigits: 1 },
  );

/** A file size as people read it: 812 bytes, 2.4 kB, 180.3 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1000) return sizeFormat('byte').format(bytes);
  if (bytes < 1_000_000) return sizeFormat('kilobyte').format(bytes / 1000);
  return sizeFormat('megabyte').format(bytes / 1_000_000);
}

/** A count as the catalog's language writes it. */
export function count(value: number): string {
  return formatNumber(Math.round(value));
}

/** Where a problem is: "Line 4" or "Line 4, E-mail" (the column's name, else the field's). */
export function problemPlace(problem: ImportProblem, columnNames: readonly string[]): string {
  const column = problem.column !== null ? columnNames[problem.column] : undefined;
  const place = column ?? (problem.field ? fieldLabel(problem.field) : undefined);
  const line = count(problem.line);
  return place ? t('importWizard.problem.whereColumn', { line, column: place }) : t('importWizard.problem.where', { line });
}

export function problemMessage(problem: Pick<ImportProblem, 'message' | 'params'>): string {
  return t(problem.message, problem.params);
}
