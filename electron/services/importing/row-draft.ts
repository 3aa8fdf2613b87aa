import type { DuplicateAction, ImportField } from '@shared/channels/import';
import type { DefaultValueFields } from '@shared/domain';
import { fileField } from '@shared/user-record/file-fields';
import { initialValue } from '@shared/user-record/initial-values';
import { pickUserFields } from '@shared/user-record/user-fields';
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
  return { ...pickUserFields(user), id: user.id, password: { action: 'keep' }, pin: { action: 'keep' } };
}

/**
 * A copy whose lists and switches may be changed without changing the original. A draft is plain data
 * (objects, arrays, strings, numbers, booleans, null), so a plain walk copies it; structuredClone costs
 * about ten times as much, once per row.
 */
function copyDraft(draft: UserDraft): UserDraft {
  return plainCopy(draft);
}

function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(plainCopy) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) copy[key] = plainCopy(member);
  return copy as T;
}

function applyValues(draft: UserDraft, values: FieldValues): void {
  const { password, pin, ...fields } = values;
  const target = draft as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(fields)) {
    // Some members of a field of switches (one column per privilege) change only those members.
    const whole = target[name];
    const partOfSwitches = typeof value === 'object' && value !== null && !Array.isArray(value) && typeof whole === 'object' && whole !== null;
    target[name] = partOfSwitches ? { ...whole, ...value } : value;
  }
  if (password !== undefined) draft.password = { action: 'set', value: password, confirmation: password };
  if (pin !== undefined) draft.pin = { action: 'set', value: pin, confirmation: pin };
}

/** What an empty cell of a mapped column means when a row overwrites a user: the field's starting value. */
function clearField(draft: UserDraft, name: ImportField, defaults: DefaultValueFields): void {
  const target = fileField(name);
  // An import never clears a credential.
  if (!target || target.field === null) return;
  const initial = initialValue(target.field, defaults);
  const fields = draft as unknown as Record<string, unknown>;
  if (target.member !== undefined)
    (fields[target.field] as Record<string, unknown>)[target.member] = (initial as Record<string, unknown>)[target.member];
  else fields[target.field] = initial;
}
