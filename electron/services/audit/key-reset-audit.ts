import type Database from 'better-sqlite3';
import type { ClearedSecret } from '../secrets/site-secrets';
import { recordChange, secretChange } from './audit-log';

/**
 * The audit entry of a site key reset: which secrets were lost with the old key, named by owner and
 * secret name ("user anna: pin", "defaults: password", "settings: contactPhotos.bindPassword").
 */
export function recordKeyReset(db: Database.Database, siteName: string, cleared: readonly ClearedSecret[]): void {
  const username = db.prepare('SELECT username FROM users WHERE id = ?').pluck();
  const field = (secret: ClearedSecret) => {
    if (secret.owner !== 'user') return `${secret.owner}: ${secret.name}`;
    const label = (username.get(secret.ownerId) as string | undefined) ?? `#${secret.ownerId}`;
    return `user ${label}: ${secret.name}`;
  };
  recordChange(db, {
    entity: 'site',
    entityId: null,
    entityLabel: siteName,
    action: 'resetKey',
    changes: cleared.map((secret) => secretChange(field(secret), 'clear')),
  });
}
