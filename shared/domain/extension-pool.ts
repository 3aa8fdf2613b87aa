/** One range of the extension pool, both ends included. */
export interface ExtensionRange {
  first: number;
  last: number;
}

export const MAX_EXTENSION = 999_999_999_999_999;
