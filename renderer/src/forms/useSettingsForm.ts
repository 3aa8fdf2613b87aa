import type { SettingsSectionName } from '@shared/domain';
import type { FieldIssue, Result } from '@shared/result';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { z } from 'zod';
import { notifyDone } from '../app/notify';
import { useLeaveGuard, useSession } from '../app/session';
import { useFormIssues } from './useFormIssues';
import { useFormSave } from './useFormSave';

interface Options<S, D, T> {
  /** The prefix of the fields' ids, to focus the first one with a problem. */
  form: string;
  /** The state as stored; the form is keyed by the stored value, so this does not change while it is open. */
  initial: S;
  draftOf(state: S): D;
  schema: z.ZodType;
  send(draft: D): Promise<Result<T>>;
  /** The key of the request that holds the draft (see SaveCall). */
  draftKey: string;
  savedMessage: string;
  onSaved(value: T): void;
  /** Whether there is something to save; by default, whether the state differs from the stored one. */
  isDirty?(state: S, draft: D): boolean;
  /**
   * The settings sections this form saves. While the open site could not read one of them as stored, the
   * form can be saved unchanged: that stores the values shown, as the banner asks.
   */
  sections: readonly SettingsSectionName[];
  /** Ctrl+S on an unchanged form (the button is disabled then); by default nothing happens. */
  onNothingToSave?(): void;
  /** Tells where issues with no field on screen are, and returns true when it did (no field is focused then). */
  explainUnseen?(local: FieldIssue[]): boolean;
}

/**
 * A settings screen's form, saved as a whole: its state and draft, the leave guard while it differs from
 * what is stored, and the save — refused here while the draft breaks its own rules, else sent to main.
 */
export function useSettingsForm<S, D, T>(options: Options<S, D, T>) {
  const { form, initial, draftOf, schema, isDirty } = options;
  const [state, setState] = useState(initial);
  const draft = useMemo(() => draftOf(state), [draftOf, state]);
  const { site } = useSession();
  const needsRepair = site?.settingsProblems.some((problem) => options.sections.includes(problem.section)) ?? false;
  const changed = isDirty ? isDirty(state, draft) : JSON.stringify(state) !== JSON.stringify(initial);
  const dirty = changed || needsRepair;
  useLeaveGuard(changed);
  const issues = useFormIssues(schema, draft);
  const { formRef, saving, focusFirst, send } = useFormSave(form);

  /** A patch, or one computed from the latest state (for changes made after an await). */
  const change = (patch: Partial<S> | ((current: S) => Partial<S>)) => {
    setState((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }));
    issues.edited();
  };

  const save = async () => {
    if (saving) return;
    if (!dirty) {
      options.onNothingToSave?.();
      return;
    }
    issues.reveal();
    if (issues.local.length > 0) {
      if (!options.explainUnseen?.(issues.local)) focusFirst(issues.local);
      return;
    }
    await send({
      send: () => options.send(draft),
      draftKey: options.draftKey,
      refused: issues.setRefused,
      saved: (value) => {
        notifyDone(options.savedMessage);
        options.onSaved(value);
      },
    });
  };

  const formProps = {
    ref: formRef,
    noValidate: true,
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      void save();
    },
  };

  return { state, draft, dirty, saving, issues, change, save, focusFirst, formProps };
}
