import { issueAt, toFieldIssues } from '@shared/rules';
import type { FieldIssue } from '@shared/result';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { issueText } from '../i18n';

/**
 * The issues of a form saved as a whole: the draft's own checks, shown only once the administrator has
 * edited or tried to save (not on a pristine form), plus main's refusals, which stand until the next edit.
 */
export function useFormIssues(schema: z.ZodType, draft: unknown) {
  const [showLocal, setShowLocal] = useState(false);
  const [refused, setRefused] = useState<FieldIssue[]>([]);
  const local = useMemo(() => {
    const parsed = schema.safeParse(draft);
    return parsed.success ? [] : toFieldIssues(parsed.error.issues);
  }, [schema, draft]);
  const shown = [...(showLocal ? local : []), ...refused];

  return {
    /** What blocks saving before main is asked. */
    local,
    errorAt: (path: (string | number)[]) => issueText(issueAt(shown, path)),
    edited() {
      setShowLocal(true);
      setRefused([]);
    },
    reveal: () => setShowLocal(true),
    setRefused,
  };
}
