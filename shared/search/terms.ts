import type { UserStateFilter } from '../rules/security-rules.js';
import type { IsState } from './query.js';

/**
 * Filters are search terms: a chosen filter becomes `field:value` text in the search box, quoted when the
 * value has spaces or quotes, so it can be edited, combined and saved in a view like any typed search.
 */
export function searchTerm(field: string, value: string): string {
  return /^[\p{L}\p{N}._@+-]+$/u.test(value) ? `${field}:${value}` : `${field}:"${value.replaceAll('"', '\\"')}"`;
}

/** The search text with the term added at the end (unless it is there already). */
export function withTerm(text: string, term: string): string {
  const current = text.trim();
  // Compared with spaces around, not word by word: a quoted term such as group:"Night shift" has spaces in it.
  if (` ${current.replace(/\s+/g, ' ')} `.includes(` ${term} `)) return current;
  return current === '' ? term : `${current} ${term}`;
}

/** The is: value for each account state the user list's State filter offers. */
export const STATE_FILTER_TERMS: Readonly<Record<UserStateFilter, IsState>> = {
  passwordExpired: 'passwordexpired',
  pinExpired: 'pinexpired',
  locked: 'locked',
};
