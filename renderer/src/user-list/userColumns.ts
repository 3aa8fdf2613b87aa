import { listColumn } from '@shared/user-record/list-columns';
import type { UserListColumn } from '@shared/user-record/list-columns';
import type { MessageKey } from '../i18n';

/**
 * Each column's header text and its width before anybody dragged a header, from the record's declaration
 * (shared/user-record): wide enough for typical values, and narrow enough that the default columns with the
 * selection and the row's actions fit the list at 1280 px (test/e2e/list-friction.test.ts).
 */
export function columnHeader(column: UserListColumn): MessageKey {
  return listColumn(column).header;
}

export function columnWidth(column: UserListColumn, widths: Partial<Record<UserListColumn, number>>): number {
  return widths[column] ?? listColumn(column).width;
}
