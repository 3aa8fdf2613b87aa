import { Checkbox, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import type { UserListColumn } from '@shared/contract';
import type { UserRow } from '@shared/domain';
import type { ReactNode } from 'react';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import { UserAvatar } from './UserAvatar';
import { VipStars } from './VipStars';

export interface UserSort {
  column: UserListColumn;
  direction: 'asc' | 'desc';
}

export interface RowSelection {
  selected: ReadonlySet<number>;
  toggle(id: number): void;
  setAll(checked: boolean): void;
}

const COLUMNS: { column: UserListColumn; label: MessageKey }[] = [
  { column: 'username', label: 'users.col.username' },
  { column: 'lastName', label: 'users.col.lastName' },
  { column: 'firstName', label: 'users.col.firstName' },
  { column: 'department', label: 'users.col.department' },
  { column: 'vip', label: 'users.col.vip' },
  { column: 'number', label: 'users.col.number' },
  { column: 'phone', label: 'users.col.phone' },
  { column: 'mobile', label: 'users.col.mobile' },
];

interface Props {
  label: string;
  rows: UserRow[];
  sort: UserSort;
  /** Sorting is done by main; the table only asks for another order. */
  onSort(sort: UserSort): void;
  onOpen?(row: UserRow): void;
  selection?: RowSelection;
  actions(row: UserRow): ReactNode;
}

export function UserTable({ label, rows, sort, onSort, onOpen, selection, actions }: Props) {
  const allSelected = selection !== undefined && rows.length > 0 && rows.every((row) => selection.selected.has(row.id));
  const someSelected = selection !== undefined && rows.some((row) => selection.selected.has(row.id));

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={label} highlightOnHover={onOpen !== undefined} verticalSpacing={6} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('users.selectAll')}
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(event) => selection.setAll(event.currentTarget.checked)}
                />
              </Table.Th>
            )}
            {COLUMNS.map(({ column, label: columnLabel }) => (
              <SortableHeader key={column} label={t(columnLabel)} column={column} sort={sort} onSort={onSort} />
            ))}
            <Table.Th w={1}>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('common.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              tabIndex={onOpen ? 0 : undefined}
              style={onOpen ? { cursor: 'pointer' } : undefined}
              c={row.enabled ? undefined : 'dimmed'}
              bg={selection?.selected.has(row.id) ? 'var(--mantine-primary-color-light)' : undefined}
              onClick={onOpen ? () => onOpen(row) : undefined}
              onKeyDown={
                onOpen
                  ? (event) => {
                      if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(row);
                    }
                  : undefined
              }
            >
              {selection && (
                <Table.Td onClick={(event) => event.stopPropagation()}>
                  <Checkbox
                    aria-label={t('users.select', { username: row.username })}
                    checked={selection.selected.has(row.id)}
                    onChange={() => selection.toggle(row.id)}
                  />
                </Table.Td>
              )}
              <Table.Td fw={500}>
                {/* The avatar is aria-hidden, so the cell's name stays the username alone. */}
                <Group gap="xs" wrap="nowrap">
                  <UserAvatar userId={row.id} username={row.username} firstName={row.firstName} lastName={row.lastName} fetchedAt={row.photoFetchedAt} />
                  <span>{row.username}</span>
                </Group>
              </Table.Td>
              <Table.Td>{row.lastName}</Table.Td>
              <Table.Td>{row.firstName}</Table.Td>
              <Table.Td>{row.department}</Table.Td>
              <Table.Td>
                <VipStars value={row.vip} />
              </Table.Td>
              <Table.Td>{row.number}</Table.Td>
              <Table.Td>{row.phone}</Table.Td>
              <Table.Td>{row.mobile}</Table.Td>
              <Table.Td onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  {actions(row)}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface HeaderProps {
  label: string;
  column: UserListColumn;
  sort: UserSort;
  onSort(sort: UserSort): void;
}

function SortableHeader({ label, column, sort, onSort }: HeaderProps) {
  const active = sort.column === column;
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconSortAscending : IconSortDescending;
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        title={t('users.sortBy', { column: label })}
        onClick={() => onSort({ column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={600}>
            {label}
          </Text>
          <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.4 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
