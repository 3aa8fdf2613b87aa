import type { SecretStatus, User, UserFields } from '@shared/domain';
import type { UserDraft } from '@shared/rules';
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

function fieldsOf(source: UserFields): UserFields {
  return {
    username: source.username,
    authentication: source.authentication,
    alwaysPromptPin: source.alwaysPromptPin,
    firstName: source.firstName,
    lastName: source.lastName,
    department: source.department,
    vip: source.vip,
    email: source.email,
    language: source.language,
    mobile: source.mobile,
    pager: source.pager,
    phone: source.phone,
    number: source.number,
    aliases: [...source.aliases],
    showInDirectory: source.showInDirectory,
    enabled: source.enabled,
    phantom: source.phantom,
    privileges: { ...source.privileges },
    voiceRecording: { ...source.voiceRecording },
    applications: [...source.applications],
    internalContactsGroupId: source.internalContactsGroupId,
    externalContactsGroupId: source.externalContactsGroupId,
    voicemail: { ...source.voicemail },
    fax: { ...source.fax },
    groupIds: [...source.groupIds],
  };
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
