import { catalogFor, languageOfLocales } from '@shared/i18n/catalogs';
import type { InterfaceLanguage } from '@shared/i18n/catalogs';
import type { Catalog } from '@shared/i18n/en';
import type { LanguageChoice } from '@shared/channels/prefs';
import type { Platform } from './context';

/**
 * The locales a process's environment asks for, best first: POSIX's LC_ALL, LC_MESSAGES, LANGUAGE (a list)
 * and LANG, then the default locale ICU found (on Windows and macOS, the operating system's own). Browser mode
 * runs on the administrator's workstation, so this is that workstation's language.
 */
export function environmentLocales(env: NodeJS.ProcessEnv = process.env): string[] {
  const listed = [env.LC_ALL, env.LC_MESSAGES, ...(env.LANGUAGE ?? '').split(':'), env.LANG];
  return [...listed.filter((tag): tag is string => Boolean(tag)), Intl.DateTimeFormat().resolvedOptions().locale];
}

/** The language the operating system asks for (Electron's own list where there is one). */
export function systemLanguage(platform: Platform): InterfaceLanguage {
  return languageOfLocales(platform.systemLocales?.() ?? environmentLocales());
}

/** The language the interface speaks with this choice: the chosen one, or the system's for 'auto'. */
export function interfaceLanguage(choice: LanguageChoice, platform: Platform): InterfaceLanguage {
  return choice === 'auto' ? systemLanguage(platform) : choice;
}

/** The catalog main writes its own words in (reports, CSV labels), read afresh so a switch applies at once. */
export function interfaceCatalog(choice: () => LanguageChoice, platform: Platform): () => Catalog {
  return () => catalogFor(interfaceLanguage(choice(), platform));
}
