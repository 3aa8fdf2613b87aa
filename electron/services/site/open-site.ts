import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { withSiteExtension } from '@shared/domain';
import type { SecretStatus, SiteInfo, User } from '@shared/domain';
import { RosterError } from '@shared/result';
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
import { createSiteDatabase, openSiteDatabase } from './site-database';
import type { SiteDatabase } from './site-database';
import { insertSiteRecord, readSiteRecord } from './site-record';
import { createUsersRepository } from './users-repository';
import type { UsersRepository } from './users-repository';

function removeSiteFiles(fullPath: string): void {
  for (const file of [fullPath, `${fullPath}-wal`, `${fullPath}-shm`]) rmSync(file, { force: true });
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
    readonly id: string,
    readonly name: string,
    keyStore: KeyStore,
  ) {
    this.users = createUsersRepository(db);
    this.groups = createGroupsRepository(db);
    this.defaults = createDefaultsRepository(db);
    this.pool = createExtensionPoolRepository(db);
    this.settings = createSettingsRepository(db);
    this.secrets = new SiteSecrets(db, id, keyStore);
  }

  static async open(path: string, keyStore: KeyStore): Promise<OpenSite> {
    const fullPath = resolve(path);
    const db = await openSiteDatabase(fullPath);
    try {
      const record = readSiteRecord(db);
      return new OpenSite(fullPath, db, record.id, record.name, keyStore);
    } catch {
      db.close();
      throw new RosterError('IO', 'error.site.damaged', { path: fullPath });
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
      throw error instanceof RosterError ? error : new RosterError('IO', 'error.keychain.write');
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

  /** A consistent copy of the open file (the site id and so its key stay the same). */
  async saveCopy(target: string): Promise<string> {
    const fullTarget = resolve(withSiteExtension(target));
    if (fullTarget === this.path) throw new RosterError('CONFLICT', 'error.site.copyOntoOpen', { path: fullTarget });
    try {
      await this.db.backup(fullTarget);
    } catch {
      throw new RosterError('IO', 'error.site.copyFailed', { path: fullTarget });
    }
    return fullTarget;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
