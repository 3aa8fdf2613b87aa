/**
 * Indexes for the search language: extensions compared as numbers (number>=1000, number:1000..1999) use the
 * very expression of electron/services/site/search-sql.ts, so a range reads only the users in it.
 */
export const version = 6;

export const sql = /* sql */ `
CREATE INDEX users_number_value ON users (CAST(number AS INTEGER)) WHERE number <> '';
`;
