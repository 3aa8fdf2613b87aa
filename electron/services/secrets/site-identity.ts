import type Database from 'better-sqlite3';
import { makeKeyCheck } from './site-key';
import { open, seal } from './secret-cipher';
import type { SealedValue } from './secret-cipher';

export type SecretOwnerKind = 'user' | 'defaults' | 'settings';

/** A secret deleted when a site took a new identity, because the old key could not decrypt it. */
export interface ClearedSecret {
  owner: SecretOwnerKind;
  ownerId: number;
  name: string;
}

/** Who a site file is, as far as its secrets go: the id they are bound to and the key that opens them. */
export interface SiteIdentity {
  siteId: string;
  /** null when this workstation lacks the key: nothing can be carried over, everything is cleared. */
  key: Buffer | null;
}

interface SecretRow extends SealedValue {
  owner_kind: SecretOwnerKind;
  owner_id: number;
  name: string;
}

/** The associated data that binds a sealed secret to its site and its place in it. */
export function secretPlace(siteId: string, kind: SecretOwnerKind, ownerId: number, name: string): string {
  return `${siteId}|${kind}|${ownerId}|${name}`;
}

/**
 * Moves a site file to a new identity (a new id and a new key): every secret the old key can read is sealed
 * again for the new one, every other secret is deleted and returned. A key reset and a saved copy both do
 * this, so no two files ever share an id: a key stored for one can then never be replaced on behalf of the
 * other. Runs in the caller's transaction; the caller stores the new key in the keychain.
 */
export function moveToIdentity(db: Database.Database, from: SiteIdentity, to: { siteId: string; key: Buffer }): ClearedSecret[] {
  const rows = db.prepare('SELECT owner_kind, owner_id, name, iv, tag, ciphertext FROM secrets').all() as SecretRow[];
  const remove = db.prepare('DELETE FROM secrets WHERE owner_kind = ? AND owner_id = ? AND name = ?');
  const update = db.prepare('UPDATE secrets SET iv = ?, tag = ?, ciphertext = ? WHERE owner_kind = ? AND owner_id = ? AND name = ?');
  const cleared: ClearedSecret[] = [];
  for (const row of rows) {
    const plain = from.key ? open(from.key, row, secretPlace(from.siteId, row.owner_kind, row.owner_id, row.name)) : null;
    if (plain === null) {
      remove.run(row.owner_kind, row.owner_id, row.name);
      cleared.push({ owner: row.owner_kind, ownerId: row.owner_id, name: row.name });
      // As when a secret is cleared in the editor: a user's cleared secret has no "set" date any more.
      if (row.owner_kind === 'user') {
        const column = row.name === 'password' ? 'password' : 'pin';
        db.prepare(`UPDATE users SET ${column}_set_at = NULL, ${column}_expired = 0 WHERE id = ?`).run(row.owner_id);
      }
      continue;
    }
    const sealed = seal(to.key, plain, secretPlace(to.siteId, row.owner_kind, row.owner_id, row.name));
    update.run(sealed.iv, sealed.tag, sealed.ciphertext, row.owner_kind, row.owner_id, row.name);
  }
  db.prepare('UPDATE site SET id = ?, key_check = ?').run(to.siteId, makeKeyCheck(to.key, to.siteId));
  return cleared;
}
