import type { ImportField } from '../channels/import.js';
import type { MessageKey } from './en.js';

/**
 * The catalog key naming a Roster field an import column can fill: the editor's own label, so the wizard,
 * the error report and the Callisto export's headers all call a field what the editor calls it.
 */
export function importFieldLabel(field: ImportField): MessageKey {
  if (field.startsWith('privilege.')) return `priv.${field.slice('privilege.'.length)}` as MessageKey;
  return `field.${field}` as MessageKey;
}
