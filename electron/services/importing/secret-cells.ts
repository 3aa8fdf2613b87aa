import type { ImportField } from '@shared/channels/import';
import { fieldForHeader, normalizeHeader } from '@shared/import/header-names';

/** XiVO columns that hold secrets without being mapped to a Roster field (a SIP line's secret). */
const SECRET_HEADERS = new Set(['password', 'voicemailpassword', 'linesecret', 'pin'].map(normalizeHeader));

/**
 * The columns of a file that hold passwords or PINs: the ones mapped to them, and any whose header names
 * one, mapped or not. A rejected row is kept for the error report with these cells emptied: a site file
 * holds no secret in plain text, whatever the row's fate.
 */
export function secretColumns(mapping: readonly (ImportField | null)[], headers: readonly string[] | null): Set<number> {
  const columns = new Set<number>();
  mapping.forEach((field, index) => {
    if (field === 'password' || field === 'pin') columns.add(index);
  });
  headers?.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field === 'password' || field === 'pin' || SECRET_HEADERS.has(normalizeHeader(header))) columns.add(index);
  });
  return columns;
}

export function withoutSecrets(cells: readonly string[], columns: ReadonlySet<number>): string[] {
  return columns.size === 0 ? [...cells] : cells.map((cell, index) => (columns.has(index) ? '' : cell));
}
