import type Database from 'better-sqlite3';
import type { ImportField, importOptionsSchema } from '@shared/channels/import';
import type { z } from 'zod';
import { readSecuritySettings } from '../security/security-settings';
import { createDefaultsRepository } from '../site/defaults-repository';
import { createExtensionPoolRepository } from '../site/extension-pool-repository';
import { createSettingsRepository } from '../site/settings-repository';
import { createUsersRepository } from '../site/users-repository';
import { newUserDraft } from '../site/new-user-draft';
import type { CsvRecord } from './csv-parser';
import type { SiteSecrets } from '../secrets/site-secrets';
import { ExistingUsers } from './duplicate-keys';
import { ImportGroups } from './import-groups';
import type { PlanContext } from './row-plan';
import { columnsOfFields } from './row-validation';
import { SiteClaims, usernamesOutsideAscii } from './site-claims';
import { numberBelongsToOneUser } from '../site/numbering';

export type ImportRunOptions = z.output<typeof importOptionsSchema>;

/**
 * What the rows are judged against, read from the site once at the start of the pass (inside its
 * transaction, so the site cannot change under it): defaults, groups, the security policy, the active
 * users' usernames, numbers and duplicate keys.
 */
export function planContext(
  db: Database.Database,
  options: ImportRunOptions,
  header: CsvRecord | null,
  firstData: CsvRecord | null,
  secrets: SiteSecrets | null,
): PlanContext {
  const width = header?.cells.length ?? firstData?.cells.length ?? 0;
  // A mapping longer than the file is cut to it; a shorter one leaves the other columns ignored.
  const mapping = Array.from({ length: width }, (_, index) => options.mapping[index] ?? null);
  const defaults = createDefaultsRepository(db);
  const users = createUsersRepository(db);
  const groups = ImportGroups.load(db, options.createGroups);
  const settings = createSettingsRepository(db);
  const security = readSecuritySettings({ settings });
  const includeCredentials = options.includeCredentials;
  const outsideAscii = usernamesOutsideAscii(db);
  const credentials = new Set<string>(
    includeCredentials ? ['password', 'pin'] : options.duplicates.match.filter((f) => f === 'password' || f === 'pin'),
  );
  return {
    reading: { mapping, groups, credentials },
    includeCredentials,
    groups,
    preset: options.reading.preset,
    headers: header ? header.cells.map((cell) => cell.trim()) : null,
    width,
    match: options.duplicates.match,
    action: options.duplicates.action,
    columns: columnsOfFields(mapping),
    mapped: new Set(
      mapping.filter((field): field is ImportField => field !== null && (includeCredentials || (field !== 'password' && field !== 'pin'))),
    ),
    defaults: defaults.get(),
    // Imported users take numbers from the file only: the pool is for users created by hand.
    base: { ...newUserDraft({ defaults, pool: createExtensionPoolRepository(db) }), number: '' },
    rules: { securePasswords: security.securePasswords, securePins: security.securePins },
    existing: ExistingUsers.load(db, options.duplicates.match, secrets, outsideAscii),
    claims: SiteClaims.load(db, outsideAscii),
    numberBelongsToOneUser: numberBelongsToOneUser({ settings }),
    loadUser: (id) => users.get(id),
  };
}
