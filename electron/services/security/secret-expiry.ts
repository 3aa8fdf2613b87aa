import type Database from 'better-sqlite3';
import type { SecretKind, SecuritySettings, UserStateFilter } from '@shared/rules/security-rules';
import { RosterError } from '@shared/result';
import { expiryCutoff } from '@shared/rules/secret-policy';
import { recordChange } from '../audit/audit-log';
import type { OpenSite } from '../site/open-site';
import { createSettingsRepository } from '../site/settings-repository';
import { readSecuritySettings, SECURITY_SECTION } from './security-settings';

function expiryDaysOf(settings: SecuritySettings, secret: SecretKind): number | null {
  return secret === 'password' ? settings.passwordExpiryDays : settings.pinExpiryDays;
}

/**
 * Stamps every active user's password (or PIN) as expired, in one transaction with its audit entry.
 * Refused while the matching expiry days are not set: an expiry without a period would never end.
 */
export function expireAllSecrets(site: OpenSite, secret: SecretKind): number {
  const settings = readSecuritySettings(site);
  if (expiryDaysOf(settings, secret) === null) {
    throw new RosterError('POLICY', secret === 'password' ? 'security.expireAll.needsDays' : 'security.expireAll.needsPinDays');
  }
  const column = secret === 'password' ? 'password_expired' : 'pin_expired';
  return site.db.transaction(() => {
    const count = site.db
      .prepare(
        `UPDATE users SET ${column} = 1, updated_at = ? WHERE deleted_at IS NULL
           AND EXISTS (SELECT 1 FROM secrets s WHERE s.owner_kind = 'user' AND s.owner_id = users.id AND s.name = ?)`,
      )
      .run(new Date().toISOString(), secret).changes;
    recordChange(site.db, {
      entity: 'settings',
      entityId: null,
      entityLabel: SECURITY_SECTION,
      action: secret === 'password' ? 'expireAllPasswords' : 'expireAllPins',
      changes: [{ field: secret === 'password' ? 'passwordExpired' : 'pinExpired', before: null, after: { users: count } }],
    });
    return count;
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
