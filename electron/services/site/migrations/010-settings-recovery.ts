/**
 * Settings documents that could not be read as stored, so that a section is never reset silently on upgrade.
 * A section is read field by field over its defaults; when a stored value no longer validates, or the whole
 * document is not JSON, the document as it was is kept here once, with when it was found and what was lost,
 * so support can recover what the administrator had set even after the section is saved again.
 * reset_fields: a JSON array of dotted paths, or NULL when the document was unreadable as a whole.
 */
export const version = 10;

export const sql = /* sql */ `
CREATE TABLE settings_recovery (
  id           INTEGER PRIMARY KEY,
  section      TEXT NOT NULL,
  document     TEXT NOT NULL,
  reset_fields TEXT CHECK (reset_fields IS NULL OR json_valid(reset_fields)),
  found_at     TEXT NOT NULL,
  UNIQUE (section, document)
);
`;
