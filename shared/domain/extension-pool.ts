/** One range of the extension pool, both ends included. */
export interface ExtensionRange {
  first: number;
  last: number;
}

/** An extension has at most this many digits: the longest number E.164 allows. */
export const EXTENSION_MAX_DIGITS = 15;
export const MAX_EXTENSION = 10 ** EXTENSION_MAX_DIGITS - 1;
