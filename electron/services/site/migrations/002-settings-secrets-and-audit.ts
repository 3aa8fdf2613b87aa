/**
 * Settings get secrets of their own (LDAP bind passwords, client secrets, integration users' passwords),
 * and every change gets an audit entry. SQLite cannot widen a CHECK constraint in place, so the secrets
 * table is rebuilt with its rows.
 */
export const version = 2;

export const sql = /* sql */ `
DROP TRIGGER users_purge_secrets;
CREATE TABLE secrets_new (
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('user', 'defaults', 'settings')),
  owner_id   INTEGER NOT NULL,
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  iv         BLOB NOT NULL CHECK (length(iv) = 12),
  tag        BLOB NOT NULL CHECK (length(tag) = 16),
  ciphertext BLOB NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (owner_kind, owner_id, name)
);
INSERT INTO secrets_new SELECT owner_kind, owner_id, name, iv, tag, ciphertext, updated_at FROM secrets;
DROP TABLE secrets;
ALTER TABLE secrets_new RENAME TO secrets;
CREATE TRIGGER users_purge_secrets AFTER DELETE ON users
BEGIN
  DELETE FROM secrets WHERE owner_kind = 'user' AND owner_id = old.id;
END;

-- One row per change made through the contract, written in the change's own transaction.
CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL,
  entity       TEXT NOT NULL CHECK (entity IN ('user', 'group', 'defaults', 'pool', 'settings', 'site')),
  entity_id    INTEGER,
  entity_label TEXT NOT NULL DEFAULT '',
  action       TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
  changes      TEXT NOT NULL CHECK (json_valid(changes)),
  import_id    INTEGER
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
`;
