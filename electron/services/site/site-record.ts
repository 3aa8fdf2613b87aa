import type Database from 'better-sqlite3';

export interface SiteRecord {
  id: string;
  name: string;
  createdAt: string;
  keyCheck: Buffer;
}

export function readSiteRecord(db: Database.Database): SiteRecord {
  const row = db.prepare('SELECT id, name, created_at AS createdAt, key_check AS keyCheck FROM site').get() as SiteRecord | undefined;
  // A file that passed the checks but has no site row was never finished by Roster: treat it as damaged.
  if (!row) throw new Error('site row missing');
  return row;
}

export function insertSiteRecord(db: Database.Database, record: SiteRecord): void {
  db.prepare('INSERT INTO site (singleton, id, name, created_at, key_check) VALUES (1, ?, ?, ?, ?)').run(
    record.id,
    record.name,
    record.createdAt,
    record.keyCheck,
  );
}
