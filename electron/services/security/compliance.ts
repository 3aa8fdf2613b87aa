import type Database from 'better-sqlite3';
import type { NonCompliance } from '@shared/channels/security';
import type { SecretKind, SecuritySettings } from '@shared/rules/security-rules';
import { passwordPolicyFailure, pinPolicyFailure } from '@shared/rules/secret-policy';
import type { OpenSite } from '../site/open-site';

/**
 * Per-user "complies" facts of the security policy: computed from the plaintext when a secret is set (the
 * only time it is at hand anyway), so that a rule turned on later is checked against the facts, not by
 * decrypting every secret. A fact is computed against the rule whether the rule is on or not.
 */

const COLUMNS: Record<SecretKind, { complies: string; rule: string }> = {
  password: { complies: 'password_complies', rule: 'password_failed_rule' },
  pin: { complies: 'pin_complies', rule: 'pin_failed_rule' },
};

/** The rule `value` breaks for this secret kind, or null when it complies. */
export function failedRule(secret: SecretKind, value: string, username: string): string | null {
  return secret === 'password' ? passwordPolicyFailure(value, username) : pinPolicyFailure(value);
}

/** Stores the fact for a secret just set (value), or forgets it (null: cleared, or not known). */
export function storeComplianceFact(db: Database.Database, userId: number, secret: SecretKind, fact: { rule: string | null } | null): void {
  const { complies, rule } = COLUMNS[secret];
  db.prepare(`UPDATE users SET ${complies} = ?, ${rule} = ? WHERE id = ?`).run(
    fact === null ? null : fact.rule === null ? 1 : 0,
    fact?.rule ?? null,
    userId,
  );
}

interface UnknownRow {
  id: number;
  username: string;
}

/**
 * Computes the facts still unknown (secrets stored before Roster kept them, or whose username changed since)
 * by decrypting just those secrets, once. Without the site key they stay unknown.
 */
function completeUnknownFacts(site: OpenSite, secret: SecretKind): void {
  if (!site.secrets.keyAvailable) return;
  const { complies } = COLUMNS[secret];
  const unknown = site.db
    .prepare(
      `SELECT u.id, u.username FROM users u
       WHERE u.deleted_at IS NULL AND u.${complies} IS NULL
         AND EXISTS (SELECT 1 FROM secrets s WHERE s.owner_kind = 'user' AND s.owner_id = u.id AND s.name = ?)`,
    )
    .all(secret) as UnknownRow[];
  if (unknown.length === 0) return;
  site.db.transaction(() => {
    for (const user of unknown) {
      const value = site.secrets.read('user', user.id, secret);
      if (value !== null) storeComplianceFact(site.db, user.id, secret, { rule: failedRule(secret, value, user.username) });
    }
  })();
}

/**
 * The stored secrets of active users that break a rule in force, by username: from the facts, with a
 * secret whose fact could not be computed (no site key here) listed with an unknown rule.
 */
export function nonCompliantSecrets(site: OpenSite, settings: Pick<SecuritySettings, 'securePasswords' | 'securePins'>): NonCompliance[] {
  const found: NonCompliance[] = [];
  const kinds: SecretKind[] = [];
  if (settings.securePasswords) kinds.push('password');
  if (settings.securePins) kinds.push('pin');
  for (const secret of kinds) {
    completeUnknownFacts(site, secret);
    const { complies, rule } = COLUMNS[secret];
    const rows = site.db
      .prepare(
        `SELECT u.id AS userId, u.username, u.${rule} AS rule FROM users u
         WHERE u.deleted_at IS NULL AND (u.${complies} = 0 OR u.${complies} IS NULL)
           AND EXISTS (SELECT 1 FROM secrets s WHERE s.owner_kind = 'user' AND s.owner_id = u.id AND s.name = ?)`,
      )
      .all(secret) as Omit<NonCompliance, 'secret'>[];
    found.push(...rows.map((row) => ({ ...row, secret })));
  }
  return found.sort((a, b) => a.username.localeCompare(b.username, undefined, { sensitivity: 'base' }) || a.secret.localeCompare(b.secret));
}
