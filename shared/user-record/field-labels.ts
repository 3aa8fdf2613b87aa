import type { MessageKey } from '../i18n/en.js';
import { USER_FIELD_LIST } from './user-fields.js';

/** Each field by the name the log gives it. */
const BY_LOG_NAME = new Map(USER_FIELD_LIST.map((field) => [field.logName ?? field.name, field] as const));

/**
 * The label of a user field as the log names it ("notes", "groups", "privileges.sms"): the editor's label of
 * the field, or of the member for a switch of an object field. Null for a name that is not a user field.
 */
export function userFieldLabel(logPath: string): MessageKey | null {
  const [name, member] = logPath.split('.', 2) as [string, string | undefined];
  const field = BY_LOG_NAME.get(name);
  if (!field) return null;
  if (member === undefined) return field.label;
  return field.memberLabel === undefined ? null : (`${field.memberLabel}${member}` as MessageKey);
}
