import type Database from 'better-sqlite3';
import type { SettingsRepository } from './settings-repository';

const NUMBERING_SECTION = 'numbering';

/** Whether a number typed or read from a file must be free (the site's rule, see numberingSettingsSchema). */
export function numberBelongsToOneUser(site: { settings: SettingsRepository }): boolean {
  return site.settings.read(NUMBERING_SECTION).numberBelongsToOneUser;
}

export function saveNumbering(site: { settings: SettingsRepository }, numberBelongsToOneUser: boolean): void {
  site.settings.write(NUMBERING_SECTION, { numberBelongsToOneUser });
}

/** How many active users hold a number another active user holds too (read from the number index alone). */
export function countSharingUsers(db: Database.Database): number {
  return db
    .prepare(
      `SELECT coalesce(sum(holders), 0) FROM (
         SELECT count(*) AS holders FROM users WHERE deleted_at IS NULL AND number <> '' GROUP BY number HAVING count(*) > 1)`,
    )
    .pluck()
    .get() as number;
}
