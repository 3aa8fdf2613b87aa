import { english, translate } from '@shared/i18n/en';
import type { Catalog, MessageKey, MessageParams } from '@shared/i18n/en';

/**
 * The catalog of main's own words (menu, native dialogs): English until the preferences are read at start,
 * then the interface language, set again by index.ts after every change of it.
 */
let current: Catalog = english;

export function setNativeCatalog(catalog: Catalog): void {
  current = catalog;
}

/** One message in the interface language, read when the menu or dialog is built, so a switch applies to the next. */
export function nativeText(key: MessageKey, params?: MessageParams): string {
  return translate(current, key, params);
}
