import type Database from 'better-sqlite3';
import type { SecretStatus, UnreadableSecret } from '@shared/domain';
import { RosterError } from '@shared/result';
import type { KeyStore } from './key-store';
import { newDataKey, open, seal } from './secret-cipher';
import type { SealedValue } from './secret-cipher';
import { loadSiteKey, makeKeyCheck, siteKeyAccount } from './site-key';

export type SecretOwnerKind = 'user' | 'defaults' | 'settings';
/**
 * 'password' / 'pin' for users and defaults; for settings a dotted path naming the setting whose first
 * part is the settings section (e.g. 'contactPhotos.bindPassword', 'presence.teams.clientSecret').
 */
export type SecretName = string;

/** The owner id of every settings secret (settings are site-wide). */
export const SETTINGS_OWNER_ID = 0;

/** The owner id of the site-wide defaults' secrets (there is one set of defaults). */
export const DEFAULTS_OWNER_ID = 0;

/** A secret deleted by a key reset because the old key could not decrypt it. */
export interface ClearedSecret {
  owner: SecretOwnerKind;
  ownerId: number;
  name: SecretName;
}

interface SecretRow extends SealedValue {
  owner_kind: SecretOwnerKind;
  owner_id: number;
  name: SecretName;
}

/**
 * The encrypted secrets of one open site. Values go in and, for copying within the main process, come
 * out; the renderer only ever gets a SecretStatus. Nothing here logs a value.
 */
export class SiteSecrets {
  private key: Buffer | null;

  constructor(
    private readonly db: Database.Database,
    private readonly siteId: string,
    private readonly keyStore: KeyStore,
  ) {
    const keyCheck = db.prepare('SELECT key_check FROM site').pluck().get() as Buffer;
    this.key = loadSiteKey(keyStore, siteId, keyCheck);
    if (!this.key && !this.hasAnySecret()) this.adoptNewKey();
  }

  /**
   * A site without secrets loses nothing with a new key, so a workstation that lacks the key (a copied
   * file, a keychain that does not outlive the process) gets one at once instead of a needless warning.
   */
  private adoptNewKey(): void {
    try {
      this.resetKey();
    } catch {
      // The keychain refused the write; the site stays without a key and the UI says so.
    }
  }

  private hasAnySecret(): boolean {
    return this.db.prepare('SELECT 1 FROM secrets LIMIT 1').pluck().get() !== undefined;
  }

  get keyAvailable(): boolean {
    return this.key !== null;
  }

  status(kind: SecretOwnerKind, ownerId: number, name: SecretName): SecretStatus {
    const exists = this.db
      .prepare('SELECT 1 FROM secrets WHERE owner_kind = ? AND owner_id = ? AND name = ?')
      .pluck()
      .get(kind, ownerId, name);
    return { set: exists !== undefined, unreadable: exists !== undefined && this.key === null };
  }

  /** Refused with SECRET_MISSING while this workstation lacks the site key. */
  set(kind: SecretOwnerKind, ownerId: number, name: SecretName, value: string): void {
    const key = this.requireKey();
    const sealed = seal(key, value, this.associatedData(kind, ownerId, name));
    this.db
      .prepare(
        `INSERT INTO secrets (owner_kind, owner_id, name, iv, tag, ciphertext, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (owner_kind, owner_id, name) DO UPDATE SET iv = excluded.iv, tag = excluded.tag,
           ciphertext = excluded.ciphertext, updated_at = excluded.updated_at`,
      )
      .run(kind, ownerId, name, sealed.iv, sealed.tag, sealed.ciphertext, new Date().toISOString());
  }

  clear(kind: SecretOwnerKind, ownerId: number, name: SecretName): void {
    this.db.prepare('DELETE FROM secrets WHERE owner_kind = ? AND owner_id = ? AND name = ?').run(kind, ownerId, name);
  }

