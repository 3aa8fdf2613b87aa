/**
 * The first schema of a site file. A migration is frozen once released: later changes go into a new
 * numbered module, never into this one (which is also why the privilege columns are spelled out here
 * rather than generated from PRIVILEGES).
 */
export const version = 1;

export const sql = /* sql */ `
CREATE TABLE site (
  singleton  INTEGER PRIMARY KEY CHECK (singleton = 1),
  id         TEXT NOT NULL CHECK (length(id) = 36),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  created_at TEXT NOT NULL,
  -- A value encrypted with the site key: decrypting it tells a right key from a wrong one.
  key_check  BLOB NOT NULL
);

-- AUTOINCREMENT: a group ID is shown to administrators and used by the platform, so it is never reused.
CREATE TABLE user_groups (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
  description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 256),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TRIGGER user_groups_id_immutable BEFORE UPDATE OF id ON user_groups
BEGIN
  SELECT RAISE(ABORT, 'a user group ID cannot be changed');
END;

-- Privileges are columns, not a flags table: the set is fixed by the product, so bulk filters
-- ("everyone with SMS") and bulk updates are plain indexed SQL on one row per user.
CREATE TABLE users (
  id                        INTEGER PRIMARY KEY AUTOINCREMENT,
  username                  TEXT NOT NULL CHECK (length(username) BETWEEN 1 AND 64),
  authentication            TEXT NOT NULL DEFAULT 'local' CHECK (authentication IN ('local', 'ldap', 'cucm')),
  always_prompt_pin         INTEGER NOT NULL DEFAULT 0 CHECK (always_prompt_pin IN (0, 1)),
  first_name                TEXT NOT NULL DEFAULT '',
  last_name                 TEXT NOT NULL DEFAULT '',
  department                TEXT NOT NULL DEFAULT '',
  vip                       INTEGER NOT NULL DEFAULT 0 CHECK (vip BETWEEN 0 AND 5),
  email                     TEXT NOT NULL DEFAULT '',
  language                  TEXT NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de', 'fr', 'it', 'es')),
  mobile                    TEXT NOT NULL DEFAULT '',
  pager                     TEXT NOT NULL DEFAULT '',
  phone                     TEXT NOT NULL DEFAULT '',
  number                    TEXT NOT NULL DEFAULT '' CHECK (number = '' OR number NOT GLOB '*[^0-9]*'),
  -- The aliases of user_aliases joined by spaces, kept by triggers so the search index can read them.
  alias_text                TEXT NOT NULL DEFAULT '',
  show_in_directory         INTEGER NOT NULL DEFAULT 1 CHECK (show_in_directory IN (0, 1)),
  enabled                   INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
  phantom                   INTEGER NOT NULL DEFAULT 0 CHECK (phantom IN (0, 1)),
  sms                       INTEGER NOT NULL DEFAULT 0 CHECK (sms IN (0, 1)),
  fax                       INTEGER NOT NULL DEFAULT 0 CHECK (fax IN (0, 1)),
  ciscoPhoneMessage         INTEGER NOT NULL DEFAULT 0 CHECK (ciscoPhoneMessage IN (0, 1)),
  detailedReports           INTEGER NOT NULL DEFAULT 0 CHECK (detailedReports IN (0, 1)),
  editConferenceRooms       INTEGER NOT NULL DEFAULT 0 CHECK (editConferenceRooms IN (0, 1)),
  ctiAuthentication         INTEGER NOT NULL DEFAULT 0 CHECK (ctiAuthentication IN (0, 1)),
  restAuthentication        INTEGER NOT NULL DEFAULT 0 CHECK (restAuthentication IN (0, 1)),
  voiceRecording            INTEGER NOT NULL DEFAULT 0 CHECK (voiceRecording IN (0, 1)),
  webAccess                 INTEGER NOT NULL DEFAULT 0 CHECK (webAccess IN (0, 1)),
  editGlobalDirectory       INTEGER NOT NULL DEFAULT 0 CHECK (editGlobalDirectory IN (0, 1)),
  mobileConnect             INTEGER NOT NULL DEFAULT 0 CHECK (mobileConnect IN (0, 1)),
  changeMobileNumber        INTEGER NOT NULL DEFAULT 0 CHECK (changeMobileNumber IN (0, 1)),
  changeEmail               INTEGER NOT NULL DEFAULT 0 CHECK (changeEmail IN (0, 1)),
  forwardExternal           INTEGER NOT NULL DEFAULT 0 CHECK (forwardExternal IN (0, 1)),
  applications              INTEGER NOT NULL DEFAULT 0 CHECK (applications IN (0, 1)),
  -- Small structured options, validated with the zod schemas of shared/rules when read.
  voice_recording_options   TEXT NOT NULL DEFAULT '{"inbound":false,"outbound":false,"userCanDelete":false}' CHECK (json_valid(voice_recording_options)),
  application_grants        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(application_grants)),
  internal_contacts_group_id INTEGER REFERENCES user_groups (id) ON DELETE RESTRICT,
  external_contacts_group_id INTEGER REFERENCES user_groups (id) ON DELETE RESTRICT,
  vm_forward_to_email       INTEGER NOT NULL DEFAULT 0 CHECK (vm_forward_to_email IN (0, 1)),
  vm_mark_as_read           INTEGER NOT NULL DEFAULT 0 CHECK (vm_mark_as_read IN (0, 1)),
  vm_sms_on_new             INTEGER NOT NULL DEFAULT 0 CHECK (vm_sms_on_new IN (0, 1)),
  fax_forward_to_email      INTEGER NOT NULL DEFAULT 0 CHECK (fax_forward_to_email IN (0, 1)),
  fax_mark_as_read          INTEGER NOT NULL DEFAULT 0 CHECK (fax_mark_as_read IN (0, 1)),
  fax_sms_on_new            INTEGER NOT NULL DEFAULT 0 CHECK (fax_sms_on_new IN (0, 1)),
  fax_outbound_confirmation INTEGER NOT NULL DEFAULT 0 CHECK (fax_outbound_confirmation IN (0, 1)),
  locked_until              TEXT,
  failed_attempts           INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  password_set_at           TEXT,
  password_expired          INTEGER NOT NULL DEFAULT 0 CHECK (password_expired IN (0, 1)),
  pin_set_at                TEXT,
  pin_expired               INTEGER NOT NULL DEFAULT 0 CHECK (pin_expired IN (0, 1)),
  source                    TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'csv', 'cucm', 'ldap')),
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL,
  deleted_at                TEXT
);

-- Deleted users keep their username and number; only active users must not collide.
CREATE UNIQUE INDEX users_username_active ON users (username COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX users_number_active ON users (number) WHERE deleted_at IS NULL AND number <> '';
CREATE INDEX users_deleted_at ON users (deleted_at);
CREATE INDEX users_last_name ON users (last_name COLLATE NOCASE);
CREATE INDEX users_internal_contacts ON users (internal_contacts_group_id) WHERE internal_contacts_group_id IS NOT NULL;
CREATE INDEX users_external_contacts ON users (external_contacts_group_id) WHERE external_contacts_group_id IS NOT NULL;

CREATE TABLE user_aliases (
  user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  alias    TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 64),
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (user_id, position)
);

CREATE TABLE group_members (
  group_id INTEGER NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
  user_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_user ON group_members (user_id);

-- One JSON document per section (e.g. 'defaults'), validated with its zod schema when read.
CREATE TABLE settings (
  section TEXT PRIMARY KEY,
  json    TEXT NOT NULL CHECK (json_valid(json))
);

CREATE TABLE extension_pool (
  id    INTEGER PRIMARY KEY,
  first INTEGER NOT NULL CHECK (first >= 0),
  last  INTEGER NOT NULL CHECK (last >= first)
);

-- Ciphertext only (AES-256-GCM); the key lives in the OS keychain, never in this file.
CREATE TABLE secrets (
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('user', 'defaults')),
  owner_id   INTEGER NOT NULL,
  name       TEXT NOT NULL CHECK (name IN ('password', 'pin')),
  iv         BLOB NOT NULL CHECK (length(iv) = 12),
  tag        BLOB NOT NULL CHECK (length(tag) = 16),
  ciphertext BLOB NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (owner_kind, owner_id, name)
);

-- A purged user takes its secrets along (the owner is polymorphic, so no foreign key can).
CREATE TRIGGER users_purge_secrets AFTER DELETE ON users
BEGIN
  DELETE FROM secrets WHERE owner_kind = 'user' AND owner_id = old.id;
END;

CREATE TRIGGER user_aliases_insert AFTER INSERT ON user_aliases
BEGIN
  UPDATE users SET alias_text = (SELECT coalesce(group_concat(alias, ' '), '') FROM (SELECT alias FROM user_aliases WHERE user_id = new.user_id ORDER BY position))
  WHERE id = new.user_id;
END;
CREATE TRIGGER user_aliases_delete AFTER DELETE ON user_aliases
BEGIN
  UPDATE users SET alias_text = (SELECT coalesce(group_concat(alias, ' '), '') FROM (SELECT alias FROM user_aliases WHERE user_id = old.user_id ORDER BY position))
  WHERE id = old.user_id;
END;

-- Trigram tokens give infix matches; remove_diacritics makes "muller" find "Müller".
CREATE VIRTUAL TABLE users_fts USING fts5 (
  username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text,
  content = 'users', content_rowid = 'id', tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER users_fts_insert AFTER INSERT ON users
BEGIN
  INSERT INTO users_fts (rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES (new.id, new.username, new.first_name, new.last_name, new.department, new.email, new.phone, new.mobile, new.pager, new.number, new.alias_text);
END;
CREATE TRIGGER users_fts_delete AFTER DELETE ON users
BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES ('delete', old.id, old.username, old.first_name, old.last_name, old.department, old.email, old.phone, old.mobile, old.pager, old.number, old.alias_text);
END;
-- Only the indexed columns: a bulk privilege change does not touch the index.
CREATE TRIGGER users_fts_update AFTER UPDATE OF username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text ON users
BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES ('delete', old.id, old.username, old.first_name, old.last_name, old.department, old.email, old.phone, old.mobile, old.pager, old.number, old.alias_text);
  INSERT INTO users_fts (rowid, username, first_name, last_name, department, email, phone, mobile, pager, number, alias_text)
  VALUES (new.id, new.username, new.first_name, new.last_name, new.department, new.email, new.phone, new.mobile, new.pager, new.number, new.alias_text);
END;
`;
