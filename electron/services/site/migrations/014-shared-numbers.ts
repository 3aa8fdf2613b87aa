/**
 * A number may be shared: CUCM has shared lines (boss and secretary, hunt pilots), and a CUCM user whose
 * primary extension another user holds too is imported with it. Whether a number typed or read from a file
 * must be free is now the site's rule (the numbering settings section), checked by the application, so the
 * unique index of migration 001 becomes a plain one: it still finds a number's holders, for that rule and for
 * is:sharednumber.
 */
export const version = 14;

export const sql = /* sql */ `
DROP INDEX users_number_active;
CREATE INDEX users_number_active ON users (number) WHERE deleted_at IS NULL AND number <> '';
`;
