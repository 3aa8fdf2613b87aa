import { catalogFor, languageOfLocale, languageOfLocales } from '@shared/i18n/catalogs';
import type { InterfaceLanguage } from '@shared/i18n/catalogs';
import { formatQuantity, translate } from '@shared/i18n/en';
import type { Catalog, MessageKey, MessageParams } from '@shared/i18n/en';
import type { ContractError, FieldIssue } from '@shared/result';

export type { MessageKey, MessageParams };

/**
 * The language of the last start, for the first paint and for the pages shown before main answers (the
 * browser-mode sign-in pages); main's preference decides once it is known (app/language.tsx).
 */
const LANGUAGE_CACHE_KEY = 'roster-language';

function firstLanguage(): InterfaceLanguage {
  // Outside a page (the renderer's modules in unit tests) there is no browser to ask: English.
  if (typeof document === 'undefined') return 'en';
  let cached: string | null = null;
  try {
    cached = localStorage.getItem(LANGUAGE_CACHE_KEY);
  } catch {
    // Storage refused (a locked-down browser profile): the browser's own languages are as good a guess.
  }
  return cached ? languageOfLocale(cached) : languageOfLocales(navigator.languages);
}

let language: InterfaceLanguage = firstLanguage();
let catalog: Catalog = catalogFor(language);
showLanguage();
const listeners = new Set<() => void>();

/** For useSyncExternalStore: the app re-renders in the new language when it changes. */
export function subscribeLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `<html lang>`: screen readers pronounce, and browsers hyphenate, in the language shown. */
function showLanguage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = catalog.locale;
}

export function currentLanguage(): InterfaceLanguage {
  return language;
}

/**
 * Makes `next` the language of every t() from now on. Text already on screen keeps its language until the
 * subscribers re-render it (LanguageBoundary in app/language.tsx mounts the screens again).
 */
export function switchLanguage(next: InterfaceLanguage): void {
  if (next === language) return;
  language = next;
  catalog = catalogFor(next);
  showLanguage();
  try {
    localStorage.setItem(LANGUAGE_CACHE_KEY, next);
  } catch {
    // Not kept: the next start paints in the browser's language until main answers.
  }
  for (const listener of listeners) listener();
}

/** Translates one message in the interface language. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(catalog, key, params);
}

/** The text of an error returned across the contract. */
export function errorText(error: ContractError): string {
  return t(error.message, error.params);
}

/** The text of one field problem. */
export function issueText(issue: FieldIssue | undefined): string | undefined {
  return issue ? t(issue.message, issue.params) : undefined;
}

/** A count as the interface language writes it (100,000 in English, 100.000 in German). */
export function formatNumber(value: number): string {
  return formatQuantity(catalog, value);
}

/** The interface language's locale, for the Intl formats a screen builds itself (units, fractions). */
export function currentLocale(): string {
  return catalog.locale;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** What toLocaleString() writes: the whole year and the seconds (3/2/2027, 5:30:00 PM; 2.3.2027, 17:30:00). */
const FULL_INSTANT: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
};

/**
 * An instant as the interface language writes it, in this machine's time zone; `style` as Intl's. Formats are
 * built when asked for (never once at module level), so they follow a switch of language.
 */
export function formatDateTime(value: string | number | Date, style: Intl.DateTimeFormatOptions = FULL_INSTANT): string {
  const key = `${catalog.locale}|${JSON.stringify(style)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(catalog.locale, style)));
  return format.format(new Date(value));
}
