import type { User, UserFields, UserSource } from '@shared/domain';
import type { FieldStorage } from '@shared/user-record/field-declaration';
import { USER_FIELD_LIST } from '@shared/user-record/user-fields';

/** A stored user without its secrets' status (that comes from the secret store). */
export type StoredUser = Omit<User, 'password' | 'pin'>;

/** The users table's row as better-sqlite3 returns it: the declared fields' columns and the account's bookkeeping. */
export interface UserRecord extends Record<string, unknown> {
  id: number;
  username: string;
  locked_until: string | null;
  lock_reason: string;
  failed_attempts: number;
  password_set_at: string | null;
  password_expired: number;
  pin_set_at: string | null;
  pin_expired: number;
  source: UserSource;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

type ColumnValue = string | number | null;

/** The fields kept in tables of their own, one row per entry (users-repository.ts writes them). */
export type ListStorage = 'aliases' | 'phones' | 'groups';
export const LIST_FIELDS = USER_FIELD_LIST.flatMap((field) => {
  const as = field.storage.as;
  return as === 'aliases' || as === 'phones' || as === 'groups' ? [{ name: field.name, storage: as as ListStorage }] : [];
});

/** A user's list fields as read from their tables. */
export interface UserLists {
  aliases: string[];
  phones: UserFields['phones'];
  groupIds: number[];
}

/** The columns of a field held in the users table (none for aliases and groups, which have their own tables). */
function columnsOf(storage: FieldStorage): string[] {
  switch (storage.as) {
    case 'switches':
      return Object.values(storage.columns);
    case 'aliases':
    case 'phones':
    case 'groups':
      return [];
    default:
      return [storage.column];
  }
}

/** Columns written from UserFields, in the declaration's order, shared by INSERT and UPDATE. */
export const EDITABLE_COLUMNS: readonly string[] = USER_FIELD_LIST.flatMap((field) => columnsOf(field.storage));

const bit = (value: boolean) => (value ? 1 : 0);

/**
 * The values of EDITABLE_COLUMNS, in their order: bound by position, which costs a bulk write (an import
 * binds some fifty columns per user) far less than looking up each named parameter.
 */
export function toColumnValues(fields: UserFields): ColumnValue[] {
  const values: ColumnValue[] = [];
  for (const field of USER_FIELD_LIST) {
    const value = fields[field.name] as unknown;
    const storage = field.storage;
    switch (storage.as) {
      case 'text':
      case 'integer':
      case 'groupRef':
        values.push(value as ColumnValue);
        break;
      case 'bit':
        values.push(bit(value as boolean));
        break;
      case 'json':
        values.push(JSON.stringify(value));
        break;
      case 'switches':
        // In the order of columnsOf (Object.values of the same object).
        for (const [member] of Object.entries(storage.columns)) values.push(bit((value as Record<string, boolean>)[member] === true));
        break;
      case 'aliases':
      case 'phones':
      case 'groups':
        break;
    }
  }
  return values;
}

/** A field's value from its columns; JSON values are read with the field's rule (which also upgrades older forms). */
function fieldValue(field: (typeof USER_FIELD_LIST)[number], record: Record<string, unknown>, lists: UserLists): unknown {
  const storage = field.storage;
  switch (storage.as) {
    case 'text':
    case 'integer':
    case 'groupRef':
      return record[storage.column];
    case 'bit':
      return record[storage.column] === 1;
    case 'json':
      return field.rule.parse(JSON.parse(record[storage.column] as string));
    case 'switches':
      return Object.fromEntries(Object.entries(storage.columns).map(([member, column]) => [member, record[column] === 1]));
    case 'aliases':
      return lists.aliases;
    case 'phones':
      return lists.phones;
    case 'groups':
      return lists.groupIds;
  }
}

/** The declared fields of a users row. */
export function fieldsFromRecord(record: Record<string, unknown>, lists: UserLists): UserFields {
  return Object.fromEntries(USER_FIELD_LIST.map((field) => [field.name, fieldValue(field, record, lists)])) as UserFields;
}

export function fromRecord(record: UserRecord, lists: UserLists): StoredUser {
  return {
    id: record.id,
    ...fieldsFromRecord(record, lists),
    lockedUntil: record.locked_until,
    lockReason: record.lock_reason,
    failedAttempts: record.failed_attempts,
    passwordSetAt: record.password_set_at,
    passwordExpired: record.password_expired === 1,
    pinSetAt: record.pin_set_at,
    pinExpired: record.pin_expired === 1,
    source: record.source,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
    deletedAt: record.deleted_at,
  };
}
