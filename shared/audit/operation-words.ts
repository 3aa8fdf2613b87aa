import type { AuditOperation, AuditRecord } from '../channels/audit.js';
import { isMessageKey } from '../i18n/en.js';
import type { Translate } from './change-words.js';

/**
 * The operation an entry belongs to, in words: 'Import of "people.csv"', 'CUCM import from cucm.example.com',
 * 'Bulk change: Added to group "Sales"', '"Expire all passwords now"'. A change on its own (a save in the
 * editor, a delete from the list) has none.
 */
export function operationWords(operation: AuditOperation, t: Translate): string {
  if (operation.kind === 'import') {
    return operation.source === 'csv'
      ? t('audit.operation.importCsv', { file: operation.label })
      : t('audit.operation.importCucm', { publisher: operation.label });
  }
  if (operation.expireAll) return t(operation.action === 'expirePin' ? 'audit.operation.expireAllPins' : 'audit.operation.expireAllPasswords');
  // The bulk screens' own words for the change ("Granted "Allow SMS sending"").
  const describe = `bulk.describe.${operation.action}`;
  const privilege = operation.privilege !== null ? `priv.${operation.privilege}` : '';
  const change = isMessageKey(describe)
    ? t(describe, { group: operation.groupName ?? '', privilege: isMessageKey(privilege) ? t(privilege) : '' })
    : operation.action;
  return t('audit.operation.bulk', { change });
}

/** How an entry came about, for a user's history: its operation, else "Saved in the editor" for a save. */
export function originWords(record: Pick<AuditRecord, 'action' | 'operation'>, t: Translate): string | null {
  if (record.operation) return operationWords(record.operation, t);
  return record.action === 'create' || record.action === 'update' ? t('audit.operation.editor') : null;
}
