import type Database from 'better-sqlite3';
import type { SecretKind, SecuritySettings, UserStateFilter } from '@shared/rules/security-rules';
import { RosterError } from '@shared/result';
import { expiryCutoff } from '@shared/rules/secret-policy';
import { recordBulkChange } from '../bulk/apply-bulk-change';
import { progressReporter } from '../bulk/bulk-progress';
import type { CancelCheck, ProgressListener } from '../bulk/bulk-progress';
import type { OpenSite } from '../site/open-site';
import { createSettingsRepository } from '../site/settings-repository';
import { readSecuritySettings, SECURITY_SECTION } from './security-settings';

function expiryDaysOf(settings: SecuritySettings, secret: SecretKind): number | null {
  return secret === 'password' ? settings.passwordExpiryDays : settings.pinExpiryDays;
}

/**
 * Stamps every active user's password (or PIN) as expired, in one transaction, as a recorded bulk change
 * (action 'expirePassword' / 'expirePin', marked "expire all"): each user whose secret it expires gets an
 * entry in their history under the change's id, and the change can be undone from Recent bulk changes like
 * any other. The log's summary entry names the security settings. Returns how many active users have the
 * secret (all of them are expired now, whether or not they already were).
 * Refused while the matching expiry days are not set: an expiry without a period would never end.
 */
export function expireAllSecrets(site: OpenSite, secret: SecretKind): number {
  refuseExpiryWithoutDays(site, secret);
  return expireAllHolders(site.db, secret);
}

/** Refused while the matching expiry days are not set (read on main, before any work starts). */
export function refuseExpiryWithoutDays(site: Pick<OpenSite, 'settings'>, secret: SecretKind): void {
  const settings = readSecuritySettings(site);
  if (expiryDaysOf(settings, secret) === null) {
    throw new RosterError('POLICY', secret === 'password' ? 'security.expireAll.needsDays' : 'security.expireAll.needsPinDays');
  }
}

const HOLDS_SECRET = "EXISTS (SELECT 1 FROM secrets s WHERE s.owner_kind = 'user' AND s.owner_id = users.id AND s.name = ?)";

/**
 * The work of expireAllSecrets once its settings were checked, on any connection to the site (main's, or a
 * worker's own): one transaction, recorded as a bulk change; `onProgress` hears how many users are done
 * (from 0, so the page can show the bar before the first chunk ends); a cancel between chunks rolls it all back.
 */
export function expireAllHolders(db: Database.Database, secret: SecretKind, cancelled?: CancelCheck, onProgress?: ProgressListener): number {
  return db.transaction(() => {
    const holders = db.prepare(`SELECT id FROM users WHERE deleted_at IS NULL AND ${HOLDS_SECRET}`).pluck().all(secret) as number[];
    if (holders.length === 0) return 0;
    progressReporter(holders.length, onProgress)(0);
    try {
      recordBulkChange(
        { db },
        holders,
        { action: secret === 'password' ? 'expirePassword' : 'expirePin' },
        { expireAll: true },
        onProgress,
        {
          entity: 'settings',
          entityLabel: SECURITY_SECTION,
          action: secret === 'password' ? 'expireAllPasswords' : 'expireAllPins',
          changes: (userCount) => [{ field: 'bulkUsers', before: null, after: userCount }],
        },
        cancelled,
      );
    } catch (error) {
      // The administrator hears what a cancel left: no password (or PIN) expired, not "a change" in general.
      if (error instanceof RosterError && error.code === 'CANCELLED')
        throw new RosterError('CANCELLED', secret === 'password' ? 'security.expireAllPasswords.cancelled' : 'security.expireAllPins.cancelled');
      throw error;
    }
    return holders.length;
  })();
}

/**
 * The users-list condition for one account state, as fixed SQL over the alias `u` with parameters. Expiry
 * follows the security settings: a secret set before now minus the expiry days counts as expired.
 */
export function userStateCondition(db: Database.Database, state: UserStateFilter, now = new Date()): { sql: string; params: unknown[] } {
  if (state === 'locked') return { sql: 'u.locked_until IS NOT NULL AND u.locked_until > ?', params: [now.toISOString()] };
  const settings = readSecuritySettings({ settings: createSettingsRepository(db) });
  const secret: SecretKind = state === 'passwordExpired' ? 'password' : 'pin';
  const prefix = secret === 'password' ? 'u.password' : 'u.pin';
  const cutoff = expiryCutoff(expiryDaysOf(settings, secret), now);
  if (cutoff === null) return { sql: `${prefix}_expired = 1`, params: [] };
  return { sql: `(${prefix}_expired = 1 OR (${prefix}_set_at IS NOT NULL AND ${prefix}_set_at <= ?))`, params: [cutoff] };
}
