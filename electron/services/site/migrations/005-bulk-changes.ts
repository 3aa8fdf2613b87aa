/**
 * Bulk changes and their undo, made from a search or a selection in the user list (up to 100,000 users).
 * One row per change in bulk_changes; one row per user it actually changed in bulk_change_rows, holding the
 * before-values of exactly the fields the change wrote (a group membership as {"member": 0|1}). Undo writes
 * those values back. user_id has no foreign key on purpose: purging a user must not be slowed down or blocked by its
 * history, and undo simply skips users that no longer exist.
 */
export const version = 5;

export const sql = /* sql */ `
CREATE TABLE bulk_changes (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('addToGroup', 'removeFromGroup', 'setPrivilege', 'clearPrivilege', 'enable', 'disable', 'expirePassword', 'delete')),
  parameters TEXT NOT NULL CHECK (json_valid(parameters)),
  user_count INTEGER NOT NULL DEFAULT 0 CHECK (user_count >= 0),
  undone_at  TEXT
);
CREATE INDEX bulk_changes_at ON bulk_changes (at);

CREATE TABLE bulk_change_rows (
  change_id INTEGER NOT NULL REFERENCES bulk_changes (id) ON DELETE CASCADE,
  user_id   INTEGER NOT NULL,
  before    TEXT NOT NULL CHECK (json_valid(before)),
  PRIMARY KEY (change_id, user_id)
) WITHOUT ROWID;
`;
