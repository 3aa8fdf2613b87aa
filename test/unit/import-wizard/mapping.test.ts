import { describe, expect, it } from 'vitest';
import type { ImportColumn } from '@shared/channels/import';
import { IMPORT_FIELDS } from '@shared/channels/import';
import { isMessageKey } from '@shared/i18n/en';
import { importFieldLabel } from '@shared/i18n/import-fields';
import {
  applySaved,
  columnName,
  doubleMappings,
  fieldLabel,
  fieldOptions,
  sameColumns,
  toSavedColumns,
} from '../../../renderer/src/screens/import/mapping';

const column = (index: number, header: string | null, samples: string[] = []): ImportColumn => ({ index, header, samples });
const COLUMNS = [column(0, 'Login'), column(1, ' Nachname '), column(2, 'Büro'), column(3, '')];

describe('the mapping step’s rules', () => {
  it('names every Roster field with the editor’s label, and offers each field exactly once', () => {
    for (const field of IMPORT_FIELDS) expect(isMessageKey(importFieldLabel(field)), field).toBe(true);
    expect(fieldLabel('privilege.sms')).toBe('Allow SMS sending');
    expect(fieldLabel('groups')).toBe('User groups');
    const offered = fieldOptions().flatMap((group) => group.items.map((item) => item.value));
    expect([...offered].sort()).toEqual([...IMPORT_FIELDS].sort());
  });

  it('calls a column by its header, or by its number when it has none', () => {
    expect(COLUMNS.map(columnName)).toEqual(['Login', 'Nachname', 'Büro', 'Column 4']);
    expect(columnName(column(6, null))).toBe('Column 7');
  });

  it('finds a field filled from two columns, naming the earlier one', () => {
    expect([...doubleMappings(['username', 'phone', null, 'phone', 'phone'])]).toEqual([
      [3, 1],
      [4, 1],
    ]);
    expect(doubleMappings(['username', null, null]).size).toBe(0);
  });

  it('saves a mapping by header names and applies it to another file by those names, whatever their order and case', () => {
    const saved = { name: 'HR', columns: toSavedColumns(COLUMNS, ['username', 'lastName', 'phone', null]) };
    expect(saved.columns).toEqual([
      { header: 'Login', field: 'username' },
      { header: 'Nachname', field: 'lastName' },
      { header: 'Büro', field: 'phone' },
      { header: 'Column 4', field: null },
    ]);
    const other = [column(0, 'BÜRO'), column(1, 'Kostenstelle'), column(2, 'login')];
    expect(applySaved(other, saved)).toEqual({ mapping: ['phone', null, 'username'], matched: 2 });
    expect(applySaved([column(0, 'Something else')], saved)).toEqual({ mapping: [null], matched: 0 });
  });

  it('keeps a choice across a re-read only when the columns are the same', () => {
    expect(
      sameColumns(
        COLUMNS,
        COLUMNS.map((c) => ({ ...c, samples: ['x'] })),
      ),
    ).toBe(true);
    expect(sameColumns(COLUMNS, COLUMNS.slice(1))).toBe(false);
    expect(sameColumns(undefined, COLUMNS)).toBe(false);
  });
});
