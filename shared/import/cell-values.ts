import { LANGUAGES } from '../domain/languages.js';
import type { Language } from '../domain/languages.js';
import { normalizeHeader } from './header-names.js';

/**
 * How an import reads the cells that are not plain text: languages, yes/no switches, VIP stars and lists.
 * Each returns null for a value it does not understand (the caller reports the cell); an empty cell is the
 * caller's business (it means "take the default" or "leave as is").
 */

/** Language names in English and in each product language, and ISO 639-2 codes, without accents. */
const LANGUAGE_NAMES: Record<Language, string[]> = {
  en: ['english', 'englisch', 'anglais', 'inglese', 'ingles', 'eng'],
  de: ['german', 'deutsch', 'allemand', 'tedesco', 'aleman', 'deu', 'ger'],
  fr: ['french', 'francais', 'franzosisch', 'francese', 'frances', 'fra', 'fre'],
  it: ['italian', 'italiano', 'italien', 'italienisch', 'ita'],
  es: ['spanish', 'espanol', 'spanisch', 'espagnol', 'spagnolo', 'castellano', 'spa'],
};

const BY_NAME = new Map<string, Language>(
  (Object.entries(LANGUAGE_NAMES) as [Language, string[]][]).flatMap(([language, names]) => names.map((name) => [name, language] as const)),
);

const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

/**
 * A language given as its CSV code 1-5 (1 English, 2 German, 3 French, 4 Italian, 5 Spanish), as a name
 * ("German", "Deutsch", "Français"), as a code or locale ("de", "de_DE", "fr-CA", "en_US.UTF-8"), or as
 * CUCM's user locale ("English United States").
 */
export function languageFromText(text: string): Language | null {
  const value = text.trim();
  if (/^[1-5]$/.test(value)) return LANGUAGES[Number(value) - 1]!;
  const locale = /^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})*(?:\.[A-Za-z0-9-]+)?(?:@\w+)?$/.exec(value);
  if (locale) {
    const code = locale[1]!.toLowerCase();
    if (isLanguage(code)) return code;
  }
  const words = value.split(/[\s,;/()_-]+/).filter((w) => w !== '');
  const first = words[0];
  if (first === undefined) return null;
  return BY_NAME.get(normalizeHeader(value)) ?? BY_NAME.get(normalizeHeader(first)) ?? null;
}

const TRUE_WORDS = new Set(['1', 'yes', 'y', 'true', 't', 'on', 'x', 'ja', 'j', 'oui', 'si', 'sí', 'enabled', 'active']);
const FALSE_WORDS = new Set(['0', 'no', 'n', 'false', 'f', 'off', 'nein', 'non', 'disabled', 'inactive']);

/** A switch given as 1/0, yes/no, true/false (also y/n, on/off, and ja/nein, oui/non, sì/no). */
export function booleanFromText(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  return null;
}

/**
 * VIP status as a whole number, or as the stars of the Callisto user list ("★★★"). Anything else comes back
 * as NaN so that the editor's own VIP rule refuses it with its own message.
 */
export function vipFromText(text: string): number {
  const value = text.trim();
  if (/^[0-9]+$/.test(value)) return Number(value);
  if (/^★+☆*$/u.test(value)) return [...value].filter((c) => c === '★').length;
  return Number.NaN;
}

/**
 * Group names separated by ';', or by ',' in a cell without ';' (spaces around them are not part of a name).
 * A group name may hold a comma ("Sales, EMEA"): a cell with a semicolon is split at semicolons only.
 */
export function groupNamesFromText(text: string): string[] {
  const names = text
    .split(text.includes(';') ? ';' : ',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return [...new Map(names.map((name) => [name.toLowerCase(), name] as const)).values()];
}

/**
 * Group names as the Roster layout writes them, read back as the same names by groupNamesFromText: joined
 * with "; ", and a single name holding a comma ends with ";" so that it is not split at the comma.
 */
export function groupNamesToText(names: readonly string[]): string {
  const text = names.join('; ');
  return names.length === 1 && names[0]!.includes(',') ? `${text};` : text;
}

/** Aliases separated by spaces or ','. */
export function aliasesFromText(text: string): string[] {
  return text.split(/[\s,]+/).filter((alias) => alias !== '');
}
