import type { ImportField } from '../channels/import.js';
import { fileField } from '../user-record/file-fields.js';
import type { MessageKey } from './en.js';

/**
 * The catalog key naming a Roster field an import column can fill: the editor's own label, so the wizard,
 * the error report and the Callisto export's headers all call a field what the editor calls it.
 */
export function importFieldLabel(field: ImportField): MessageKey {
  return fileField(field)?.label ?? 'importWizard.mapping.ignore';
}
