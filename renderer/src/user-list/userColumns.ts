import type { UserListColumn } from '@shared/rules/user-list-rules';
import type { MessageKey } from '../i18n';

/** Each column's header text. */
export const COLUMN_LABELS: Record<UserListColumn, MessageKey> = {
  username: 'users.col.username',
  lastName: 'users.col.lastName',
  firstName: 'users.col.firstName',
  department: 'users.col.department',
  vip: 'users.col.vip',
  number: 'users.col.number',
  phone: 'users.col.phone',
  mobile: 'users.col.mobile',
  email: 'users.col.email',
  language: 'users.col.language',
  source: 'users.col.source',
};

/** Widths before anybody dragged a header: wide enough for typical values. */
const DEFAULT_WIDTHS: Record<UserListColumn, number> = {
  username: 220,
  lastName: 150,
  firstName: 140,
  department: 150,
  vip: 110,
  number: 115,
  phone: 150,
  mobile: 150,
  email: 260,
  language: 110,
  source: 140,
};

export function columnWidth(column: UserListColumn, widths: Partial<Record<UserListColumn, number>>): number {
  return widths[column] ?? DEFAULT_WIDTHS[column];
}
