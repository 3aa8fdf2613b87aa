import type { MessageKey } from '../i18n/en.js';
import type { FieldDeclaration } from './field-declaration.js';
import type { UserFieldName } from './user-fields.js';
import { USER_FIELD_LIST } from './user-fields.js';

/**
 * The user list's columns: the record's fields declared with `list`, in the declaration's order, then the
 * account's columns. A site's saved columns are names, so a column added here leaves every saved choice as it was.
 */
export type AccountColumn = 'state' | 'created' | 'source';

export type UserListColumn = UserFieldName | AccountColumn;

export interface ListColumn {
  name: UserListColumn;
  header: MessageKey;
  /** Width in pixels before anybody dragged the header. */
  width: number;
  order: NonNullable<FieldDeclaration['list']>['order'] | 'account';
}

const ACCOUNT_COLUMN_SPECS: ListColumn[] = [
  { name: 'state', header: 'users.col.state', width: 170, order: 'account' },
  { name: 'created', header: 'users.col.created', width: 120, order: 'account' },
  { name: 'source', header: 'users.col.source', width: 130, order: 'account' },
];

export const LIST_COLUMNS: readonly ListColumn[] = [
  ...USER_FIELD_LIST.flatMap((field) =>
    field.list ? [{ name: field.name, header: field.list.header ?? field.label, width: field.list.width, order: field.list.order }] : [],
  ),
  ...ACCOUNT_COLUMN_SPECS,
];

export const USER_LIST_COLUMNS = LIST_COLUMNS.map((column) => column.name) as [UserListColumn, ...UserListColumn[]];

const BY_NAME = new Map(LIST_COLUMNS.map((column) => [column.name, column] as const));

export function listColumn(name: UserListColumn): ListColumn {
  const column = BY_NAME.get(name);
  if (!column) throw new Error(`not a list column: ${name}`);
  return column;
}

/** The record's fields the list may show (what a list row carries besides the account's columns). */
export const LISTED_FIELDS = USER_FIELD_LIST.filter((field) => field.list).map((field) => field.name);
