import type { FieldIssue, Result } from '@shared/result';
import { useRef, useState } from 'react';
import { focusFirstIssue, issuesUnder } from '../api/issues';
import { notifyError } from '../app/notify';

export interface SaveCall<T> {
  /** Asks main to store the form. */
  send(): Promise<Result<T>>;
  /** The key of the request that holds the form: main's refusals of fields carry it first in their path. */
  draftKey: string;
  /** Keeps main's refusals to show them at their fields. */
  refused(issues: FieldIssue[]): void;
  saved(value: T): void;
}

/**
 * Sending a whole form to main: `saving` while it is under way (the buttons show it), and on a refusal of
 * fields the messages at the fields, a notification saying where to look, and the first bad field focused.
 */
export function useFormSave(form: string) {
  const formRef = useRef<HTMLFormElement>(null);
  const [saving, setSaving] = useState(false);

  // After the next frame, so the field is focused (and scrolled to) with its message already shown.
  const focusFirst = (issues: readonly FieldIssue[]) => requestAnimationFrame(() => focusFirstIssue(formRef.current, form, issues));

  const send = async <T>({ send: request, draftKey, refused, saved }: SaveCall<T>) => {
    setSaving(true);
    const result = await request();
    setSaving(false);
    if (!result.ok) {
      const issues = issuesUnder(result.error.issues, draftKey);
      refused(issues);
      notifyError(result.error);
      focusFirst(issues);
      return;
    }
    saved(result.value);
  };

  return { formRef, saving, focusFirst, send };
}
