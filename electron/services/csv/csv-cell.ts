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

/** One CSV cell: neutralised, then quoted as RFC 4180 asks. Every CSV Roster writes goes through this. */
export function csvCell(value: string): string {
  return delimitedCell(value, ',');
}

/** csvCell for a file separated by another delimiter (semicolon, tab, pipe): quoted when it holds that one. */
export function delimitedCell(value: string, delimiter: string): string {
  const cell = neutralise(value);
  return cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
