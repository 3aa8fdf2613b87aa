import type { Language } from '../domain/languages.js';

/**
 * A CUCM user locale ("English United States", "German Germany", "French Canada") as one of Roster's
 * languages. CUCM names a locale as language then country, so the language word decides: every English
 * locale is English, French Canada is French like French France. null for an empty locale or a language
 * Roster does not have (the import then uses the default values' language).
 */
const LANGUAGE_WORDS: Record<string, Language> = {
  english: 'en',
  german: 'de',
  french: 'fr',
  italian: 'it',
  spanish: 'es',
};

export function languageOfLocale(locale: string): Language | null {
  const word = /^\s*([A-Za-z]+)/.exec(locale)?.[1]?.toLowerCase();
  return word ? (LANGUAGE_WORDS[word] ?? null) : null;
}
