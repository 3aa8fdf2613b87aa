/**
 * The whole user record and its history.
 *
 * - notes: a free text per user, searchable like the other text fields: the search text (migration 007) and
 *   the trigram index (migration 009) are rebuilt with it, in the same forms (the unit separators, the padded
 *   view as the index's content, the triggers on the indexed columns only).
 * - phones: the devices associated with the user (CUCM's associated devices, Callisto's Phones), in order,
 *   with the model where known and the line of the device that carries the user's primary extension.
 *   device_text holds their names joined by spaces, kept by triggers as alias_text is, so that the search
 *   index reads them (device:SEP00*).
 * - lock_reason: why an administrator locked the account ('' when locked by failed attempts or not locked).
 *   locked_until already says until when; a lock "until unlocked" is stored as the far end of time
 *   (9999-12-31T23:59:59.999Z), so every existing "locked now" comparison keeps working.
 * - application_grants: each grant carries its options now ({"application": "oim", "options": []}: the options granted by name); the
 *   former list of names becomes grants without options.
 * - audit_log.bulk_change_id: an entry written for one user by a bulk change (or its undo, or "expire all
 *   now") names the change, as import_id names the import, so the whole operation can be shown as one;
 *   audit_log_user orders a user's history without reading the whole log.
 * - bulk_changes accepts the account actions (lock, unlock, reset failed attempts, expire PIN). A CHECK
 *   cannot be altered, so both bulk tables are rebuilt: the rows' table first goes to a copy that references
 *   the new changes table, so no cascade ever runs while the old one is dropped.
 */
export const version = 11;

export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN lock_reason TEXT NOT NULL DEFAULT '' CHECK (length(lock_reason) <= 500);

UPDATE users SET application_grants = (
  SELECT coalesce(json_group_array(json_object('application', value, 'options', json('[]'))), '[]') FROM json_each(users.application_grants)
) WHERE application_grants <> '[]' AND json_type(application_grants, '$[0]') = 'text';

DROP TRIGGER users_fts_insert;
DROP TRIGGER users_fts_delete;
DROP TRIGGER users_fts_update;
DROP TABLE users_fts_terms;
DROP TABLE users_fts;
DROP VIEW users_search_content;
DROP INDEX users_search_text_active;
ALTER TABLE users DROP COLUMN search_text;

ALTER TABLE users ADD COLUMN notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000);
ALTER TABLE users ADD COLUMN device_text TEXT NOT NULL DEFAULT '';

CREATE TABLE user_phones (
  user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  device   TEXT NOT NULL CHECK (length(device) BETWEEN 1 AND 50),
  model    TEXT NOT NULL DEFAULT '' CHECK (length(model) <= 64),
  -- The device's line (1, 2, ...) that carries the user's primary extension; NULL when none does.
  line     INTEGER CHECK (line IS NULL OR line BETWEEN 1 AND 99),
  PRIMARY KEY (user_id, position)
);
CREATE INDEX user_phones_device ON user_phones (device COLLATE NOCASE);
CREATE TRIGGER user_phones_insert AFTER INSERT ON user_phones
BEGIN
  UPDATE users SET device_text = (SELECT coalesce(group_concat(device, ' '), '') FROM (SELECT device FROM user_phones WHERE user_id = new.user_id ORDER BY position))
  WHERE id = new.user_id;
END;
CREATE TRIGGER user_phones_delete AFTER DELETE ON user_phones
BEGIN
  UPDATE users SET device_text = (SELECT coalesce(group_concat(device, ' '), '') FROM (SELECT device FROM user_phones WHERE user_id = old.user_id ORDER BY position))
  WHERE id = old.user_id;
END;

ALTER TABLE users ADD COLUMN search_text TEXT GENERATED ALWAYS AS (lower(
  username || char(31) || first_name || char(31) || last_name || char(31) || department || char(31) || email || char(31) ||
  phone || char(31) || mobile || char(31) || pager || char(31) || number || char(31) || alias_text || char(31) || notes || char(31) || device_text
)) VIRTUAL;
CREATE INDEX users_search_text_active ON users (username COLLATE NOCASE, search_text) WHERE deleted_at IS NULL;

