import { describeChange } from '@shared/audit/change-words';
import type { ChangeWords, WordsOptions } from '@shared/audit/change-words';
import { operationWords, originWords } from '@shared/audit/operation-words';
import type { AuditChange, AuditEntity, AuditOperation, AuditRecord } from '@shared/channels/audit';
import { isMessageKey } from '@shared/i18n/en';
import { formatDateTime, t } from '../../i18n';

/**
 * The words of the screens' catalog. Field labels (the editor's `field.<name>`, `priv.<name>`, the settings
 * screens' labels, `audit.field.<name>` for the log's own figures) are chosen in @shared/audit/field-labels,
 * values in @shared/audit/change-words, shared with the CSV export.
 */
const WORDS: WordsOptions = { t, formatDate: (iso) => formatDateTime(iso, { dateStyle: 'medium', timeStyle: 'short' }) };

/** One change in words: its label, both values and the whole line ("Department: Sales → Field sales", "PIN changed"). */
export function changeWords(record: Pick<AuditRecord, 'entity' | 'entityLabel' | 'action'>, change: AuditChange): ChangeWords {
  return describeChange(record, change, WORDS);
}

/** The import or bulk change an entry belongs to: 'Import of "people.csv"', 'Bulk change: Granted "Allow SMS sending"'. */
export function operationName(operation: AuditOperation): string {
  return operationWords(operation, t);
}

/** How an entry of a user's history came about: its operation, or "Saved in the editor". */
export function originName(record: Pick<AuditRecord, 'action' | 'operation'>): string | null {
  return originWords(record, t);
}

export function entityName(entity: AuditEntity): string {
  return t(`audit.entity.${entity}`);
}

/** What the entry is about: the username, group or site name; a section's own name for settings. */
export function entityLabel(record: AuditRecord): string {
  // Settings sections, and site-wide work on one of them (a photo sync), are stored as stable codes.
  if (record.entity === 'settings' || record.entity === 'site') {
    const key = `settings.section.${record.entityLabel}`;
    return isMessageKey(key) ? t(key) : record.entityLabel;
  }
  return record.entityLabel;
}

export function actionName(action: string): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}
