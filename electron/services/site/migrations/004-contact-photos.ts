/**
 * The contact photo cache, filled from the LDAP directory by the photo sync. One photo per user, as fetched from the directory, with the entry it
 * came from and when; the photo goes with its user (ON DELETE CASCADE), so purging a user leaves no picture
 * behind. The CHECKs repeat the sync's own rules (only the four image types Roster shows, at most 100 KB),
 * so no other writer can put something into the cache that the renderer would then display.
 *
 * photo_sync_runs keeps the counts of each completed sync (the per-entry details stay in memory), so the panel
 * can say when the photos were last fetched and with which matching rule. A cancelled or failed sync writes
 * nothing at all.
 */
export const version = 4;

export const sql = /* sql */ `
CREATE TABLE photo_cache (
  user_id    INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  photo      BLOB NOT NULL CHECK (typeof(photo) = 'blob' AND length(photo) BETWEEN 1 AND 102400),
  mime_type  TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/gif', 'image/webp')),
  byte_size  INTEGER NOT NULL CHECK (byte_size = length(photo)),
  source_dn  TEXT NOT NULL CHECK (length(source_dn) BETWEEN 1 AND 4096),
  fetched_at TEXT NOT NULL
);
CREATE INDEX photo_cache_fetched_at ON photo_cache (fetched_at);

CREATE TABLE photo_sync_runs (
  id            INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT NOT NULL,
  match_by      TEXT NOT NULL CHECK (length(match_by) <= 200),
  entries       INTEGER NOT NULL DEFAULT 0,
  matched       INTEGER NOT NULL DEFAULT 0,
  stored        INTEGER NOT NULL DEFAULT 0,
  refreshed     INTEGER NOT NULL DEFAULT 0,
  kept          INTEGER NOT NULL DEFAULT 0,
  without_photo INTEGER NOT NULL DEFAULT 0,
  too_large     INTEGER NOT NULL DEFAULT 0,
  not_image     INTEGER NOT NULL DEFAULT 0,
  unmatched     INTEGER NOT NULL DEFAULT 0
);
`;
