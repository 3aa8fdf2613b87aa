/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a leading
 * apostrophe makes it text and shows the value as typed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The value a neutralised cell stands for: the apostrophe that neutralise() put before a formula
 * character is taken off again (as a spreadsheet does when it shows the cell), so a file Roster exported
 * imports back as the same values. Any other apostrophe is part of the value.
 */
export function restoreNeutralised(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * One cell of a file a system reads (an export's target layout): the value exactly as it is, quoted as
 * RFC 4180 asks when it holds the delimiter, a quote or a line break. Nothing is added to it.
 */
export function exactCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One cell of a file meant for a spreadsheet (the audit log, an error report, an export "for Excel"):
 * neutralised, then quoted.
 */
export function csvCell(value: string): string {
  return delimitedCell(value, ',');
}

/** csvCell for a file separated by another delimiter (semicolon, tab, pipe): quoted when it holds that one. */
export function delimitedCell(value: string, delimiter: string): string {
  return exactCell(neutralise(value), delimiter);
}
