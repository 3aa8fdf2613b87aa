import type { MessageKey, MessageParams } from '../i18n/en.js';

/**
 * Where a typed filter (the SQL filter or the XML filter of the CUCM import) is wrong and what was
 * expected there. `position` is the offset of the first character concerned (0-based; the text's length
 * when the filter ends too early) and `length` how many characters to mark (at least 1 where there is a
 * character to mark). The message says what was expected, in the catalog's words.
 */
export interface FilterError {
  position: number;
  length: number;
  message: MessageKey;
  params?: MessageParams;
}

export type FilterParse<T> = { ok: true; value: T } | { ok: false; error: FilterError };

/** Line and column (both 1-based) of an offset, as an editor shows them. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
