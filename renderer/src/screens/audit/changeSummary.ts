import type { AuditChange, AuditEntity, AuditRecord } from '@shared/channels/audit';
import { isSecretChange } from '@shared/channels/audit';
import { isMessageKey } from '@shared/i18n/en';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** The catalog key that names a logged field, if the editors have one; else the field's own name is shown. */
function fieldKey(entity: AuditEntity, field: string): string {
  const [head, rest] = field.includes('.') ? [field.slice(0, field.indexOf('.')), field.slice(field.indexOf('.') + 1)] : [field, ''];
  if (head === 'privileges' && rest) return `priv.${rest}`;
  if ((head === 'voicemail' || head === 'fax') && rest) return `notif.${head}.${rest}`;
  if (head === 'voiceRecording' && rest) return `voiceRecording.${rest}`;
  if (rest) return field;
  if (entity === 'group' && (field === 'name' || field === 'description')) return `groups.field.${field}`;
  if (entity === 'defaults' && field === 'initialPassword') return 'defaults.initialPassword';
  if (entity === 'defaults' && field === 'pin') return 'defaults.pin';
  if (field === 'applications') return 'applications.title';
  if (field === 'members' || field === 'ranges') return `audit.field.${field}`;
  return `field.${field}`;
}

function fieldLabel(entity: AuditEntity, field: string): string {
  const key = fieldKey(entity, field);
  return isMessageKey(key) ? t(key) : field;
}

/** A value as a person reads it: switches as on/off, lists joined, known codes by their names. */
function valueLabel(field: string, value: unknown): string {
  if (value === null || value === undefined) return t('audit.value.none');
  if (value === '') return t('audit.value.empty');
  if (typeof value === 'boolean') return t(value ? 'audit.value.on' : 'audit.value.off');
  if (Array.isArray(value)) return value.length === 0 ? t('audit.value.none') : value.map((v) => valueLabel(field, v)).join(', ');
  if (typeof value === 'string') {
    const coded = codeKey(field, value);
    return coded ? t(coded) : value;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function codeKey(field: string, value: string): MessageKey | null {
  const key =
    field === 'language'
      ? `language.${value}`
      : field === 'authentication'
        ? `field.authentication.${value}`
        : field === 'applications'
          ? `application.${value}`
          : '';
  return key && isMessageKey(key) ? key : null;
}

/** One change in words: "Department: Sales → Field sales", "PIN changed". */
export function changeText(entity: AuditEntity, action: string, change: AuditChange): string {
  const field = fieldLabel(entity, change.field);
  if (isSecretChange(change)) return t(change.cleared ? 'audit.change.secretCleared' : 'audit.change.secretSet', { field });
  const after = valueLabel(change.field, change.after);
  // Site-wide work (an export, a photo sync) records figures that had no value before: shown as "Users: 6".
  if (action === 'create' || (entity === 'site' && change.before === null)) return t('audit.change.created', { field, after });
  return t('audit.change', { field, before: valueLabel(change.field, change.before), after });
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
