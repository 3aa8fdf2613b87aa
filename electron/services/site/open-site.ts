import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { withSiteExtension } from '@shared/domain';
import type { SecretStatus, SiteInfo, User } from '@shared/domain';
import { RosterError } from '@shared/result';
import type { WritableTarget } from '../file-access/file-access';
import type { KeyStore } from '../secrets/key-store';
import { DEFAULTS_OWNER_ID, SiteSecrets } from '../secrets/site-secrets';
import { createSiteKey } from '../secrets/site-key';
import { createDefaultsRepository } from './defaults-repository';
import type { DefaultsRepository } from './defaults-repository';
import { createExtensionPoolRepository } from './extension-pool-repository';
import type { ExtensionPoolRepository } from './extension-pool-repository';
import { createGroupsRepository } from './groups-repository';
import type { GroupsRepository } from './groups-repository';
import { createSettingsRepository } from './settings-repository';
import type { SettingsRepository } from './settings-repository';
import { registerNaturalOrder } from './natural-order';
import { createSiteDatabase, openSiteDatabase } from './site-database';
import type { SiteDatabase } from './site-database';
import type { FileCheck } from './site-file-check';
import { MIGRATIONS } from './migrations';
import { insertSiteRecord, readSiteRecord } from './site-record';
import { createUsersRepository } from './users-repository';
import type { UsersRepository } from './users-repository';

function removeSiteFiles(fullPath: string, { keepMain = false } = {}): void {
  for (const file of [...(keepMain ? [] : [fullPath]), `${fullPath}-wal`, `${fullPath}-shm`]) rmSync(file, { force: true });
}

/** One site file opened by this process, with its repositories and its secrets. */
export class OpenSite {
  readonly users: UsersRepository;
  readonly groups: GroupsRepository;
  readonly defaults: DefaultsRepository;
  readonly pool: ExtensionPoolRepository;
  readonly settings: SettingsRepository;
  readonly secrets: SiteSecrets;

  private constructor(
    readonly path: string,
    readonly db: SiteDatabase,
    id: string,
    readonly name: string,
    keyStore: KeyStore,
  ) {
    this.users = createUsersRepository(db);
    this.groups = createGroupsRepository(db);
    this.defaults = createDefaultsRepository(db);
    this.pool = createExtensionPoolRepository(db);
    this.settings = createSettingsRepository(db);
    this.secrets = new SiteSecrets(db, id, keyStore);
    // A section an earlier version stored, or one damaged outside Roster, is reported as the site opens,
    // not when its screen happens to be visited.
    this.settings.checkAll();
  }

  /** The site's identity: what its key and secrets are bound to (a key reset gives it a new one). */
  get id(): string {
    return this.secrets.siteId;
  }

  static async open(path: string, keyStore: KeyStore, check: FileCheck = { pageCheck: true }): Promise<OpenSite> {
    const fullPath = resolve(path);
    const db = await openSiteDatabase(fullPath, MIGRATIONS, check);
    try {
      const record = readSiteRecord(db);
      return new OpenSite(fullPath, db, record.id, record.name, keyStore);
    } catch (error) {
      db.close();
      throw new RosterError('IO', 'error.site.damaged', { path: fullPath }).causedBy(error);
    }
  }

  /** A new site file with a new id and a new key in the keychain. */
  static async create(path: string, name: string, keyStore: KeyStore): Promise<OpenSite> {
    const fullPath = resolve(withSiteExtension(path));
    const db = await createSiteDatabase(fullPath);
    const id = randomUUID();
    try {
      const { keyCheck } = createSiteKey(keyStore, id);
      insertSiteRecord(db, { id, name, createdAt: new Date().toISOString(), keyCheck });
    } catch (error) {
      db.close();
      removeSiteFiles(fullPath);
      throw error instanceof RosterError ? error : new RosterError('IO', 'error.keychain.write').causedBy(error);
    }
    return new OpenSite(fullPath, db, id, name, keyStore);
  }

  /** Closes and deletes a site that was just created and could not be filled: no half-made site is left. */
  discard(): void {
    this.close();
    removeSiteFiles(this.path);
  }

  info(): SiteInfo {
    return {
      path: this.path,
      name: this.name,
      id: this.id,
      userCount: this.users.activeCount(),
      keyAvailable: this.secrets.keyAvailable,
      unreadableSecrets: this.secrets.unreadable(),
      settingsProblems: this.settings.problems(),
    };
  }

  /** A user as the renderer may see it: secrets as status only. */
  user(id: number): User {
    const stored = this.users.get(id);
    if (!stored) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');
    return {
      ...stored,
      password: this.secrets.status('user', id, 'password'),
      pin: this.secrets.status('user', id, 'pin'),
    };
  }

  defaultSecretStatus(name: 'password' | 'pin'): SecretStatus {
    return this.secrets.status('defaults', DEFAULTS_OWNER_ID, name);
  }

  /**
   * A consistent copy of the open file with its own identity and key, its secrets sealed again for them: no
   * action on the copy (a key reset, another workstation) can ever make this file's secrets unreadable. The
   * copy is made beside the target and put in place only when complete.
   */
  async saveCopy(target: WritableTarget): Promise<string> {
    const fullTarget = resolve(withSiteExtension(target.path));
    if (fullTarget === this.path) throw new RosterError('CONFLICT', 'error.site.copyOntoOpen', { path: fullTarget });
    if (!this.secrets.keyAvailable && this.secrets.hasAnySecret()) throw new RosterError('SECRET_MISSING', 'error.site.copyKeyMissing');
    if (!target.replace && existsSync(fullTarget)) throw new RosterError('CONFLICT', 'file.exists', { file: basename(fullTarget) });
    const staging = `${fullTarget}.${randomBytes(4).toString('hex')}.part`;
    try {
      await this.db.backup(staging);
      const copy = new Database(staging);
      // The copy's users index uses the natural order function (migration 012), like every connection that writes.
      registerNaturalOrder(copy);
      try {
        this.secrets.sealCopy(copy);
      } finally {
        copy.close();
      }
      // A journal left by the file being replaced would be replayed into the copy: it goes first.
      removeSiteFiles(fullTarget, { keepMain: true });
      renameSync(staging, fullTarget);
    } catch (error) {
      removeSiteFiles(staging);
      if (error instanceof RosterError) throw error;
      throw new RosterError('IO', 'error.site.copyFailed', { path: fullTarget }).causedBy(error);
    }
    return fullTarget;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
