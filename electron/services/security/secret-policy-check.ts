import type { DefaultsDraft, UserDraft } from '@shared/rules';
import { secretPolicyIssues } from '@shared/rules/secret-policy';
import { RosterError } from '@shared/result';
import type { FieldIssue } from '@shared/result';
import type { OpenSite } from '../site/open-site';
import { failedRule, storeComplianceFact } from './compliance';
import { readSecuritySettings } from './security-settings';

function refuse(issues: FieldIssue[]): void {
  if (issues.length > 0) throw new RosterError('POLICY', 'error.POLICY', undefined, issues);
}

export interface SecretFacts {
  /** Records the compliance facts of the saved user's secrets (call after the secrets are written). */
  store(userId: number): void;
}

/**
 * Refuses (POLICY, at the field) a password or PIN being set that breaks a rule in force, and prepares the
 * user's compliance facts. Call inside the save's transaction, before the row is written (it reads the
 * username the user had, since a new username makes a kept password's fact unknown).
 */
export function checkUserSecrets(site: OpenSite, draft: UserDraft): SecretFacts {
  refuse(secretPolicyIssues(readSecuritySettings(site), draft));
  const previousUsername = draft.id === null ? null : (site.users.get(draft.id)?.username ?? null);
  const renamed = previousUsername !== null && previousUsername.toLowerCase() !== draft.username.toLowerCase();
  return {
    store(userId) {
      const password = draft.password;
      if (password.action === 'set')
        storeComplianceFact(site.db, userId, 'password', { rule: failedRule('password', password.value, draft.username) });
      // Cleared, taken from the defaults (a new user), or kept under a new username: not known until checked.
      else if (password.action === 'clear' || draft.id === null || renamed) storeComplianceFact(site.db, userId, 'password', null);
      const pin = draft.pin;
      if (pin.action === 'set') storeComplianceFact(site.db, userId, 'pin', { rule: failedRule('pin', pin.value, draft.username) });
      else if (pin.action === 'clear' || draft.id === null) storeComplianceFact(site.db, userId, 'pin', null);
    },
  };
}

/** Refuses a default initial password or PIN that breaks a rule in force (there is no username to compare). */
export function checkDefaultSecrets(site: OpenSite, draft: DefaultsDraft): void {
  refuse(
    secretPolicyIssues(readSecuritySettings(site), {
      username: '',
      password: draft.initialPassword,
      pin: draft.pin,
      passwordPath: ['initialPassword', 'value'],
      pinPath: ['pin', 'value'],
    }),
  );
}
