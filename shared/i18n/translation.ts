import type { Catalog, Message } from './en.js';

/**
 * One part of another language's catalog: the same keys as the English part it translates (a missing or extra
 * key is a type error, so the catalogs cannot drift from English), each a string or a plural message.
 */
export type Translation<EnglishPart> = { readonly [Key in keyof EnglishPart]: Message };

/** Each language's folder exports its complete catalog under this name from its index.ts. */
export type LanguageModule = { catalog: Catalog };
