import type { z } from 'zod';
import { isMessageKey } from '../i18n/en.js';
import type { MessageParams } from '../i18n/en.js';
import type { FieldIssue } from '../result.js';

/**
 * Turns zod issues into field issues the renderer can translate. Our schemas carry message keys; an issue
 * raised by zod itself (a wrong type from a caller that bypassed the editor) becomes the generic key.
 */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const params: MessageParams = {};
    if ('maximum' in issue && typeof issue.maximum === 'number') params.max = issue.maximum;
    if ('minimum' in issue && typeof issue.minimum === 'number') params.min = issue.minimum;
    // The choices of an enum, so its message can list them from the rule ({values}) instead of repeating them.
    if (issue.code === 'invalid_value') params.values = issue.values.map(String).join(', ');
    if ('params' in issue && issue.params) Object.assign(params, issue.params);
    return {
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: isMessageKey(issue.message) ? issue.message : 'rule.invalid',
      ...(Object.keys(params).length ? { params } : {}),
    };
  });
}

/** The first issue at exactly this field path, for showing under one input. */
export function issueAt(issues: readonly FieldIssue[], path: readonly (string | number)[]): FieldIssue | undefined {
  return issues.find((i) => i.path.length === path.length && i.path.every((p, n) => p === path[n]));
}
