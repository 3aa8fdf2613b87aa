/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection); a leading
 * apostrophe makes it text and shows the value as typed.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One CSV cell: neutralised, then quoted as RFC 4180 asks. Every CSV Roster writes goes through this. */
export function csvCell(value: string): string {
  const cell = neutralise(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
