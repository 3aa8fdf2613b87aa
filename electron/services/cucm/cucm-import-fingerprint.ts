import type Database from 'better-sqlite3';

/**
 * What a preview was computed against: every change Roster saves leaves an audit entry, and users' rows
 * carry their own counts and times. A preview whose site has another fingerprint is stale: applying it could
 * overwrite what someone changed since, so the import asks for a new preview instead.
 */
export function siteFingerprint(db: Database.Database): string {
  const row = db
    .prepare(
      `SELECT (SELECT coalesce(max(id), 0) FROM audit_log) AS audit, (SELECT count(*) FROM users) AS users,
        (SELECT coalesce(max(updated_at), '') FROM users) AS updated`,
    )
    .get() as { audit: number; users: number; updated: string };
  return `${row.audit}|${row.users}|${row.updated}`;
}
