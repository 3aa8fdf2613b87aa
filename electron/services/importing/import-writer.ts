import type Database from 'better-sqlite3';
import type { UserDraft } from '@shared/rules/user-rules';
import { changedFields, secretChange, userEntryWriter } from '../audit/audit-log';
import type { AuditChange, UserEntryWriter } from '../audit/audit-log';
import { cachedGroupNames, createdChanges, userAuditView } from '../audit/user-audit';
import type { GroupNames } from '../audit/user-audit';
import { failedRule, storeComplianceFact } from '../security/compliance';
import { DEFAULTS_OWNER_ID } from '../secrets/site-secrets';
import type { SiteSecrets } from '../secrets/site-secrets';
import { createDefaultsRepository } from '../site/defaults-repository';
import { createGroupsRepository } from '../site/groups-repository';
import { newUserDraft } from '../site/new-user-draft';
import { createUsersRepository } from '../site/users-repository';
import type { StoredUser } from '../site/user-record';
import type { ImportLedger } from './import-ledger';
import type { UserWriteBatch } from './user-write-batch';
import { pickUserFields } from '@shared/user-record/user-fields';

/**
 * Writes accepted rows through the same repository as the editor's save, inside the import's one
 * transaction, telling the ledger (and the batch of index writes) about each user before changing it. Secrets are sealed with the site
 * key as the editor's save seals them; without the key (secrets is null) a new user is written without the
 * defaults' initial password and PIN, as the editor does (the run refuses included credentials then).
 */
export class ImportWriter {
  private readonly users;
  private readonly initial: { password: string | null; pin: string | null };
  /** Each user's own audit entry under the import's id, so the user's history shows the import. */
  private readonly audit: UserEntryWriter;
  private readonly groups: GroupNames;
  /** A new user with the default values: a created user's entry lists what the import gave beyond them. */
  private readonly baseline: Record<string, unknown>;

  constructor(
    private readonly db: Database.Database,
    private readonly ledger: ImportLedger,
    private readonly secrets: SiteSecrets | null,
    private readonly now: string,
    private readonly batch: UserWriteBatch,
  ) {
    this.users = createUsersRepository(db);
    this.initial = {
      password: secrets?.read('defaults', DEFAULTS_OWNER_ID, 'password') ?? null,
      pin: secrets?.read('defaults', DEFAULTS_OWNER_ID, 'pin') ?? null,
    };
    this.audit = userEntryWriter(db, { importId: ledger.id }, now);
    this.groups = cachedGroupNames(createGroupsRepository(db));
    // No pool number: the baseline's number is empty, so a number the import gives is listed.
    const noPool = { nextFree: () => null } as unknown as Parameters<typeof newUserDraft>[0]['pool'];
    this.baseline = userAuditView(this.groups, pickUserFields(newUserDraft({ defaults: createDefaultsRepository(db), pool: noPool })));
  }

  create(draft: UserDraft): number {
    const fields = pickUserFields(draft);
    const id = this.users.insert(fields, 'csv', this.now);
    this.ledger.created(id);
    this.batch.created(id);
    const secrets = [this.writeSecret(id, draft, 'password', this.initial.password), this.writeSecret(id, draft, 'pin', this.initial.pin)];
    this.audit(id, fields.username, 'create', [...createdChanges(userAuditView(this.groups, fields), this.baseline), ...secrets.filter(isChange)]);
    return id;
  }

  update(existing: StoredUser, draft: UserDraft): void {
    const id = existing.id;
    this.ledger.updating(id);
    this.batch.changing(id);
    const fields = pickUserFields(draft);
    // The lists (aliases, phones, memberships) are rewritten only where the row changed them.
    this.users.update(id, fields, this.now, existing);
    const secrets = [this.writeSecret(id, draft, 'password', null), this.writeSecret(id, draft, 'pin', null)];
    const changes = [...changedFields(userAuditView(this.groups, existing), userAuditView(this.groups, fields)), ...secrets.filter(isChange)];
    // A row that matched a user without changing anything leaves no line in the user's history.
    if (changes.length > 0) this.audit(id, fields.username, 'update', changes);
    // A kept password checked against the old username says nothing about the new one (as on save).
    const renamed = existing.username.toLowerCase() !== draft.username.toLowerCase();
    if (renamed && draft.password.action !== 'set') storeComplianceFact(this.db, id, 'password', null);
  }

  /** The row's secret, else (for a new user) the defaults' initial one; with its compliance fact. Returns the audit's change. */
  private writeSecret(id: number, draft: UserDraft, name: 'password' | 'pin', initial: string | null): AuditChange | null {
    const change = draft[name];
    const value = change.action === 'set' ? change.value : initial;
    if (value === null || !this.secrets) return null;
    this.secrets.set('user', id, name, value);
    this.users.stampSecret(id, name, this.now);
    // A new user's initial secret is "not known" until checked, as when the editor saves a new user.
    if (change.action === 'set') storeComplianceFact(this.db, id, name, { rule: failedRule(name, value, draft.username) });
    return secretChange(name, 'set');
  }
}

const isChange = (change: AuditChange | null): change is AuditChange => change !== null;
