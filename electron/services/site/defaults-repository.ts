import type Database from 'better-sqlite3';
import type { DefaultValueFields } from '@shared/domain';
import { defaultValueFieldsSchema } from '@shared/rules/defaults-rules';
import { FACTORY_DEFAULTS } from './factory-defaults';

const SECTION = 'defaults';

/** The site's default values (without their secrets, which live in the secret store). */
export interface DefaultsRepository {
  get(): DefaultValueFields;
  save(fields: DefaultValueFields): void;
}

export function createDefaultsRepository(db: Database.Database): DefaultsRepository {
  const read = db.prepare('SELECT json FROM settings WHERE section = ?').pluck();
  const write = db.prepare('INSERT INTO settings (section, json) VALUES (?, ?) ON CONFLICT (section) DO UPDATE SET json = excluded.json');
  return {
    get() {
      const json = read.get(SECTION) as string | undefined;
      if (json === undefined) return structuredClone(FACTORY_DEFAULTS);
      // Validated on read: a section written by a newer or damaged build falls back field-wise to nothing.
      const parsed = defaultValueFieldsSchema.safeParse(JSON.parse(json));
      return parsed.success ? parsed.data : structuredClone(FACTORY_DEFAULTS);
    },
    save(fields) {
      write.run(SECTION, JSON.stringify(defaultValueFieldsSchema.parse(fields)));
    },
  };
}
