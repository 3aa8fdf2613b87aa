/**
 * Search words of one or two characters through an index, so a short word finds its first page at once in a
 * site of 100,000 users.
 *
 * The trigram index cannot hold a piece shorter than three characters, so a short word was a LIKE over every
 * active user's search_text (migration 007): the count is one scan of that index, but the first page had to
 * walk it until 50 users matched, which took the whole index when the matches are few or all sit late in
 * username order ("ka": every "kai.*"). Here every value in the trigram index ends with two unit separators
 * (char 31, which no typed word contains). Then each one- or two-character piece of a value begins some
 * indexed trigram ("ka" at the end of "Kaka" begins "ka" + char 31), so the users containing a short word
 * are those holding one of the indexed trigrams that begin with it, read from the index's own vocabulary
 * (users_fts_terms, a range of terms). The search compiler uses them as candidates and still tests the LIKE,
 * so what a short word finds does not change (search-sql.ts). Longer words and phrases are unaffected: they
 * never contain char 31.
 *
 * The padded values are those of the view users_search_content, the index's external content: the index
 * and what it is said to hold stay the same thing ('rebuild' and 'integrity-check' read the view), the
 * triggers hand it the same padded values, and a deletion passes the old ones as before. columnsize=0: the
 * per-user token counts serve only ranking, which the search does not use, and cost a write per user.
 *
 * users_department_active: a short department value (dept:hr) is a LIKE that the trigram index cannot
 * answer; counting it scanned the wide table. This index holds the active users' departments, so the count
 * scans it instead. deleted_at (NULL throughout) comes first: the view's own condition (deleted_at IS NULL)
 * is then an equality on the index, so the index covers the count, and its entries are in department then id
 * order, which is the list's sort by department (no sorting of 100,000 rows).
 */
export const version = 9;

export const sql = /* sql */ `
DROP TRIGGER users_fts_insert;
DROP TRIGGER users_fts_delete;
DROP TRIGGER users_fts_update;
DROP TABLE users_fts;

CREATE VIEW users_search_content AS
SELECT id, username || char(31, 31) AS username, first_name || char(31, 31) AS first_name, last_name || char(31, 31) AS last_name,
  department || char(31, 31) AS department, email || char(31, 31) AS email, phone || char(31, 31) AS phone,
  mobile || char(31, 31) AS mobile, pager || char(31, 31) AS pager, number || char(31, 31) AS number,
  alias_text || char(31, 31) AS alias_text
FROM users;

CREATE VIRTUAL TABLE users_fts USING fts5 (
  username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text,
  content = 'users_search_content', content_rowid = 'id', columnsize = 0, tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO users_fts (users_fts) VALUES ('rebuild');

CREATE TRIGGER users_fts_insert AFTER INSERT ON users
BEGIN
  INSERT INTO users_fts (rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES (new.id, new.username || char(31, 31), new.first_name || char(31, 31), new.last_name || char(31, 31),
    new.department || char(31, 31), new.email || char(31, 31), new.phone || char(31, 31), new.mobile || char(31, 31),
    new.pager || char(31, 31), new.number || char(31, 31), new.alias_text || char(31, 31));
END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users
BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES ('delete', old.id, old.username || char(31, 31), old.first_name || char(31, 31), old.last_name || char(31, 31),
    old.department || char(31, 31), old.email || char(31, 31), old.phone || char(31, 31), old.mobile || char(31, 31),
    old.pager || char(31, 31), old.number || char(31, 31), old.alias_text || char(31, 31));
END;
-- Only the indexed columns: a bulk privilege change does not touch the index.
CREATE TRIGGER users_fts_update AFTER UPDATE OF username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text ON users
BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES ('delete', old.id, old.username || char(31, 31), old.first_name || char(31, 31), old.last_name || char(31, 31),
    old.department || char(31, 31), old.email || char(31, 31), old.phone || char(31, 31), old.mobile || char(31, 31),
    old.pager || char(31, 31), old.number || char(31, 31), old.alias_text || char(31, 31));
  INSERT INTO users_fts (rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES (new.id, new.username || char(31, 31), new.first_name || char(31, 31), new.last_name || char(31, 31),
    new.department || char(31, 31), new.email || char(31, 31), new.phone || char(31, 31), new.mobile || char(31, 31),
    new.pager || char(31, 31), new.number || char(31, 31), new.alias_text || char(31, 31));
END;

-- One row per indexed trigram and column, with the number of users holding it; ranges of term are read
-- from the index without a scan.
CREATE VIRTUAL TABLE users_fts_terms USING fts5vocab (users_fts, col);

CREATE INDEX users_department_active ON users (deleted_at, department COLLATE NOCASE) WHERE deleted_at IS NULL;
`;
