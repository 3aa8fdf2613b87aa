/**
 * User languages. The order is significant: CSV files give the language as 1 to 5 in exactly this order.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'it', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The CSV code (1-5) of a language. */
export function languageCode(language: Language): number {
  return LANGUAGES.indexOf(language) + 1;
}
