import type Database from 'better-sqlite3';
import type { UserFields } from '@shared/domain';
import type { UserDraft } from '@shared/rules/user-rules';
import { failedRule, storeComplianceFact } from '../security/compliance';
import { DEFAULTS_OWNER_ID } from '../secrets/site-secrets';
import type { SiteSecrets } from '../secrets/site-secrets';
import { createUsersRepository } from '../site/users-repository';
import type { StoredUser } from '../site/user-record';
import type { ImportLedger } from './import-ledger';

/**
 * Writes accepted rows through the same repository as the editor's save, inside the import's one
 * transaction, telling the ledger about each user before changing it. Secrets are sealed with the site
 * key as the editor's save seals them; without the key (secrets is null) a new user is written without the
 * defaults' initial password and PIN, as the editor does (the run refuses included credentials then).
 */
export class ImportWriter {
  private readonly users;
  private readonly initial: { password: string | null; pin: string | null };

  constructor(
    private readonly db: Database.Database,
    private readonly ledger: ImportLedger,
    private readonly secrets: SiteSecrets | null,
    private readonly now: string,
  ) {
    this.users = createUsersRepository(db);
    this.initial = {
      password: secrets?.read('defaults', DEFAULTS_OWNER_ID, 'password') ?? null,
      pin: secrets?.read('defaults', DEFAULTS_OWNER_ID, 'pin') ?? null,
    };
  }

  create(draft: UserDraft): number {
    const fields = userFields(draft);
    const id = this.users.insert(fields, 'csv', this.now);
    this.ledger.created(id);
    // A new user has no aliases or memberships to replace: only add.
    if (fields.aliases.length > 0) this.users.replaceAliases(id, fields.aliases);
    if (fields.groupIds.length > 0) this.users.replaceGroups(id, fields.groupIds);
    this.writeSecret(id, draft, 'password', this.initial.password);
    this.writeSecret(id, draft, 'pin', this.initial.pin);
    return id;
  }

  update(existing: StoredUser, draft: UserDraft): void {
    const id = existing.id;
    this.ledger.updating(id);
    const fields = userFields(draft);
    this.users.update(id, fields, this.now);
    if (!sameList(fields.aliases, existing.aliases)) this.users.replaceAliases(id, fields.aliases);
    if (!sameList(fields.groupIds, existing.groupIds)) this.users.replaceGroups(id, fields.groupIds);
    this.writeSecret(id, draft, 'password', null);
    this.writeSecret(id, draft, 'pin', null);
    // A kept password checked against the old username says nothing about the new one (as on save).
    const renamed = existing.username.toLowerCase() !== draft.username.toLowerCase();
    if (renamed && draft.password.action !== 'set') storeComplianceFact(this.db, id, 'password', null);
  }

  /** The row's secret, else (for a new user) the defaults' initial one; with its compliance fact. */
  private writeSecret(id: number, draft: UserDraft, name: 'password' | 'pin', initial: string | null): void {
    const change = draft[name];
    const value = change.action === 'set' ? change.value : initial;
    if (value === null || !this.secrets) return;
    this.secrets.set('user', id, name, value);
    this.users.stampSecret(id, name, this.now);
    // A new user's initial secret is "not known" until checked, as when the editor saves a new user.
    if (change.action === 'set') storeComplianceFact(this.db, id, name, { rule: failedRule(name, value, draft.username) });
  }
}

function userFields(draft: UserDraft): UserFields {
  const { id: _id, password: _password, pin: _pin, ...fields } = draft;
  return fields;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
