import type { ImportField } from '@shared/channels/import';
import type { FieldIssue } from '@shared/result';
import { secretPolicyIssues } from '@shared/rules/secret-policy';
import type { SecretRulesInForce } from '@shared/rules/secret-policy';
import { userDraftIssues } from '@shared/rules/user-rules';
import { fileFieldOfPath } from '@shared/user-record/file-fields';
import type { UserDraft } from '@shared/rules/user-rules';
import type { RowProblem } from './row-values';

/** The import field a draft path belongs to (['privileges', 'sms'] is privilege.sms), or null. */
function fieldOfPath(path: readonly (string | number)[]): ImportField | null {
  const [head, next] = path;
  // "SMS on new message" comes from the defaults; the row can only fix it through the SMS privilege.
  if ((head === 'voicemail' || head === 'fax') && next === 'smsOnNew') return 'privilege.sms';
  return fileFieldOfPath(path);
}

/** The first source column of each mapped field. */
export function columnsOfFields(mapping: readonly (ImportField | null)[]): Map<ImportField, number> {
  const columns = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (field !== null && !columns.has(field)) columns.set(field, index);
  });
  return columns;
}

/**
 * The editor's rules on a row's draft: every field rule and cross-field rule (userDraftIssues, as the
 * editor shows them while typing), and the security policy for a password or PIN the row sets. Each
 * problem is placed at the column that filled the field, or at the row when the value came from the
 * defaults or the stored user.
 */
export function draftProblems(draft: UserDraft, columns: ReadonlyMap<ImportField, number>, rules: SecretRulesInForce): RowProblem[] {
  const fieldIssues = userDraftIssues(draft);
  // As on save: the policy judges a secret only once its field rules pass (a PIN with letters is a format
  // problem, not also a policy one).
  const failed = new Set(fieldIssues.map((issue) => issue.path[0]));
  const policy = secretPolicyIssues(rules, draft).filter((issue) => !failed.has(issue.path[0]));
  const issues: FieldIssue[] = [...fieldIssues, ...policy];
  return issues.map((issue) => {
    const field = fieldOfPath(issue.path);
    return {
      column: field === null ? null : (columns.get(field) ?? null),
      field,
      message: issue.message,
      ...(issue.params ? { params: issue.params } : {}),
    };
  });
}
