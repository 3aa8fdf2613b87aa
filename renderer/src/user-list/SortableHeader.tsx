import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { UserListColumn } from '@shared/user-record/list-columns';
import { t } from '../i18n';
import { ColumnResizeHandle } from './ColumnResizeHandle';
import { columnHeader } from './userColumns';
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
  const label = t(columnHeader(column));
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
      title={t('users.sortBy', { column: label })}
      // A click anywhere on the cell sorts (the resize handle stops its own clicks); from the keyboard, Enter or
      // Space on the header cell sorts (UserTable).
      onClick={() => onSort(nextSort(sort, column))}
    >
      {/* The label stays a button for the mouse (its click is the cell's); no Tab stop: the grid is one. */}
      <UnstyledButton tabIndex={-1} style={{ minWidth: 0, flex: 1, alignSelf: 'stretch' }}>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600} truncate>
            {label}
          </Text>
          {/* The "sortable" hint of the other columns shows on hover only: the labels keep their room. */}
          <Icon size={14} aria-hidden className={active ? undefined : classes.sortHint} style={{ flexShrink: 0 }} />
        </Group>
      </UnstyledButton>
      {resize && (
        <ColumnResizeHandle label={t('userList.resize', { column: label })} width={width} onDrag={resize.onDrag} onCommit={resize.onCommit} />
      )}
    </th>
  );
}
