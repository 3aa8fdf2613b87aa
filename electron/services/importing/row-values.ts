import type { ImportField, ImportProblem } from '@shared/channels/import';
import { aliasesFromText, booleanFromText, groupNamesFromText, languageFromText, vipFromText } from '@shared/import/cell-values';
import type { Language } from '@shared/domain';
import { restoreNeutralised } from '../csv/csv-cell';

/** A problem of a row before its line is known. */
export type RowProblem = Omit<ImportProblem, 'line'>;

/** What one field takes from a cell, converted to the editor's types. */
export interface FieldValues {
  username?: string;
  firstName?: string;
  lastName?: string;
  department?: string;
  email?: string;
  mobile?: string;
  pager?: string;
  phone?: string;
  number?: string;
  vip?: number;
  language?: Language;
  authentication?: string;
  enabled?: boolean;
  showInDirectory?: boolean;
  phantom?: boolean;
  aliases?: string[];
  groupIds?: number[];
  password?: string;
  pin?: string;
  privileges?: Partial<Record<string, boolean>>;
}

/** A row's cells read as values: only the non-empty cells of mapped columns are in `values`. */
export interface RowValues {
  values: FieldValues;
  /** The fields whose cell was not empty. */
  filled: Set<ImportField>;
  problems: RowProblem[];
}

export interface CellReading {
  /** One entry per source column: the field it fills, or null. */
  mapping: readonly (ImportField | null)[];
  /** The site's groups by lower-case name. */
  groupIds: ReadonlyMap<string, number>;
  /** Passwords and PINs are read only when the administrator included credentials. */
  includeCredentials: boolean;
}

const TEXT_FIELDS = new Set<ImportField>(['username', 'firstName', 'lastName', 'department', 'email', 'mobile', 'pager', 'phone', 'number']);
const SWITCH_FIELDS = new Set<ImportField>(['enabled', 'showInDirectory', 'phantom']);

/**
 * Reads the mapped cells of a row. Text is trimmed and kept as typed (a name starting with "=" is a name:
 * neutralising formulas is the export's job). Values the editor could not hold (an unknown language, a
 * switch that is neither yes nor no, an unknown group) are reported at their column and left out, so the
 * row's other problems are still found.
 */
export function readCells(cells: readonly string[], reading: CellReading): RowValues {
  const values: FieldValues = {};
  const filled = new Set<ImportField>();
  const problems: RowProblem[] = [];
  reading.mapping.forEach((field, column) => {
    if (field === null) return;
    if ((field === 'password' || field === 'pin') && !reading.includeCredentials) return;
    // A cell an export neutralised ("'+41 79...") means the value without the apostrophe.
    const raw = restoreNeutralised(cells[column] ?? '');
    const text = raw.trim();
    if (text === '') return;
    filled.add(field);
    const problem = (message: RowProblem['message'], params?: RowProblem['params']) =>
      problems.push({ column, field, message, ...(params ? { params } : {}) });

    if (TEXT_FIELDS.has(field)) {
      values[field as 'username'] = text;
    } else if (SWITCH_FIELDS.has(field) || field.startsWith('privilege.')) {
      const value = booleanFromText(text);
      if (value === null) problem('import.value.boolean', { value: text });
      else if (field.startsWith('privilege.')) (values.privileges ??= {})[field.slice('privilege.'.length)] = value;
      else values[field as 'enabled'] = value;
    } else {
      switch (field) {
        case 'language': {
          const language = languageFromText(text);
          if (language === null) problem('import.value.language', { value: text });
          else values.language = language;
          break;
        }
        case 'vip':
          values.vip = vipFromText(text);
          break;
        case 'authentication':
          values.authentication = text.toLowerCase();
          break;
        case 'aliases':
          values.aliases = aliasesFromText(text);
          break;
        case 'groups': {
          const ids: number[] = [];
          for (const name of groupNamesFromText(text)) {
            const id = reading.groupIds.get(name.toLowerCase());
            if (id === undefined) problem('import.group.unknown', { name });
            else ids.push(id);
          }
          values.groupIds = ids;
          break;
        }
        // A password is taken exactly as written: spaces around it may be part of it.
        case 'password':
          values.password = raw;
          break;
        case 'pin':
          values.pin = text;
          break;
        default:
          // Text and switch fields were taken by the branches above.
          break;
      }
    }
  });
  return { values, filled, problems };
}
