import type Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations';

/**
 * Brings a site file up to the newest schema. An existing file with data is first backed up next to
 * itself (name.roster.before-vN.bak), then every pending migration runs inside one transaction, so a
 * failure leaves the file as it was.
 */
export async function migrateSite(
  db: Database.Database,
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<{ from: number; to: number; backupPath: string | null }> {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return { from, to: from, backupPath: null };
  const to = pending[pending.length - 1]!.version;

  let backupPath: string | null = null;
  if (from > 0) {
    backupPath = `${path}.before-v${to}.bak`;
    await db.backup(backupPath);
  }

  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      // user_version cannot be bound as a parameter; the value is our own integer, never user text.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    }
  })();
  return { from, to, backupPath };
}
