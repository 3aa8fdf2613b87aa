/**
 * A short search word (one or two characters, below the trigram index) was a LIKE over ten columns of every
 * row of the wide users table. search_text holds those ten columns lower-cased (ASCII, as LIKE folds case)
 * and joined by the unit separator (char 31), which a word typed in the search box does not contain, so a
 * word cannot match across two columns. It is a virtual generated column: SQLite keeps it in step with every
 * insert and update (aliases included, through alias_text), with no trigger and no backfill, and the table's
 * rows do not grow. The partial index holds it for the active users in username order, so counting the
 * matches of a short word scans this narrow index instead of the table, and the first page walks it in the
 * list's default order testing each entry without reading its row (user-search.ts names it with INDEXED BY:
 * the planner does not choose it by itself). Accents are not folded here, as before: "o" does not find "ö"
 * through a short word.
 */
export const version = 7;

export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN search_text TEXT GENERATED ALWAYS AS (lower(
  username || char(31) || first_name || char(31) || last_name || char(31) || department || char(31) || email || char(31) ||
  phone || char(31) || mobile || char(31) || pager || char(31) || number || char(31) || alias_text
)) VIRTUAL;
CREATE INDEX users_search_text_active ON users (username COLLATE NOCASE, search_text) WHERE deleted_at IS NULL;
`;