  /** The plaintext, for use inside the main process only (e.g. a new user's initial password). */
  read(kind: SecretOwnerKind, ownerId: number, name: SecretName): string | null {
    if (!this.key) return null;
    const row = this.db
      .prepare('SELECT iv, tag, ciphertext FROM secrets WHERE owner_kind = ? AND owner_id = ? AND name = ?')
      .get(kind, ownerId, name) as SealedValue | undefined;
    return row ? open(this.key, row, this.associatedData(kind, ownerId, name)) : null;
  }

  /** The secrets this workstation cannot decrypt: all of them while the key is missing. */
  unreadable(): UnreadableSecret[] {
    if (this.key) return [];
    const rows = this.db
      .prepare(
        `SELECT s.owner_kind AS owner, coalesce(u.username, '') AS ownerLabel, s.name AS name
         FROM secrets s LEFT JOIN users u ON s.owner_kind = 'user' AND u.id = s.owner_id
         ORDER BY s.owner_kind, u.username COLLATE NOCASE, s.name`,
      )
      .all() as UnreadableSecret[];
    return rows;
  }

  /**
   * Starts over with a new key: secrets that cannot be decrypted are deleted, readable ones are sealed
   * again with the new key. The keychain is written first and put back if the file cannot be updated.
   * `recordCleared` runs inside the same transaction with the secrets that were deleted (for the audit log).
   */
  resetKey(recordCleared?: (cleared: ClearedSecret[]) => void): void {
    const oldKey = this.key;
    const newKey = newDataKey();
    const account = siteKeyAccount(this.siteId);
    const previous = this.previousKey(account);
    try {
      this.keyStore.set(account, newKey.toString('base64'));
    } catch {
      throw new RosterError('IO', 'error.keychain.write');
    }
    try {
      this.db.transaction(() => {
        const rows = this.db.prepare('SELECT owner_kind, owner_id, name, iv, tag, ciphertext FROM secrets').all() as SecretRow[];
        const remove = this.db.prepare('DELETE FROM secrets WHERE owner_kind = ? AND owner_id = ? AND name = ?');
        const update = this.db.prepare('UPDATE secrets SET iv = ?, tag = ?, ciphertext = ? WHERE owner_kind = ? AND owner_id = ? AND name = ?');
        const cleared: ClearedSecret[] = [];
        for (const row of rows) {
          const data = this.associatedData(row.owner_kind, row.owner_id, row.name);
          const plain = oldKey ? open(oldKey, row, data) : null;
          if (plain === null) {
            remove.run(row.owner_kind, row.owner_id, row.name);
            cleared.push({ owner: row.owner_kind, ownerId: row.owner_id, name: row.name });
            // As when a secret is cleared in the editor: a user's cleared secret has no "set" date any more.
            if (row.owner_kind === 'user') {
              const column = row.name === 'password' ? 'password' : 'pin';
              this.db.prepare(`UPDATE users SET ${column}_set_at = NULL, ${column}_expired = 0 WHERE id = ?`).run(row.owner_id);
            }
            continue;
          }
          const sealed = seal(newKey, plain, data);
          update.run(sealed.iv, sealed.tag, sealed.ciphertext, row.owner_kind, row.owner_id, row.name);
        }
        this.db.prepare('UPDATE site SET key_check = ?').run(makeKeyCheck(newKey, this.siteId));
        recordCleared?.(cleared);
      })();
    } catch (error) {
      try {
        if (previous === null) this.keyStore.delete(account);
        else this.keyStore.set(account, previous);
      } catch {
        // The keychain refused the rollback too; the site key check will report the key as wrong.
      }
      throw error;
    }
    this.key = newKey;
  }

  /** What the keychain held before a reset, to put back if the file cannot follow. */
  private previousKey(account: string): string | null {
    try {
      return this.keyStore.get(account);
    } catch {
      return null;
    }
  }

  private requireKey(): Buffer {
    if (!this.key) throw new RosterError('SECRET_MISSING', 'error.SECRET_MISSING');
    return this.key;
  }

  private associatedData(kind: SecretOwnerKind, ownerId: number, name: SecretName): string {
    return `${this.siteId}|${kind}|${ownerId}|${name}`;
  }
}
