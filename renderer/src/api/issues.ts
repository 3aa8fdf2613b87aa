import type { FieldIssue } from '@shared/result';

/**
 * Issues returned by main carry the path of the whole channel input (e.g. ['draft', 'username']); a form
 * knows its fields without that prefix. Issues outside the prefix are dropped.
 */
export function issuesUnder(issues: readonly FieldIssue[] | undefined, prefix: string): FieldIssue[] {
  if (!issues) return [];
  return issues.map((issue) => (issue.path[0] === prefix ? { ...issue, path: issue.path.slice(1) } : issue));
}

/** A DOM id for the input of a field path, so a form can focus the first field with a problem. */
export function fieldId(form: string, path: readonly (string | number)[]): string {
  return `${form}-${path.join('-')}`;
}

/** Focuses the first input (in document order) of the form whose id belongs to one of the issues. */
export function focusFirstIssue(formElement: HTMLElement | null, form: string, issues: readonly FieldIssue[]): void {
  if (!formElement || issues.length === 0) return;
  const ids = new Set(issues.map((issue) => fieldId(form, issue.path)));
  const first = Array.from(formElement.querySelectorAll<HTMLElement>('[id]')).find((el) => ids.has(el.id));
  if (first) {
    first.focus();
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
