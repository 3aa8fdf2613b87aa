import type { ImportField, ImportPreset } from '../channels/import.js';
import { FILE_FIELDS, fileField } from '../user-record/file-fields.js';

/**
 * Column headers that name a Roster field, for the import's auto-mapping. A header is compared without
 * case, accents, spaces, underscores, hyphens or dots, so "FIRST NAME", "first_name" and "FirstName" are the
 * same name. The names are declared with each field (shared/user-record/user-fields.ts): Roster's own field
 * names, the Callisto form's labels, CUCM BAT's end-user columns, the Callisto SQL filter's usr_ fields, and
 * everyday spellings in the product's five languages.
 */

/** The header text for "comparable": lower case, no accents, letters and digits only. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The XiVO user file's columns that fill a Roster field. The line's phone number is the user's extension,
 * the incall's DID number an extra number (alias), the voicemail's e-mail and password the user's e-mail
 * and PIN; the other XiVO columns are checked by the XiVO rules and not stored.
 */
const XIVO_FIELD_COLUMNS: Readonly<Record<string, ImportField>> = {
  firstname: 'firstName',
  lastname: 'lastName',
  language: 'language',
  username: 'username',
  password: 'password',
  mobilephonenumber: 'mobile',
  phonenumber: 'number',
  incallexten: 'aliases',
  voicemailemail: 'email',
  voicemailpassword: 'pin',
};

function buildGenericTable(): Map<string, ImportField> {
  const table = new Map<string, ImportField>();
  const add = (header: string, field: ImportField) => {
    const key = normalizeHeader(header);
    if (key !== '' && !table.has(key)) table.set(key, field);
  };
  // Roster's own field names first ("firstName", "privilege.sms"): an export by Roster always maps back.
  for (const field of FILE_FIELDS) add(field.name, field.name);
  for (const field of FILE_FIELDS) for (const header of field.headers) add(header, field.name);
  for (const field of FILE_FIELDS) if (field.name.startsWith('privilege.')) add(`priv ${field.member}`, field.name);
  return table;
}

const GENERIC = buildGenericTable();
const XIVO = new Map(Object.entries(XIVO_FIELD_COLUMNS).map(([column, field]) => [normalizeHeader(column), field] as const));

/** The Roster field a header names, or null. */
export function fieldForHeader(header: string, preset: ImportPreset = 'generic'): ImportField | null {
  const key = normalizeHeader(header);
  if (preset === 'xivo') return XIVO.get(key) ?? null;
  return GENERIC.get(key) ?? null;
}

/**
 * The auto-mapping of a header row: each column to the field its header names, or null. A field is given
 * to the first column that names it only (a second "Phone" column stays unmapped for the administrator).
 */
export function suggestMapping(headers: readonly (string | null)[], preset: ImportPreset = 'generic'): (ImportField | null)[] {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = header === null ? null : fieldForHeader(header, preset);
    if (field === null || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/**
 * The header Roster writes for each field in its own (Callisto) layout: the Callisto form's label, which
 * the auto-mapping above reads back.
 */
export function callistoHeader(field: ImportField): string {
  const header = fileField(field)?.headers[0];
  if (header === undefined) throw new Error(`not a file field: ${field}`);
  return header;
}
