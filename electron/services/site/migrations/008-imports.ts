/**
 * The import ledger (CSV import and CUCM import). One row per import in imports: who, when, from what,
 * the counts the summary shows, and when it was undone. import_rows says what the import did to each user
 * it touched: 'created' (undo purges the user), 'updated' or 'deleted' (undo writes back `before`, a
 * snapshot of the user's row, aliases, group memberships and secret ciphertexts taken just before the
 * import changed it). import_rejects keeps each rejected source row with its reasons, so the error report
 * can be saved at any time after the run. user_id has no foreign key for the reason bulk_change_rows has
 * none: history must not block or slow down purging a user.
 */
export const version = 8;

export const sql = /* sql */ `
CREATE TABLE imports (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  source     TEXT NOT NULL CHECK (source IN ('csv', 'cucm')),
  label      TEXT NOT NULL CHECK (length(label) <= 300),
  details    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details)),
  created    INTEGER NOT NULL DEFAULT 0 CHECK (created >= 0),
  updated    INTEGER NOT NULL DEFAULT 0 CHECK (updated >= 0),
  deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted >= 0),
  skipped    INTEGER NOT NULL DEFAULT 0 CHECK (skipped >= 0),
  rejected   INTEGER NOT NULL DEFAULT 0 CHECK (rejected >= 0),
  undone_at  TEXT
);
CREATE INDEX imports_at ON imports (at);

CREATE TABLE import_rows (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  user_id   INTEGER NOT NULL,
  outcome   TEXT NOT NULL CHECK (outcome IN ('created', 'updated', 'deleted')),
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  PRIMARY KEY (import_id, user_id)
) WITHOUT ROWID;

CREATE TABLE import_rejects (
  import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  line      INTEGER NOT NULL CHECK (line >= 1),
  cells     TEXT NOT NULL CHECK (json_valid(cells)),
  reasons   TEXT NOT NULL CHECK (json_valid(reasons)),
  PRIMARY KEY (import_id, line)
) WITHOUT ROWID;
`;
