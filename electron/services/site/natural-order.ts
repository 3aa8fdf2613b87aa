import type Database from 'better-sqlite3';

/**
 * The SQL function behind the user list's username order (migration 012): `natural_order(username)`.
 * Registered on every connection that opens a site file (site-database.ts, the import worker), because the
 * index users_search_text_active is built on it: a connection without it (the sqlite3 shell) can read a
 * site, but inserting a user, changing a username or deleting one fails there with "unknown function".
 */
export const NATURAL_ORDER_FUNCTION = 'natural_order';

/**
 * A username's sort key: lower-cased, and each run of digits written as its length (two digits) followed by
 * its digits without leading zeros, then the username as it is, so that numbers compare by value ("anna.abbasi2" before
 * "anna.abbasi10") at any length, and a run still sorts against letters and punctuation as its first digit
 * did. Deterministic and independent of the locale: the index stores it.
 */
export function naturalOrderKey(text: string): string {
  const key = text.toLowerCase().replace(/\d+/g, (run) => {
    const digits = run.replace(/^0+/, '');
    return String(Math.min(digits.length, 99)).padStart(2, '0') + digits;
  });
  // Then the text itself, after a character below any other: keys of different texts never tie (bob7, bob007),
  // so active users (whose usernames are unique) are in one order without a tie-breaker to sort by.
  return `${key}${TIE_SEPARATOR}${text}`;
}
const TIE_SEPARATOR = '\u0001';

export function registerNaturalOrder(db: Database.Database): void {
  db.function(NATURAL_ORDER_FUNCTION, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? naturalOrderKey(text) : text));
}
