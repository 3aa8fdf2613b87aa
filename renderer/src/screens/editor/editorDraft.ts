import type { SecretStatus, User, UserFields } from '@shared/domain';
import type { UserDraft } from '@shared/rules';
import { pickUserFields } from '@shared/user-record/user-fields';
import { KEEP_SECRET } from '../../components/SecretField';
import type { SecretEdit } from '../../components/SecretField';
import { passwordChangeOf, pinChangeOf, secretEditOf } from '../../user-fields/secretChange';

/** The editor's working copy: the user's fields plus what to do with each secret. */
export interface EditorState extends UserFields {
  id: number | null;
  password: SecretEdit;
  pin: SecretEdit;
}

export interface SecretStatuses {
  password: SecretStatus;
  pin: SecretStatus;
}

export const NOT_SET: SecretStatus = { set: false, unreadable: false };

/** The declared fields of a user or draft, as a copy the editor may change. */
function fieldsOf(source: UserFields): UserFields {
  return structuredClone(pickUserFields(source));
}

export function stateFromUser(user: User): EditorState {
  return { ...fieldsOf(user), id: user.id, password: KEEP_SECRET, pin: KEEP_SECRET };
}

/** A new user's draft from main (defaults and first free number); a secret preset there is kept as is. */
export function stateFromNewDraft(draft: UserDraft): EditorState {
  return { ...fieldsOf(draft), id: null, password: secretEditOf(draft.password), pin: secretEditOf(draft.pin) };
}

export function toUserDraft(state: EditorState): UserDraft {
  return { ...fieldsOf(state), id: state.id, password: passwordChangeOf(state.password), pin: pinChangeOf(state.pin) };
}

/** The draft's value at an issue path, to tell whether a refusal from main still applies to it. */
export function valueAt(draft: UserDraft, path: readonly (string | number)[]): string {
  let value: unknown = draft;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return 'undefined';
    value = (value as Record<string | number, unknown>)[key];
  }
  return JSON.stringify(value) ?? 'undefined';
}
