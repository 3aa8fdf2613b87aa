/**
 * Usernames in natural order: anna.abbasi2 before anna.abbasi10 (they sorted as text, COLLATE NOCASE).
 *
 * users_search_text_active (migration 007, rebuilt by 011) is the list's default order, walked for the first
 * page and named with INDEXED BY for short words; it now holds natural_order(username), a key made by the
 * application-defined SQL function of natural-order.ts (lower-cased, each digit run prefixed with its
 * length), and user-search.ts orders by the very same expression, so the first page of 100,000 users is
 * still a walk of this index and not a sort.
 *
 * Why a function and not SQL: an index expression can use neither recursion nor a subquery, and no built-in
 * function can pad every run of digits. The price: every connection that writes users must register the
 * function (site-database.ts does so for each site it opens, the import worker too); the sqlite3 shell, which
 * lacks it, can still read a site but cannot insert, rename or delete users ("unknown function"), nor run
 * integrity_check (quick_check, which Roster uses before opening, does not evaluate the expression).
 * users_username_active (the uniqueness of active usernames, NOCASE) is unchanged.
 */
export const version = 12;

export const sql = /* sql */ `
DROP INDEX users_search_text_active;
CREATE INDEX users_search_text_active ON users (natural_order(username), search_text) WHERE deleted_at IS NULL;
`;
