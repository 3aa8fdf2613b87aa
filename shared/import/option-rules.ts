import type { DuplicateKeyField, ImportField, ImportPreset } from '../channels/import.js';
import type { FieldIssue } from '../result.js';

/** The parts of the import options these rules read (the wizard's state or the parsed channel input). */
export interface ImportChoices {
  reading: { hasHeader?: boolean | null; preset?: ImportPreset };
  mapping: readonly (ImportField | null)[];
  duplicates: { match: readonly DuplicateKeyField[] };
}

/**
 * What the choices must say before a file can be previewed or imported. Paths are those of the import
 * options (['mapping', 3], ['duplicates', 'match', 0]) so the wizard shows each at its control; main
 * refuses with the same issues. `headers` names a column in the message (its number when there are none).
 */
export function importOptionIssues(choices: ImportChoices, headers: readonly (string | null)[] = []): FieldIssue[] {
  const preset = choices.reading.preset ?? 'generic';
  const issues: FieldIssue[] = [];
  if (preset === 'xivo' && choices.reading.hasHeader === false) issues.push({ path: ['reading', 'hasHeader'], message: 'import.xivo.needsHeader' });
  const firstColumn = new Map<ImportField, number>();
  choices.mapping.forEach((field, index) => {
    if (field === null) return;
    const first = firstColumn.get(field);
    if (first === undefined) firstColumn.set(field, index);
    else issues.push({ path: ['mapping', index], message: 'import.mapping.twice', params: { column: headers[first] || String(first + 1) } });
  });
  // A XiVO file may leave the username out: Roster makes one from the names (xivo-format.ts).
  if (!firstColumn.has('username') && preset !== 'xivo') issues.push({ path: ['mapping'], message: 'import.mapping.usernameMissing' });
  choices.duplicates.match.forEach((field, index) => {
    const derived = field === 'username' && preset === 'xivo';
    if (!firstColumn.has(field) && !derived) issues.push({ path: ['duplicates', 'match', index], message: 'import.match.notMapped' });
  });
  return issues;
}
