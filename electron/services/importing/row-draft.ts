import type { DuplicateAction, ImportField } from '@shared/channels/import';
import type { Authentication, DefaultValueFields, Privilege } from '@shared/domain';
import type { UserDraft } from '@shared/rules/user-rules';
import type { StoredUser } from '../site/user-record';
import type { FieldValues } from './row-values';

/**
 * A row turned into the very draft the editor saves, so that the editor's rules judge it:
 * - a new user starts from the site's defaults (as the editor's New user does, without taking a pool
 *   number: an import gives numbers or leaves them empty), and takes the row's non-empty cells;
 * - an existing user starts from what is stored; "update non-empty" takes the row's non-empty cells,
 *   "overwrite" takes every mapped column, an empty cell giving the field's empty or default value.
 * Fields the file has no column for are never touched, and an empty password or PIN cell keeps the stored
 * secret in both modes (an import never clears a credential).
 */

/** The draft of a new user before the row: see newUserDraft. */
export function createDraft(base: UserDraft, values: FieldValues): UserDraft {
  const draft = copyDraft(base);
  applyValues(draft, values);
  return draft;
}

export function updateDraft(
  existing: StoredUser,
  values: FieldValues,
  mapped: ReadonlySet<ImportField>,
  action: Exclude<DuplicateAction, 'skip'>,
  defaults: DefaultValueFields,
): UserDraft {
  const draft = copyDraft({ ...storedDraft(existing) });
  if (action === 'overwrite') for (const field of mapped) clearField(draft, field, defaults);
  applyValues(draft, values);
  return draft;
}

/** The editor's draft of a stored user (secrets kept). */
function storedDraft(user: StoredUser): UserDraft {
  return {
    id: user.id,
    username: user.username,
    authentication: user.authentication,
    alwaysPromptPin: user.alwaysPromptPin,
    firstName: user.firstName,
    lastName: user.lastName,
    department: user.department,
    vip: user.vip,
    email: user.email,
    language: user.language,
    mobile: user.mobile,
    pager: user.pager,
    phone: user.phone,
    number: user.number,
    aliases: user.aliases,
    showInDirectory: user.showInDirectory,
    enabled: user.enabled,
    phantom: user.phantom,
    privileges: user.privileges,
    voiceRecording: user.voiceRecording,
    applications: user.applications,
    internalContactsGroupId: user.internalContactsGroupId,
    externalContactsGroupId: user.externalContactsGroupId,
    voicemail: user.voicemail,
    fax: user.fax,
    groupIds: user.groupIds,
    password: { action: 'keep' },
    pin: { action: 'keep' },
  };
}

/** A copy whose nested objects may be changed without changing the original. */
function copyDraft(draft: UserDraft): UserDraft {
  return {
    ...draft,
    aliases: [...draft.aliases],
    privileges: { ...draft.privileges },
    voiceRecording: { ...draft.voiceRecording },
    applications: [...draft.applications],
    voicemail: { ...draft.voicemail },
    fax: { ...draft.fax },
    groupIds: [...draft.groupIds],
  };
}

function applyValues(draft: UserDraft, values: FieldValues): void {
  const { privileges, password, pin, groupIds, authentication, ...rest } = values;
  Object.assign(draft, rest);
  if (authentication !== undefined) draft.authentication = authentication as Authentication;
  if (groupIds !== undefined) draft.groupIds = groupIds;
  if (privileges) Object.assign(draft.privileges, privileges);
  if (password !== undefined) draft.password = { action: 'set', value: password, confirmation: password };
  if (pin !== undefined) draft.pin = { action: 'set', value: pin };
}

/** What an empty cell of a mapped column means when a row overwrites a user. */
function clearField(draft: UserDraft, field: ImportField, defaults: DefaultValueFields): void {
  if (field.startsWith('privilege.')) {
    const privilege = field.slice('privilege.'.length) as Privilege;
    draft.privileges[privilege] = defaults.privileges[privilege];
    return;
  }
  switch (field) {
    case 'vip':
      draft.vip = 0;
      return;
    case 'language':
      draft.language = defaults.language;
      return;
    case 'authentication':
      draft.authentication = 'local';
      return;
    case 'enabled':
      draft.enabled = true;
      return;
    case 'showInDirectory':
      draft.showInDirectory = defaults.showInDirectory;
      return;
    case 'phantom':
      draft.phantom = false;
      return;
    case 'aliases':
      draft.aliases = [];
      return;
    case 'groups':
      draft.groupIds = [];
      return;
    case 'password':
    case 'pin':
      return;
    default:
      draft[field as 'username'] = '';
  }
}
