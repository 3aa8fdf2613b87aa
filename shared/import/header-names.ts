import { IMPORT_FIELDS } from '../channels/import.js';
import type { ImportField, ImportPreset } from '../channels/import.js';
import { PRIVILEGES } from '../domain/privileges.js';
import type { Privilege } from '../domain/privileges.js';

/**
 * Column headers that name a Roster field, for the import's auto-mapping. A header is compared without
 * case, accents, spaces, underscores, hyphens or dots, so "FIRST NAME", "first_name" and "FirstName" are the
 * same name. The lists hold Roster's own field names, the Callisto form's labels, CUCM BAT's end-user
 * columns, the Callisto SQL filter's usr_ fields, and everyday spellings in the product's five languages.
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
 * Privilege columns by the Callisto form's label, so an export in the Callisto layout maps back by itself.
 * Short forms such as "SMS" or "Fax" are left out on purpose: in a directory export they are numbers.
 */
const PRIVILEGE_LABELS: Record<Privilege, string[]> = {
  sms: ['Allow SMS sending'],
  fax: ['Allow Fax sending'],
  ciscoPhoneMessage: ['Cisco Phone Message'],
  detailedReports: ['Access detailed Reports', 'Detailed reports'],
  editConferenceRooms: ['Edit Conference Rooms'],
  ctiAuthentication: ['CTI Authentication'],
  restAuthentication: ['REST Authentication'],
  voiceRecording: ['Voice Recording'],
  webAccess: ['Web access'],
  editGlobalDirectory: ['Edit global Directory'],
  mobileConnect: ['Allow Mobile Connect', 'Mobile Connect'],
  changeMobileNumber: ['Change mobile number'],
  changeEmail: ['Change E-Mail address', 'Change e-mail'],
  forwardExternal: ['Forward to external numbers', 'Forward external'],
  applications: ['Applications'],
};

type NamedField = Exclude<ImportField, `privilege.${string}`>;

const FIELD_HEADERS: Record<NamedField, string[]> = {
  username: [
    'Username',
    'User name',
    'User',
    'USER ID',
    'Login',
    'Login name',
    'sAMAccountName',
    'uid',
    'Account',
    'Account name',
    'usr_Name',
    'Benutzername',
    'Benutzer',
    'Utilisateur',
    'Nom d’utilisateur',
    'Utente',
    'Nome utente',
    'Usuario',
  ],
  firstName: ['First Name', 'Firstname', 'Given name', 'givenName', 'First', 'usr_FirstName', 'Vorname', 'Prénom', 'Nome', 'Nombre'],
  lastName: [
    'Last Name',
    'Lastname',
    'Surname',
    'sn',
    'Family name',
    'Last',
    'usr_LastName',
    'Nachname',
    'Familienname',
    'Nom',
    'Nom de famille',
    'Cognome',
    'Apellido',
    'Apellidos',
  ],
  department: ['Department', 'Dept', 'usr_Department', 'Abteilung', 'Département', 'Service', 'Reparto', 'Dipartimento', 'Departamento'],
  vip: ['VIP', 'VIP Status', 'VIP stars'],
  email: ['E-Mail', 'Email', 'Mail', 'MAIL ID', 'Email address', 'E-Mail address', 'usr_eMail', 'Courriel', 'Correo', 'Correo electrónico'],
  language: ['Language', 'Lang', 'Locale', 'USER LOCALE', 'Sprache', 'Langue', 'Lingua', 'Idioma'],
  mobile: [
    'Mobile',
    'Mobile phone',
    'MOBILE NUMBER',
    'mobilephonenumber',
    'Mobile phone number',
    'Cell',
    'Cell phone',
    'Cellphone',
    'Handy',
    'Natel',
    'Mobil',
    'Mobiltelefon',
    'Portable',
    'Cellulare',
    'Móvil',
  ],
  pager: ['Pager', 'PAGER NUMBER', 'Pager number'],
  phone: [
    'Phone',
    'Telephone',
    'TELEPHONE NUMBER',
    'Phone number',
    'Telephone number',
    'Tel',
    'Office phone',
    'Business phone',
    'telephoneNumber',
    'Telefon',
    'Téléphone',
    'Telefono',
    'Teléfono',
  ],
  number: [
    'Number',
    'Extension',
    'Ext',
    'PRIMARY EXTENSION',
    'Directory number',
    'usr_PhoneNumber',
    'Nummer',
    'Durchwahl',
    'Numéro',
    'Numero',
    'Interno',
    'Número',
    'Extensión',
  ],
  aliases: ['Aliases', 'Alias', 'Other numbers', 'E.164', 'DID'],
  authentication: ['Authentication', 'Auth', 'Authentication type'],
  enabled: ['Enabled', 'Active', 'Account enabled'],
  showInDirectory: ['Show in local directory', 'Show in directory', 'Local directory', 'Directory'],
  phantom: ['Phantom', 'Phantom user'],
  groups: ['User Groups', 'Groups', 'Group', 'memberOf', 'Gruppen', 'Groupes', 'Gruppi', 'Grupos'],
  password: ['Password', 'Pwd', 'usr_Password', 'Passwort', 'Kennwort', 'Mot de passe', 'Contraseña'],
  pin: ['User PIN', 'PIN', 'Voicemail PIN'],
};

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
  for (const field of IMPORT_FIELDS) add(field, field);
  for (const [field, headers] of Object.entries(FIELD_HEADERS) as [NamedField, string[]][]) for (const h of headers) add(h, field);
  for (const privilege of PRIVILEGES) {
    for (const label of PRIVILEGE_LABELS[privilege]) add(label, `privilege.${privilege}`);
    add(`priv ${privilege}`, `privilege.${privilege}`);
  }
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
export const CALLISTO_HEADERS: Readonly<Record<ImportField, string>> = Object.fromEntries(
  IMPORT_FIELDS.map((field) => {
    if (field.startsWith('privilege.')) return [field, PRIVILEGE_LABELS[field.slice('privilege.'.length) as Privilege][0]!];
    return [field, FIELD_HEADERS[field as NamedField][0]!];
  }),
) as Record<ImportField, string>;
