import type { CucmImportResult } from '@shared/cucm/cucm-import-preview';
import type { ImportProblem } from '@shared/channels/import';
import type { UserFields } from '@shared/domain';
import { RosterError } from '@shared/result';
import { pickUserFields } from '@shared/user-record/user-fields';
import { phonesOfDevices } from './cucm-import-mapping';
import { recordChange } from '../audit/audit-log';
import type { AuditEntry } from '../audit/audit-log';
import { readStoredEndUser } from '../end-user/end-user-store';
import { UserWriteBatch } from '../importing/user-write-batch';
import { beginImport } from '../importing/import-ledger';
import { DEFAULTS_OWNER_ID } from '../secrets/site-secrets';
import type { SiteSecrets } from '../secrets/site-secrets';
import { newUserDraft } from '../site/new-user-draft';
import type { OpenSite } from '../site/open-site';
import type { CucmEndUser } from './cucm-end-user';
import { siteFingerprint } from './cucm-import-fingerprint';
import { withoutSharedNumber } from './cucm-import-plan';
import type { PlannedAdd } from './cucm-import-plan';
import type { CucmPreview } from './cucm-import-preview';
import { unpackPlan } from './packed-plan';
import { writeCucmImportSettings } from './cucm-import-settings-store';

/** How many users one soft-delete statement handles (one JSON parameter each). */
const DELETE_CHUNK = 5000;

/** The end user's values as the import's record of a refused user keeps them (no header: the order is fixed). */
function cellsOf(user: CucmEndUser): string[] {
  return [
    user.userid,
    user.firstName,
    user.lastName,
    user.mailid,
    user.department,
    user.telephoneNumber,
    user.primaryExtension,
    user.mobileNumber,
    user.pagerNumber,
    user.userLocale,
  ];
}

/**
 * What the apply needs of a site: the open site in main, or the import worker's own connection to the same
 * file (secrets null when this workstation lacks the site key: new users then get no initial secrets).
 */
export interface ApplySite extends Pick<OpenSite, 'db' | 'users' | 'defaults' | 'pool' | 'settings'> {
  secrets: SiteSecrets | null;
}

/** A new user: the default values, no pool number (CUCM gives the number, or there is none), the mapped fields. */
function newUserBase(site: ApplySite): UserFields {
  const fields = pickUserFields(newUserDraft(site));
  const authentication = readStoredEndUser(site).useCucmAuthentication ? 'cucm' : fields.authentication;
  return { ...fields, authentication, number: '' };
}

/** What the log records of a created user: the fields the import filled. */
function createdChanges(add: PlannedAdd, authentication: string): AuditEntry['changes'] {
  const changes: AuditEntry['changes'] = [
    { field: 'username', before: null, after: add.username },
    { field: 'authentication', before: null, after: authentication },
  ];
  for (const [field, value] of Object.entries(add.values)) if (value !== '') changes.push({ field, before: null, after: value });
  return changes;
}

/** A preview made for another site file (the site was closed or replaced since) cannot be applied to this one. */
export function refuseForeignPreview(site: Pick<OpenSite, 'id' | 'path'>, preview: CucmPreview): void {
  if (site.id !== preview.siteId || site.path !== preview.sitePath) throw new RosterError('CONFLICT', 'cucmImport.stale');
}

/**
 * Applies a preview as ONE import of the ledger, in one transaction: users deleted, updated and added, each
 * with its own audit entry under the import's id, the refused ones recorded with their reasons, the filters
 * and mapping kept as the section's last ones, and the import's own entry. A site changed since the preview
 * (anything saved: every save leaves an audit entry) is refused as stale, with nothing written.
 */
