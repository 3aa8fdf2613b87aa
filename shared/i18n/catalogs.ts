import { english } from './en.js';
import type { Catalog } from './en.js';
import { catalog as german } from './locales/de/index.js';
import { catalog as spanish } from './locales/es/index.js';
import { catalog as french } from './locales/fr/index.js';
import { catalog as italian } from './locales/it/index.js';

/**
 * The languages Roster's interface speaks. Not the user record's language (shared/domain/languages.ts), which
 * is data about a person; the five happen to be the same.
 */
export const INTERFACE_LANGUAGES = ['en', 'de', 'fr', 'it', 'es'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** Each language by its own name, as a person looking for their language recognises it in any interface. */
export const LANGUAGE_OWN_NAMES: Readonly<Record<InterfaceLanguage, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
};

const CATALOGS: Readonly<Record<InterfaceLanguage, Catalog>> = { en: english, de: german, fr: french, it: italian, es: spanish };

export function catalogFor(language: InterfaceLanguage): Catalog {
  return CATALOGS[language];
}

function isInterfaceLanguage(code: string): code is InterfaceLanguage {
  return (INTERFACE_LANGUAGES as readonly string[]).includes(code);
}

/**
 * The interface language of one locale as operating systems and browsers write it ("de-CH", "fr_CA.UTF-8",
 * "it", "es-419", "C"): its language subtag, or null where Roster has no catalog for it.
 */
function knownLanguageOf(tag: string): InterfaceLanguage | null {
  const code =
    tag
      .trim()
      .toLowerCase()
      .split(/[-_.@]/)[0] ?? '';
  return isInterfaceLanguage(code) ? code : null;
}

/** The interface language for a locale; English for anything Roster does not speak (or cannot read). */
export function languageOfLocale(tag: string | null | undefined): InterfaceLanguage {
  return (tag && knownLanguageOf(tag)) || 'en';
}

/**
 * The first language Roster speaks in a list of preferred locales, best first (a Swiss German's
 * ["gsw-CH", "de-CH", "en"] reads as German); English when none is known.
 */
export function languageOfLocales(tags: readonly string[]): InterfaceLanguage {
  for (const tag of tags) {
    const known = knownLanguageOf(tag);
    if (known) return known;
  }
  return 'en';
}
