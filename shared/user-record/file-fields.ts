import type { MessageKey } from '../i18n/en.js';
import type { CellFormat, MappingGroup } from './field-declaration.js';
import type { UserFieldName } from './user-fields.js';
import { CREDENTIAL_FILE_FIELDS, USER_FIELD_LIST } from './user-fields.js';

/**
 * The columns a file can hold, read off the user record's declaration: one per declared field with a `file`
 * part (one per member for a field of switches: "privilege.sms"), then the credentials. The import maps
 * source columns to these names, and the Roster layout writes one column for each, in this order.
 */
export interface FileField {
  /** The name in mappings, saved mappings and the error report: the field's, or `<name>.<member>`. */
  name: string;
  /** The record's field it fills; null for a credential (a secret, not a field). */
  field: UserFieldName | null;
  /** For a member of a field of switches. */
  member?: string;
  format: CellFormat | 'credential';
  /** Where the import's mapping offers it. */
  group: MappingGroup | 'credentials';
  /** Header names, the first one written by the Roster layout. */
  headers: readonly string[];
  label: MessageKey;
}

function fileFieldsOf(): FileField[] {
  const fields: FileField[] = [];
  for (const declared of USER_FIELD_LIST) {
    const file = declared.file;
    if (!file) continue;
    if (file.format === 'eachSwitch') {
      for (const [member, headers] of Object.entries(file.memberHeaders ?? {})) {
        const name = `${file.name ?? declared.name}.${member}`;
        fields.push({
          name,
          field: declared.name,
          member,
          format: 'switch',
          group: file.group,
          headers,
          label: `${declared.memberLabel ?? ''}${member}` as MessageKey,
        });
      }
    } else {
      fields.push({
        name: file.name ?? declared.name,
        field: declared.name,
        format: file.format,
        group: file.group,
        headers: file.headers,
        label: declared.label,
      });
    }
  }
  for (const [name, credential] of Object.entries(CREDENTIAL_FILE_FIELDS)) {
    fields.push({ name, field: null, format: 'credential', group: 'credentials', headers: credential.headers, label: credential.label });
  }
  return fields;
}

export const FILE_FIELDS: readonly FileField[] = fileFieldsOf();

const BY_NAME = new Map(FILE_FIELDS.map((field) => [field.name, field] as const));

/** The file field of a name, if it is one. */
export function fileField(name: string): FileField | undefined {
  return BY_NAME.get(name);
}

/** Every file field's name, as the contract's list of mapping targets. */
export const FILE_FIELD_NAMES = FILE_FIELDS.map((field) => field.name) as [string, ...string[]];

/**
 * The file field that fills a place of the record (['privileges', 'sms'] is privilege.sms, ['groupIds', 2]
 * is groups), or null when no file field does.
 */
export function fileFieldOfPath(path: readonly (string | number)[]): string | null {
  const [head, next] = path;
  const found = FILE_FIELDS.find((field) => field.field === head && (field.member === undefined || field.member === next));
  if (found) return found.name;
  return typeof head === 'string' && BY_NAME.has(head) ? head : null;
}
