import type { DefaultValueFields } from '../domain/defaults.js';
import type { UserFieldName, UserFields } from './user-fields.js';
import { USER_FIELD_LIST, USER_FIELDS } from './user-fields.js';

/** A field's starting value: the site's default where the defaults hold the field, else its declared initial value. */
export function initialValue<K extends UserFieldName>(name: K, defaults: DefaultValueFields): UserFields[K] {
  const initial: unknown = USER_FIELDS[name].initial;
  const value =
    typeof initial === 'object' && initial !== null && 'fromDefaults' in initial
      ? defaults[initial.fromDefaults as keyof DefaultValueFields]
      : initial;
  // A copy, so that changing a new user's lists or switches never changes the defaults.
  return structuredClone(value) as UserFields[K];
}

/** Every field's starting value: a new user before anything is typed or imported. */
export function initialFields(defaults: DefaultValueFields): UserFields {
  return Object.fromEntries(USER_FIELD_LIST.map((field) => [field.name, initialValue(field.name, defaults)])) as UserFields;
}
