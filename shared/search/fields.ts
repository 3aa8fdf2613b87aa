import { LANGUAGES } from '../domain/languages.js';
import type { Language } from '../domain/languages.js';
import { PRIVILEGES } from '../domain/privileges.js';
import type { Privilege } from '../domain/privileges.js';
import { USER_FIELD_LIST } from '../user-record/user-fields.js';
import type { OrderedField, TextField } from './query.js';
import { HAS_TARGETS, IS_STATES } from './query.js';

/** What a field name before `:` stands for. */
export type FieldSpec =
  | { kind: 'text'; field: TextField }
  | { kind: 'ordered'; field: OrderedField }
  | { kind: 'language' }
  | { kind: 'source' }
  | { kind: 'import' }
  | { kind: 'group' }
  | { kind: 'has' }
  | { kind: 'is' }
  | { kind: 'priv' };

/**
 * Every field name the language knows, lower case, with its short forms. The first name of each spec is the
 * one completion offers.
 */
export const FIELD_NAMES: Readonly<Record<string, FieldSpec>> = {
  // The user record's text fields, by the names their declarations give.
  ...Object.fromEntries(
    USER_FIELD_LIST.flatMap((field) => (field.search?.names ?? []).map((name) => [name, { kind: 'text', field: field.name } satisfies FieldSpec])),
  ),
  name: { kind: 'text', field: 'name' },
  number: { kind: 'ordered', field: 'number' },
  ext: { kind: 'ordered', field: 'number' },
  vip: { kind: 'ordered', field: 'vip' },
  created: { kind: 'ordered', field: 'created' },
  updated: { kind: 'ordered', field: 'updated' },
  lang: { kind: 'language' },
  language: { kind: 'language' },
  source: { kind: 'source' },
  import: { kind: 'import' },
  group: { kind: 'group' },
  has: { kind: 'has' },
  is: { kind: 'is' },
  priv: { kind: 'priv' },
};

/** The field names completion offers (one per meaning, the short form people type). */
export const COMPLETED_FIELDS: readonly string[] = [
  ...USER_FIELD_LIST.flatMap((field) => field.search?.names.slice(0, 1) ?? []),
  'name',
  'number',
  'vip',
  'created',
  'updated',
  'lang',
  'source',
  'import',
  'group',
  'has',
  'is',
  'priv',
];

/** The English names of the languages, as an administrator may type them. */
const LANGUAGE_NAMES: Readonly<Record<string, Language>> = { english: 'en', german: 'de', french: 'fr', italian: 'it', spanish: 'es' };

/** Language by code (de), English name (german), or the CSV code 1-5 as import files write it (1 English ... 5 Spanish). */
export function languageNamed(value: string): Language | null {
  const v = value.toLowerCase();
  const code = LANGUAGES.find((l) => l === v);
  if (code) return code;
  if (/^[1-5]$/.test(v)) return LANGUAGES[Number(v) - 1] ?? null;
  return LANGUAGE_NAMES[v] ?? null;
}
export const LANGUAGE_VALUES: readonly string[] = LANGUAGES;

/** Where a user came from; `import` reads better than `csv` for people who never saw the column. */
const SOURCES: Readonly<Record<string, string>> = { manual: 'manual', csv: 'csv', import: 'csv', cucm: 'cucm', ldap: 'ldap' };
export function sourceName(value: string): string | null {
  return SOURCES[value.toLowerCase()] ?? null;
}
export const SOURCE_VALUES = ['manual', 'csv', 'cucm', 'ldap'] as const;

/** Short names for the privileges; the full names of PRIVILEGES work too, in any case. */
const PRIVILEGE_ALIASES: Readonly<Record<string, Privilege>> = {
  sms: 'sms',
  fax: 'fax',
  phonemessage: 'ciscoPhoneMessage',
  reports: 'detailedReports',
  conference: 'editConferenceRooms',
  cti: 'ctiAuthentication',
  rest: 'restAuthentication',
  recording: 'voiceRecording',
  web: 'webAccess',
  directory: 'editGlobalDirectory',
  mobileconnect: 'mobileConnect',
  changemobile: 'changeMobileNumber',
  changeemail: 'changeEmail',
  forward: 'forwardExternal',
  apps: 'applications',
};
export function privilegeNamed(value: string): Privilege | null {
  const v = value.toLowerCase();
  return PRIVILEGE_ALIASES[v] ?? PRIVILEGES.find((p) => p.toLowerCase() === v) ?? null;
}
export const PRIVILEGE_VALUES: readonly string[] = Object.keys(PRIVILEGE_ALIASES);

export const HAS_VALUES: readonly string[] = HAS_TARGETS;
export const IS_VALUES: readonly string[] = IS_STATES;
