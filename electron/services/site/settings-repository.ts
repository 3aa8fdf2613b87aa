import type Database from 'better-sqlite3';
import type { z } from 'zod';

/**
 * Settings sections (security, end user, contact photos, ...) stored as one validated JSON document each.
 * A section never written, or one that no longer parses (written by a newer Roster), reads as its defaults.
 */
export interface SettingsRepository {
  read<S extends z.ZodType>(section: string, schema: S, defaults: z.output<S>): z.output<S>;
  write(section: string, value: unknown): void;
}

export function createSettingsRepository(db: Database.Database): SettingsRepository {
  const select = db.prepare('SELECT json FROM settings WHERE section = ?').pluck();
  const upsert = db.prepare('INSERT INTO settings (section, json) VALUES (?, ?) ON CONFLICT (section) DO UPDATE SET json = excluded.json');
  return {
    read(section, schema, defaults) {
      const json = select.get(section) as string | undefined;
      if (json === undefined) return defaults;
      const parsed = schema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : defaults;
    },
    write(section, value) {
      upsert.run(section, JSON.stringify(value));
    },
  };
}
