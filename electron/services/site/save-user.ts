import type { User, UserDraft } from '@shared/index';
import type { FieldIssue } from '@shared/result';
import { fieldError, RosterError } from '@shared/result';
import { recordUserSave, userAuditView, userSecretChanges } from '../audit/user-audit';
import { DEFAULTS_OWNER_ID } from '../secrets/site-secrets';
import { checkUserSecrets } from '../security/secret-policy-check';
import type { OpenSite } from './open-site';
import { uniquenessIssues } from './user-uniqueness';
import { pickUserFields } from '@shared/user-record/user-fields';

/**
 * Saves a validated draft in one transaction: the row, its aliases, its group memberships and its secrets.
 * Any refusal or failure rolls everything back. Field paths of refusals are relative to the draft.
 */
export function saveUser(site: OpenSite, draft: UserDraft): User {
  const now = new Date().toISOString();
  const id = site.db.transaction(() => {
    if (draft.id !== null && !site.users.get(draft.id)) throw new RosterError('NOT_FOUND', 'error.NOT_FOUND');

    const conflicts = uniquenessIssues(site, draft);
    if (conflicts.length > 0) throw fieldError('CONFLICT', conflicts);
    const unknownGroups = unknownGroupIssues(site, draft);
    if (unknownGroups.length > 0) throw fieldError('VALIDATION', unknownGroups);
    // The security policy refuses a password or PIN being set that breaks a rule in force (POLICY, at the field).
    const secretFacts = checkUserSecrets(site, draft);
    const before = draft.id === null ? null : userAuditView(site.groups, site.users.get(draft.id)!);

    const fields = pickUserFields(draft);
    const userId = draft.id ?? site.users.insert(fields, 'manual', now);
    if (draft.id !== null) site.users.update(userId, fields, now);

    applySecret(site, userId, 'password', draft.password, draft.id === null, now);
    applySecret(site, userId, 'pin', draft.pin, draft.id === null, now);
    secretFacts.store(userId);
    const secretChanges = userSecretChanges(draft, (name) => site.secrets.status('user', userId, name).set);
    recordUserSave(site.db, before, userAuditView(site.groups, site.users.get(userId)!), userId, secretChanges);
    return userId;
  })();
  return site.user(id);
}

function applySecret(
  site: OpenSite,
  userId: number,
  name: 'password' | 'pin',
  change: UserDraft['password'] | UserDraft['pin'],
  isNew: boolean,
  now: string,
): void {
  if (change.action === 'set') {
    site.secrets.set('user', userId, name, change.value);
    site.users.stampSecret(userId, name, now);
  } else if (change.action === 'clear') {
    site.secrets.clear('user', userId, name);
    site.users.stampSecret(userId, name, null);
  } else if (isNew) {
    // A new user starts with the defaults' initial password / PIN. While the site key is missing those
    // cannot be read, and the user is saved without them (the site banner asks for them to be re-entered).
    const initial = site.secrets.read('defaults', DEFAULTS_OWNER_ID, name === 'password' ? 'password' : 'pin');
    if (initial !== null) {
      site.secrets.set('user', userId, name, initial);
      site.users.stampSecret(userId, name, now);
    }
  }
}

function unknownGroupIssues(site: OpenSite, draft: UserDraft): FieldIssue[] {
  const referenced = [...draft.groupIds];
  if (draft.internalContactsGroupId !== null) referenced.push(draft.internalContactsGroupId);
  if (draft.externalContactsGroupId !== null) referenced.push(draft.externalContactsGroupId);
  const unknown = new Set(site.groups.unknownIds(referenced));
  if (unknown.size === 0) return [];
  const issues: FieldIssue[] = [];
  draft.groupIds.forEach((id, index) => {
    if (unknown.has(id)) issues.push({ path: ['groupIds', index], message: 'rule.group.unknown', params: { id } });
  });
  for (const field of ['internalContactsGroupId', 'externalContactsGroupId'] as const) {
    const id = draft[field];
    if (id !== null && unknown.has(id)) issues.push({ path: [field], message: 'rule.group.unknown', params: { id } });
  }
  return issues;
}
