import type { ImportColumn, ImportField, SavedMapping } from '@shared/channels/import';
import { importFieldLabel } from '@shared/i18n/import-fields';
import { FILE_FIELDS } from '@shared/user-record/file-fields';
import type { FileField } from '@shared/user-record/file-fields';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** One entry per source column: the Roster field it fills, or null to ignore it. */
export type Mapping = (ImportField | null)[];

/** What the administrator calls a column: its header, or "Column 3" in a file without a header row. */
export function columnName(column: ImportColumn): string {
  const header = column.header?.trim();
  return header ? header : t('importWizard.column', { number: column.index + 1 });
}

export function fieldLabel(field: ImportField): string {
  return t(importFieldLabel(field));
}

/** The groups of the mapping's Select, in the editor's order; each field's declaration says where it goes. */
const FIELD_GROUPS: { group: FileField['group']; label: MessageKey }[] = [
  { group: 'person', label: 'importWizard.mapping.group.person' },
  { group: 'numbers', label: 'importWizard.mapping.group.numbers' },
  { group: 'account', label: 'importWizard.mapping.group.account' },
  { group: 'credentials', label: 'importWizard.mapping.group.credentials' },
  { group: 'privileges', label: 'importWizard.mapping.group.privileges' },
  { group: 'notifications', label: 'importWizard.mapping.group.notifications' },
];

export function fieldOptions(): { group: string; items: { value: string; label: string }[] }[] {
  return FIELD_GROUPS.map(({ group, label }) => ({
    group: t(label),
    items: FILE_FIELDS.filter((field) => field.group === group).map((field) => ({ value: field.name, label: fieldLabel(field.name) })),
  }));
}

/**
 * Columns that fill a field an earlier column already fills: index -> the earlier column's index. Two
 * columns for one field would leave it to chance which value wins, so the wizard asks to choose.
 */
export function doubleMappings(mapping: Mapping): Map<number, number> {
  const first = new Map<ImportField, number>();
  const doubles = new Map<number, number>();
  mapping.forEach((field, index) => {
    if (field === null) return;
    const earlier = first.get(field);
    if (earlier === undefined) first.set(field, index);
    else doubles.set(index, earlier);
  });
  return doubles;
}

const headerKey = (header: string) => header.trim().toLowerCase();

/** A mapping saved by header names: the columns with their headers and fields, ignored ones included. */
export function toSavedColumns(columns: readonly ImportColumn[], mapping: Mapping): SavedMapping['columns'] {
  return columns.map((column, index) => ({ header: columnName(column), field: mapping[index] ?? null }));
}

/**
 * Applies a saved mapping to this file's columns by header name (case and surrounding spaces aside).
 * Columns the saved mapping does not name are ignored, as they would have been in the file it was made
 * for. `matched` counts the columns found by name.
 */
export function applySaved(columns: readonly ImportColumn[], saved: SavedMapping): { mapping: Mapping; matched: number } {
  const byHeader = new Map(saved.columns.map((c) => [headerKey(c.header), c.field]));
  let matched = 0;
  const mapping = columns.map((column) => {
    const key = headerKey(columnName(column));
    if (!byHeader.has(key)) return null;
    matched += 1;
    return byHeader.get(key) ?? null;
  });
  return { mapping, matched };
}

/** True when the columns are the same (so a choice made for them still fits after a re-read). */
export function sameColumns(a: readonly ImportColumn[] | undefined, b: readonly ImportColumn[]): boolean {
  return a !== undefined && a.length === b.length && a.every((column, index) => column.header === b[index]!.header);
}
