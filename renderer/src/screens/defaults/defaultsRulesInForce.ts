import { defaultsDraftSchema } from '@shared/rules';
import type { DefaultsDraft } from '@shared/rules';
import { secretPolicyIssues } from '@shared/rules/secret-policy';
import type { SecretRulesInForce } from '@shared/rules/secret-policy';
import { z } from 'zod';

/**
 * The defaults' own rules plus the security policy in force on the initial password and the PIN, so the
 * form says what is wrong while it is typed, as the user editor does, rather than only after main refused
 * the save. The policy check is the one main runs on save (checkDefaultSecrets: no username to compare).
 * Both sets are reported together: a password that breaks the policy is said to while its confirmation is
 * still being typed.
 */
export function defaultsRulesInForce(rules: SecretRulesInForce): z.ZodType<DefaultsDraft> {
  return z.custom<DefaultsDraft>().superRefine((draft, ctx) => {
    const own = defaultsDraftSchema.safeParse(draft);
    if (!own.success) for (const issue of own.error.issues) ctx.addIssue({ ...issue });
    const policy = secretPolicyIssues(rules, {
      username: '',
      password: draft.initialPassword,
      pin: draft.pin,
      passwordPath: ['initialPassword', 'value'],
      pinPath: ['pin', 'value'],
    });
    for (const issue of policy) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: issue.params });
  });
}