export function applyCucmImport(site: ApplySite, preview: CucmPreview): CucmImportResult {
  const started = performance.now();
  const stale = () => new RosterError('CONFLICT', 'cucmImport.stale');
  const { settings } = preview;
  const plan = unpackPlan(preview.plan);
  if (preview.sharedNumbers === 'omit') {
    plan.add = plan.add.map(withoutSharedNumber).filter((add) => add !== null);
    plan.update = plan.update.map(withoutSharedNumber).filter((update) => update !== null);
  }
  // Nothing is deleted on a read that was not complete: such a read makes no preview, and this holds it here too.
  if (plan.delete.length > 0 && preview.summary.read.complete !== true) throw new RosterError('CUCM_PROTOCOL', 'cucmImport.read.noEnd', { users: 0 });
  const db = site.db;
  const now = new Date().toISOString();

  const record = db.transaction(() => {
    if (siteFingerprint(db) !== preview.fingerprint) throw stale();
    const ledger = beginImport(db, { source: 'cucm', label: preview.publisher, details: { ...settings } }, now);
    // The search index (and, for a large apply, the indexes of users) written once at the end, as a file's import writes them (user-write-batch.ts).
    const batch = new UserWriteBatch(db);
    const audit = (entry: AuditEntry) => recordChange(db, { ...entry, importId: ledger.id }, now);

    if (preview.removal === 'disable') {
      // Disabled instead of deleted: they stay in the list, cannot sign in, and undo enables them again.
      for (const user of plan.delete) {
        const stored = site.users.get(user.id)!;
        if (!stored.enabled) continue;
        ledger.updating(user.id);
        batch.changing(user.id);
        site.users.update(user.id, { ...pickUserFields(stored), enabled: false } as UserFields, now, stored);
        audit({
          entity: 'user',
          entityId: user.id,
          entityLabel: user.username,
          action: 'update',
          changes: [{ field: 'enabled', before: true, after: false }],
        });
      }
    } else {
      for (const user of plan.delete) {
        ledger.deleting(user.id);
        audit({ entity: 'user', entityId: user.id, entityLabel: user.username, action: 'delete', changes: [] });
      }
      for (let start = 0; start < plan.delete.length; start += DELETE_CHUNK) {
        site.users.softDelete(
          plan.delete.slice(start, start + DELETE_CHUNK).map((user) => user.id),
          now,
        );
      }
    }

    // Two users may swap numbers: every number that changes is let go first, then taken.
    const clearNumber = db.prepare("UPDATE users SET number = '' WHERE id = ?");
    for (const update of plan.update) {
      ledger.updating(update.userId);
      batch.changing(update.userId);
      if (update.values.number !== undefined) clearNumber.run(update.userId);
    }
    for (const update of plan.update) {
      const stored = site.users.get(update.userId)!;
      const { phones, ...values } = update.values;
      const fields = { ...pickUserFields(stored), ...values, ...(phones === undefined ? {} : { phones: phonesOfDevices(phones, stored.phones) }) };
      site.users.update(update.userId, fields as UserFields, now, stored);
      audit({
        entity: 'user',
        entityId: update.userId,
        entityLabel: update.username,
        action: 'update',
        changes: update.changes.map(({ field, before, after }) => ({ field, before, after })),
      });
    }

    const base = newUserBase(site);
    const secrets = site.secrets;
    const initial = {
      password: secrets?.read('defaults', DEFAULTS_OWNER_ID, 'password') ?? null,
      pin: secrets?.read('defaults', DEFAULTS_OWNER_ID, 'pin') ?? null,
    };
    for (const add of plan.add) {
      const { phones, ...values } = add.values;
      const fields = { ...base, ...values, phones: phonesOfDevices(phones ?? '', []), username: add.username };
      const id = site.users.insert(fields as UserFields, 'cucm', now);
      ledger.created(id);
      batch.created(id);
      // Like a user created in the editor: the defaults' initial password and PIN (when this workstation can read them).
      for (const name of ['password', 'pin'] as const) {
        const value = initial[name];
        if (value === null || !secrets) continue;
        secrets.set('user', id, name, value);
        site.users.stampSecret(id, name, now);
      }
      audit({ entity: 'user', entityId: id, entityLabel: add.username, action: 'create', changes: createdChanges(add, base.authentication) });
    }

    for (const problem of plan.problem) {
      const reasons: Omit<ImportProblem, 'line'>[] = problem.problems.map(({ field, message, params }) => ({
        column: null,
        field,
        message,
        ...(params ? { params } : {}),
      }));
      ledger.rejected(problem.line, cellsOf(problem.user), reasons);
    }
    ledger.skipped(plan.conflict.length);
    writeCucmImportSettings(site, settings);
    batch.finish();
    return ledger.finish();
  })();
  return { record, seconds: Math.round((performance.now() - started) / 10) / 100 };
}
