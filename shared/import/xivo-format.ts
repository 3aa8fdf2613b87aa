import type { MessageKey, MessageParams } from '../i18n/en.js';
import { normalizeHeader } from './header-names.js';

/**
 * The XiVO user import file: pipe-delimited, one user per row, its columns grouped in four sections. A row
 * adds a user (section user) and, when it fills any column of another section, a line, an incall or a
 * voicemail; each section then needs its required columns. A voicemail also needs the user's language.
 * Roster keeps the fields it has (see XIVO_FIELD_COLUMNS) and checks the others by XiVO's rules so a file
 * prepared for XiVO is known to be valid for it as well.
 */

const XIVO_SECTIONS = ['user', 'line', 'incall', 'voicemail'] as const;
type XivoSection = (typeof XIVO_SECTIONS)[number];

type XivoType = { kind: 'string' } | { kind: 'int' } | { kind: 'bool' } | { kind: 'enum'; values: readonly string[] };

export interface XivoColumn {
  name: string;
  section: XivoSection;
  type: XivoType;
  /** Required whenever the row has its section (the user section always). */
  required: boolean;
}

const string: XivoType = { kind: 'string' };
const int: XivoType = { kind: 'int' };
const bool: XivoType = { kind: 'bool' };
const oneOf = (...values: string[]): XivoType => ({ kind: 'enum', values });

const XIVO_LOCALES = ['de_DE', 'en_US', 'es_ES', 'fr_FR', 'fr_CA'] as const;

const XIVO_COLUMNS: readonly XivoColumn[] = [
  { name: 'entityid', section: 'user', type: int, required: false },
  { name: 'firstname', section: 'user', type: string, required: true },
  { name: 'lastname', section: 'user', type: string, required: false },
  { name: 'language', section: 'user', type: oneOf(...XIVO_LOCALES), required: false },
  { name: 'enableclient', section: 'user', type: bool, required: false },
  { name: 'username', section: 'user', type: string, required: false },
  { name: 'password', section: 'user', type: string, required: false },
  { name: 'profileclient', section: 'user', type: string, required: false },
  { name: 'outcallerid', section: 'user', type: string, required: false },
  { name: 'agentnumber', section: 'user', type: string, required: false },
  { name: 'mobilephonenumber', section: 'user', type: string, required: false },
  { name: 'bosssecretary', section: 'user', type: oneOf('no', 'boss', 'secretary'), required: false },
  { name: 'enablehint', section: 'user', type: bool, required: false },
  { name: 'enablexfer', section: 'user', type: bool, required: false },
  { name: 'phonenumber', section: 'line', type: string, required: true },
  { name: 'context', section: 'line', type: string, required: true },
  { name: 'protocol', section: 'line', type: oneOf('sip', 'sccp'), required: true },
  { name: 'linename', section: 'line', type: string, required: false },
  { name: 'linesecret', section: 'line', type: string, required: false },
  { name: 'incallexten', section: 'incall', type: string, required: true },
  { name: 'incallcontext', section: 'incall', type: string, required: true },
  { name: 'incallringseconds', section: 'incall', type: int, required: false },
  { name: 'voicemailname', section: 'voicemail', type: string, required: true },
  { name: 'voicemailmailbox', section: 'voicemail', type: string, required: true },
  { name: 'voicemailpassword', section: 'voicemail', type: string, required: false },
  { name: 'voicemailemail', section: 'voicemail', type: string, required: false },
  { name: 'voicemailattach', section: 'voicemail', type: bool, required: false },
  { name: 'voicemaildelete', section: 'voicemail', type: bool, required: false },
  { name: 'voicemailskippass', section: 'voicemail', type: bool, required: false },
];

const BY_NAME = new Map(XIVO_COLUMNS.map((column) => [column.name, column] as const));

/** The XiVO column a header names (compared like every import header), or null. */
export function xivoColumn(header: string): XivoColumn | null {
  return BY_NAME.get(normalizeHeader(header)) ?? null;
}

/** Header rows with these columns are XiVO files (columns no other format uses). */
export function looksLikeXivo(headers: readonly (string | null)[]): boolean {
  const names = new Set(headers.filter((h): h is string => h !== null).map(normalizeHeader));
  const specific = ['entityid', 'enableclient', 'profileclient', 'bosssecretary', 'incallexten', 'voicemailmailbox', 'mobilephonenumber'];
  return specific.some((name) => names.has(name)) || (names.has('phonenumber') && names.has('context') && names.has('protocol'));
}

export interface XivoProblem {
  /** The XiVO column the problem is about (its index is the caller's), or null for the row. */
  column: string | null;
  message: MessageKey;
  params?: MessageParams;
}

/**
 * The XiVO rules for one row, given its cells by XiVO column name (absent columns read as empty).
 * Values are compared as XiVO does: enums and booleans exactly as listed.
 */
export function xivoRowProblems(cell: (column: string) => string): XivoProblem[] {
  const problems: XivoProblem[] = [];
  const value = (name: string) => cell(name).trim();
  const present = new Set(
    XIVO_SECTIONS.filter((section) => section === 'user' || XIVO_COLUMNS.some((c) => c.section === section && value(c.name) !== '')),
  );

  for (const column of XIVO_COLUMNS) {
    const text = value(column.name);
    if (text === '') {
      if (column.required && present.has(column.section)) {
        problems.push({ column: column.name, message: 'import.xivo.required', params: { column: column.name, section: column.section } });
      }
      continue;
    }
    const type = column.type;
    if (type.kind === 'int' && !/^[0-9]+$/.test(text))
      problems.push({ column: column.name, message: 'import.xivo.int', params: { column: column.name, value: text } });
    if (type.kind === 'bool' && text !== '0' && text !== '1')
      problems.push({ column: column.name, message: 'import.xivo.bool', params: { column: column.name, value: text } });
    if (type.kind === 'enum' && !type.values.includes(text)) {
      problems.push({
        column: column.name,
        message: 'import.xivo.enum',
        params: { column: column.name, value: text, allowed: type.values.join(', ') },
      });
    }
  }
  if (present.has('voicemail') && value('language') === '') problems.push({ column: 'language', message: 'import.xivo.voicemailLanguage' });
  if (value('enableclient') === '1') {
    for (const name of ['username', 'password']) {
      if (value(name) === '') problems.push({ column: name, message: 'import.xivo.clientNeeds', params: { column: name } });
    }
  }
  if (value('protocol') === 'sccp') {
    for (const name of ['linename', 'linesecret']) {
      if (value(name) !== '') problems.push({ column: name, message: 'import.xivo.sipOnly', params: { column: name } });
    }
  }
  return problems;
}

/**
 * A username for a XiVO row that has none (XiVO needs one only for its client): "firstname.lastname" in
 * lower case, umlauts spelt out as German does (Müller: mueller), other accents dropped, and anything a
 * username cannot hold left out. Empty when the names give nothing usable.
 */
export function usernameFromNames(firstName: string, lastName: string): string {
  const part = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, '-')
      .replace(/[^a-z0-9_-]/g, '');
  return [part(firstName), part(lastName)].filter((p) => p !== '').join('.');
}
