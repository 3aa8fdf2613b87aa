import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { UserListColumn } from '@shared/rules/user-list-rules';
import { t } from '../i18n';
import { ColumnResizeHandle } from './ColumnResizeHandle';
import { COLUMN_LABELS } from './userColumns';
import type { UserSort } from './UserTable';
import classes from './UserTable.module.css';

/** The next order when a column header is clicked or Enter pressed on it: ascending first, then reversed. */
export function nextSort(sort: UserSort, column: UserListColumn): UserSort {
  return { column, direction: sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc' };
}

interface HeaderProps {
  column: UserListColumn;
  width: number;
  sort: UserSort;
  onSort(sort: UserSort): void;
  resize: { onDrag(width: number): void; onCommit(width: number): void } | undefined;
}

export function SortableHeader({ column, width, sort, onSort, resize }: HeaderProps) {
  const label = t(COLUMN_LABELS[column]);
  const active = sort.column === column;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <th
      // Named by the column alone: the resize handle inside has a name of its own.
      aria-label={label}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`${classes.cell} ${classes.header}`}
      style={{ width }}
      data-column={column}
    >
      {/* For the mouse; from the keyboard, Enter or Space on the header cell sorts (UserTable). */}
      <UnstyledButton
        title={t('users.sortBy', { column: label })}
        tabIndex={-1}
        onClick={() => onSort(nextSort(sort, column))}
        style={{ minWidth: 0 }}
      >
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600} truncate>
            {label}
          </Text>
          <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.4, flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
      {resize && (
        <ColumnResizeHandle label={t('userList.resize', { column: label })} width={width} onDrag={resize.onDrag} onCommit={resize.onCommit} />
      )}
    </th>
  );
}
