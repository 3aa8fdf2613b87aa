import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SecretStatus, UnreadableSecret } from '@shared/domain';
import { RosterError } from '@shared/result';
import type { KeyStore } from './key-store';
import { newDataKey, open, seal } from './secret-cipher';
import type { SealedValue } from './secret-cipher';
import { loadSiteKey, makeKeyCheck, siteKeyAccount } from './site-key';
import { moveToIdentity, secretPlace } from './site-identity';
import type { ClearedSecret, SecretOwnerKind } from './site-identity';
import { errorFields, log } from '../log/log';

export type { ClearedSecret, SecretOwnerKind };
/**
 * 'password' / 'pin' for users and defaults; for settings a dotted path naming the setting whose first
 * part is the settings section (e.g. 'contactPhotos.bindPassword', 'presence.teams.clientSecret').
 */
export type SecretName = string;

/** The owner id of every settings secret (settings are site-wide). */
export const SETTINGS_OWNER_ID = 0;

/** The owner id of the site-wide defaults' secrets (there is one set of defaults). */
export const DEFAULTS_OWNER_ID = 0;

/**
 * The encrypted secrets of one open site. Values go in and, for copying within the main process, come
 * out; the renderer only ever gets a SecretStatus. Nothing here logs a value.
 */
export class SiteSecrets {
  private key: Buffer | null;

  constructor(
    private readonly db: Database.Database,
    private id: string,
    private readonly keyStore: KeyStore,
  ) {
    const keyCheck = db.prepare('SELECT key_check FROM site').pluck().get() as Buffer;
    this.key = loadSiteKey(keyStore, id, keyCheck);
    if (!this.key && !this.hasAnySecret() && !this.keychainHasEntry()) this.adoptNewKey();
  }

  /** The id the secrets are bound to; a key reset gives the site a new one. */
  get siteId(): string {
    return this.id;
  }

  /**
   * A site without secrets loses nothing with a new key, so a workstation that has never held a key for it
   * (a file brought from elsewhere, a keychain that does not outlive the process) gets one at once instead
   * of a needless warning. Never when the keychain holds a key under this id: that key may belong to another
   * file with the same id (a copy made outside Roster), and only the administrator may decide to start over.
   */
  private adoptNewKey(): void {
    const key = newDataKey();
    try {
      this.keyStore.set(siteKeyAccount(this.id), key.toString('base64'));
      this.db.prepare('UPDATE site SET key_check = ?').run(makeKeyCheck(key, this.id));
      this.key = key;
    } catch (error) {
      // The keychain (or the file) refused the write; the site stays without a key and the UI says so.
      log.warn('keychain.adoptKey.failed', { siteId: this.id, ...errorFields(error) });
    }
  }

  private keychainHasEntry(): boolean {
    try {
      return this.keyStore.get(siteKeyAccount(this.id)) !== null;
    } catch (error) {
      // A locked keychain: assume it holds something rather than risk writing over it.
      log.warn('keychain.read.failed', { siteId: this.id, ...errorFields(error) });
      return true;
    }
  }

  hasAnySecret(): boolean {
    return this.db.prepare('SELECT 1 FROM secrets LIMIT 1').pluck().get() !== undefined;
  }

  get keyAvailable(): boolean {
    return this.key !== null;
  }

  status(kind: SecretOwnerKind, ownerId: number, name: SecretName): SecretStatus {
    const exists = this.db.prepare('SELECT 1 FROM secrets WHERE owner_kind = ? AND owner_id = ? AND name = ?').pluck().get(kind, ownerId, name);
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
   * Starts over with a new key, at the administrator's request: secrets that cannot be decrypted are
   * deleted, readable ones are sealed again. The site also takes a new id, so the old key stays in the
   * keychain untouched for any other file that shares the old id. The new key is stored first and removed
   * again if the file cannot follow. `recordCleared` runs in the same transaction (for the audit log).
   */
  resetKey(recordCleared?: (cleared: ClearedSecret[]) => void): void {
    const next = { siteId: randomUUID(), key: newDataKey() };
    this.storeKey(next);
    try {
      this.db.transaction(() => {
        const cleared = moveToIdentity(this.db, { siteId: this.id, key: this.key }, next);
        recordCleared?.(cleared);
      })();
    } catch (error) {
      this.forgetKey(next.siteId);
      throw error;
    }
    this.id = next.siteId;
    this.key = next.key;
  }

  /**
   * Gives a copy of this site (another database, just written by a backup) its own id and key, with every
   * secret sealed again for them; returns the copy's id. Refused while this workstation lacks the key of a
   * site that holds secrets: they could not be carried over.
   */
  sealCopy(copy: Database.Database): string {
    if (!this.key && this.hasAnySecret()) throw new RosterError('SECRET_MISSING', 'error.site.copyKeyMissing');
    const next = { siteId: randomUUID(), key: newDataKey() };
    this.storeKey(next);
    try {
      copy.transaction(() => moveToIdentity(copy, { siteId: this.id, key: this.key }, next))();
    } catch (error) {
      this.forgetKey(next.siteId);
      throw error;
    }
    return next.siteId;
  }

  private storeKey({ siteId, key }: { siteId: string; key: Buffer }): void {
    try {
      this.keyStore.set(siteKeyAccount(siteId), key.toString('base64'));
    } catch (error) {
      throw new RosterError('IO', 'error.keychain.write').causedBy(error);
    }
  }

  /** Removes a key this process stored a moment ago for an identity that was not taken after all. */
  private forgetKey(siteId: string): void {
    try {
      this.keyStore.delete(siteKeyAccount(siteId));
    } catch {
      // Left behind, the key opens nothing: no file carries that id.
    }
  }

  private requireKey(): Buffer {
    if (!this.key) throw new RosterError('SECRET_MISSING', 'error.SECRET_MISSING');
    return this.key;
  }

  private associatedData(kind: SecretOwnerKind, ownerId: number, name: SecretName): string {
    return secretPlace(this.id, kind, ownerId, name);
  }
}
