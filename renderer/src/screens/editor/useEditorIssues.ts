import { useDebouncedValue } from '@mantine/hooks';
import { issueAt, userDraftIssues } from '@shared/rules';
import { secretPolicyIssues } from '@shared/rules/secret-policy';
import type { UserDraft } from '@shared/rules';
import type { FieldIssue } from '@shared/result';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client';
import { issuesUnder } from '../../api/issues';
import { issueText } from '../../i18n';
import { useSecuritySettings } from '../security/useSecuritySettings';
import { valueAt } from './editorDraft';

type Path = readonly (string | number)[];
interface UniqueInput {
  id: number | null;
  username: string;
  number: string;
}

export interface EditorIssues {
  /** Every issue that refuses a save now: field rules, uniqueness, and refusals of main still valid. */
  blocking: FieldIssue[];
  /** The message to show under one field. */
  errorFor(path: Path): string | undefined;
  /** The first message of any issue inside a field (e.g. one alias of the list). */
  errorWithin(prefix: string): string | undefined;
  touch(field: string): void;
  revealAll(): void;
  setServerIssues(issues: FieldIssue[]): void;
}

/**
 * Validation as you type: the shared rules run on every change; uniqueness is asked of main after a short
 * pause. A field's rule messages show once it has been edited (or after a save attempt), so a fresh form is
 * not covered in red.
 */
export function useEditorIssues(draft: UserDraft): EditorIssues {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [all, setAll] = useState(false);
  const [unique, setUnique] = useState<{ checked: UniqueInput; issues: FieldIssue[] } | null>(null);
  const [server, setServer] = useState<{ issue: FieldIssue; value: string }[]>([]);

  // The security policy in force (secure passwords / PINs) is checked as you type, as main checks it on save.
  const security = useSecuritySettings();
  const local = useMemo(() => [...userDraftIssues(draft), ...secretPolicyIssues(security, draft)], [draft, security]);

  const [uniqueInput] = useDebouncedValue<UniqueInput>(
    useMemo(() => ({ id: draft.id, username: draft.username.trim(), number: draft.number.trim() }), [draft.id, draft.username, draft.number]),
    300,
  );
  useEffect(() => {
    // Nothing to compare; an earlier answer no longer matches the emptied fields and is ignored.
    if (!uniqueInput.username && !uniqueInput.number) return;
    let cancelled = false;
    void api.users.checkUnique(uniqueInput).then((result) => {
      if (!cancelled && result.ok) setUnique({ checked: uniqueInput, issues: issuesUnder(result.value.issues, 'draft') });
    });
    return () => {
      cancelled = true;
    };
  }, [uniqueInput]);

  // A refusal from main applies as long as the field still holds the refused value.
  const serverValid = useMemo(() => server.filter((s) => valueAt(draft, s.issue.path) === s.value).map((s) => s.issue), [server, draft]);
  // A uniqueness answer applies while the field still holds the value that was checked.
  const uniqueValid = useMemo(() => {
    if (!unique) return [];
    const current: Record<string, string> = { username: draft.username.trim(), number: draft.number.trim() };
    const checked: Record<string, string> = { username: unique.checked.username, number: unique.checked.number };
    return unique.issues.filter((issue) => {
      const field = String(issue.path[0]);
      return !(field in current) || current[field] === checked[field];
    });
  }, [unique, draft]);

  const visibleLocal = useMemo(() => (all ? local : local.filter((issue) => touched.has(String(issue.path[0])))), [all, local, touched]);
  const shown = useMemo(() => [...visibleLocal, ...uniqueValid, ...serverValid], [visibleLocal, uniqueValid, serverValid]);

  const errorFor = useCallback((path: Path) => issueText(issueAt(shown, path)), [shown]);
  const errorWithin = useCallback((prefix: string) => issueText(shown.find((issue) => issue.path[0] === prefix)), [shown]);

  return {
    blocking: useMemo(() => [...local, ...uniqueValid, ...serverValid], [local, uniqueValid, serverValid]),
    errorFor,
    errorWithin,
    touch: useCallback((field: string) => setTouched((current) => (current.has(field) ? current : new Set(current).add(field))), []),
    revealAll: useCallback(() => setAll(true), []),
    setServerIssues: useCallback((issues: FieldIssue[]) => setServer(issues.map((issue) => ({ issue, value: valueAt(draft, issue.path) }))), [draft]),
  };
}