CREATE VIEW users_search_content AS
SELECT id, username || char(31, 31) AS username, first_name || char(31, 31) AS first_name, last_name || char(31, 31) AS last_name,
  department || char(31, 31) AS department, email || char(31, 31) AS email, phone || char(31, 31) AS phone,
  mobile || char(31, 31) AS mobile, pager || char(31, 31) AS pager, number || char(31, 31) AS number,
  alias_text || char(31, 31) AS alias_text, notes || char(31, 31) AS notes, device_text || char(31, 31) AS device_text
FROM users;

CREATE VIRTUAL TABLE users_fts USING fts5 (
  username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text,
  content = 'users_search_content', content_rowid = 'id', columnsize = 0, tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO users_fts (users_fts) VALUES ('rebuild');

CREATE TRIGGER users_fts_insert AFTER INSERT ON users
BEGIN
  INSERT INTO users_fts (rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text)
  VALUES (new.id, new.username || char(31, 31), new.first_name || char(31, 31), new.last_name || char(31, 31),
    new.department || char(31, 31), new.email || char(31, 31), new.phone || char(31, 31), new.mobile || char(31, 31),
    new.pager || char(31, 31), new.number || char(31, 31), new.alias_text || char(31, 31), new.notes || char(31, 31), new.device_text || char(31, 31));
END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users
BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text)
  VALUES ('delete', old.id, old.username || char(31, 31), old.first_name || char(31, 31), old.last_name || char(31, 31),
    old.department || char(31, 31), old.email || char(31, 31), old.phone || char(31, 31), old.mobile || char(31, 31),
    old.pager || char(31, 31), old.number || char(31, 31), old.alias_text || char(31, 31), old.notes || char(31, 31), old.device_text || char(31, 31));
END;
CREATE TRIGGER users_fts_update AFTER UPDATE OF username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text ON users
BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text)
  VALUES ('delete', old.id, old.username || char(31, 31), old.first_name || char(31, 31), old.last_name || char(31, 31),
    old.department || char(31, 31), old.email || char(31, 31), old.phone || char(31, 31), old.mobile || char(31, 31),
    old.pager || char(31, 31), old.number || char(31, 31), old.alias_text || char(31, 31), old.notes || char(31, 31), old.device_text || char(31, 31));
  INSERT INTO users_fts (rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text, notes, device_text)
  VALUES (new.id, new.username || char(31, 31), new.first_name || char(31, 31), new.last_name || char(31, 31),
    new.department || char(31, 31), new.email || char(31, 31), new.phone || char(31, 31), new.mobile || char(31, 31),
    new.pager || char(31, 31), new.number || char(31, 31), new.alias_text || char(31, 31), new.notes || char(31, 31), new.device_text || char(31, 31));
END;
CREATE VIRTUAL TABLE users_fts_terms USING fts5vocab (users_fts, col);

ALTER TABLE audit_log ADD COLUMN bulk_change_id INTEGER;
CREATE INDEX audit_log_user ON audit_log (entity_id, id) WHERE entity = 'user';
CREATE INDEX audit_log_bulk_change ON audit_log (bulk_change_id) WHERE bulk_change_id IS NOT NULL;
CREATE INDEX audit_log_import ON audit_log (import_id) WHERE import_id IS NOT NULL;

CREATE TABLE bulk_changes_new (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('addToGroup', 'removeFromGroup', 'setPrivilege', 'clearPrivilege', 'enable', 'disable',
    'expirePassword', 'expirePin', 'delete', 'lock', 'unlock', 'resetFailedAttempts')),
  parameters TEXT NOT NULL CHECK (json_valid(parameters)),
  user_count INTEGER NOT NULL DEFAULT 0 CHECK (user_count >= 0),
  undone_at  TEXT
);
INSERT INTO bulk_changes_new SELECT id, at, actor, action, parameters, user_count, undone_at FROM bulk_changes;
CREATE TABLE bulk_change_rows_new (
  change_id INTEGER NOT NULL REFERENCES bulk_changes_new (id) ON DELETE CASCADE,
  user_id   INTEGER NOT NULL,
  before    TEXT NOT NULL CHECK (json_valid(before)),
  PRIMARY KEY (change_id, user_id)
) WITHOUT ROWID;
INSERT INTO bulk_change_rows_new SELECT change_id, user_id, before FROM bulk_change_rows;
DROP TABLE bulk_change_rows;
DROP TABLE bulk_changes;
ALTER TABLE bulk_changes_new RENAME TO bulk_changes;
ALTER TABLE bulk_change_rows_new RENAME TO bulk_change_rows;
CREATE INDEX bulk_changes_at ON bulk_changes (at);
`;
