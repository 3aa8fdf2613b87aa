import type { ImportField, ImportProblem } from '@shared/channels/import';
import type { UserFields } from '@shared/domain';
import { grantsFromText } from '@shared/import/application-grants-text';
import { phonesFromText } from '@shared/import/phones-text';
import { aliasesFromText, booleanFromText, groupNamesFromText, languageFromText, vipFromText } from '@shared/import/cell-values';
import { fileField } from '@shared/user-record/file-fields';
import type { UserFieldName } from '@shared/user-record/user-fields';
import { restoreNeutralised } from '../csv/csv-cell';
import type { GroupLookup } from './import-groups';

/** A problem of a row before its line is known. */
export type RowProblem = Omit<ImportProblem, 'line'>;

/**
 * What the row's cells give, converted to the editor's types: a field's value, only some members of a field
 * of switches (one column per privilege), and the credentials.
 */
export type FieldValues = {
  [K in UserFieldName]?: UserFields[K] extends Record<string, boolean> ? Partial<UserFields[K]> : UserFields[K];
} & { password?: string; pin?: string };

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
  /** The group a cell names: one of the site's, one the import creates, or a refusal (ImportGroups). */
  groups: { lookup(name: string): GroupLookup };
  /**
   * The credential columns read: both when the administrator included credentials, else only those that
   * identify existing users (compared, then dropped before the row's draft).
   */
  credentials: ReadonlySet<string>;
}

/**
 * Reads the mapped cells of a row. Text is trimmed and kept as typed (a name starting with "=" is a name:
 * neutralising formulas is the export's job). Values the editor could not hold (an unknown language, a
 * switch that is neither yes nor no, an unknown group) are reported at their column and left out, so the
 * row's other problems are still found.
 */
export function readCells(cells: readonly string[], reading: CellReading): RowValues {
  const values: FieldValues = {};
  const taken = values as Record<string, unknown>;
  const filled = new Set<ImportField>();
  const problems: RowProblem[] = [];
  reading.mapping.forEach((name, column) => {
    const target = name === null ? undefined : fileField(name);
    if (name === null || target === undefined) return;
    if (target.format === 'credential' && !reading.credentials.has(name)) return;
    // A cell an export neutralised ("'+41 79...") means the value without the apostrophe.
    const raw = restoreNeutralised(cells[column] ?? '');
    const text = raw.trim();
    if (text === '') return;
    filled.add(name);
    const problem = (message: RowProblem['message'], params?: RowProblem['params']) =>
      problems.push({ column, field: name, message, ...(params ? { params } : {}) });
    const field = target.field;

    switch (target.format) {
      case 'text':
        taken[field!] = text;
        break;
      case 'switch': {
        const value = booleanFromText(text);
        if (value === null) problem('import.value.boolean', { value: text });
        else if (target.member !== undefined) taken[field!] = { ...(taken[field!] as object | undefined), [target.member]: value };
        else taken[field!] = value;
        break;
      }
      case 'language': {
        const language = languageFromText(text);
        if (language === null) problem('import.value.language', { value: text });
        else taken[field!] = language;
        break;
      }
      case 'vip':
        taken[field!] = vipFromText(text);
        break;
      case 'authentication':
        // An unknown method stays as written: the record's rule refuses it with the methods it knows.
        taken[field!] = text.toLowerCase();
        break;
      case 'aliases':
        taken[field!] = aliasesFromText(text);
        break;
      case 'applications':
        taken[field!] = grantsFromText(text);
        break;
      case 'phones':
        taken[field!] = phonesFromText(text);
        break;
      case 'groups':
      case 'group': {
        // A field naming one group takes the whole cell: a group's name may hold a comma.
        const names = target.format === 'group' ? [text] : groupNamesFromText(text);
        const ids: number[] = [];
        for (const groupName of names) {
          const found = reading.groups.lookup(groupName);
          if ('id' in found) ids.push(found.id);
          else problem(found.problem, found.params);
        }
        if (ids.length < names.length) break;
        taken[field!] = target.format === 'group' ? ids[0]! : ids;
        break;
      }
      case 'credential':
        // A password is taken exactly as written: spaces around it may be part of it.
        taken[name] = name === 'password' ? raw : text;
        break;
      case 'eachSwitch':
        // Each member has its own file field of format 'switch'.
        break;
    }
  });
  return { values, filled, problems };
}
