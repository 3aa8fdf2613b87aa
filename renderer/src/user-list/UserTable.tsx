import { Checkbox, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { UserListColumn } from '@shared/rules/user-list-rules';
import type { UserRow } from '@shared/domain';
import type { CSSProperties, ReactNode } from 'react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { t } from '../i18n';
import { ColumnResizeHandle } from './ColumnResizeHandle';
import { COLUMN_LABELS, columnWidth } from './userColumns';
import { UserCell } from './UserCell';
import classes from './UserTable.module.css';

export interface UserSort {
  column: UserListColumn;
  direction: 'asc' | 'desc';
}

export interface RowSelection {
  isSelected(id: number): boolean;
  /** A checkbox was clicked: with shift, the range from the last clicked row is selected. */
  toggle(row: UserRow, index: number, shift: boolean): void;
  /** The header checkbox's state over everything that matches. */
  all: 'all' | 'some' | 'none';
  toggleAll(): void;
  allLabel: string;
}

/** Every row has this height: the virtualiser needs no measuring, and the scrollbar is exact. */
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;
const SELECT_WIDTH = 44;
/** Rows rendered above and below the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 12;
/** The space kept below the table inside the window. */
const BOTTOM_GAP = 16;

interface Props {
  label: string;
  total: number;
  rowAt(index: number): UserRow | undefined;
  /** Told which rows are on screen, so their pages can be fetched. */
  onRangeChange(start: number, end: number): void;
  /** Changes when the rows are another query's: the table scrolls back to the top. */
  resetKey: string;
  columns: readonly UserListColumn[];
  widths: Partial<Record<UserListColumn, number>>;
  /** A column's width was dragged or stepped with the keyboard; omit to make columns fixed. */
  onResize?(column: UserListColumn, width: number): void;
  sort: UserSort;
  /** Sorting is done by main; the table only asks for another order. */
  onSort(sort: UserSort): void;
  onOpen?(row: UserRow): void;
  selection?: RowSelection;
  actions(row: UserRow): ReactNode;
  actionsWidth: number;
}

/**
 * The user list as a virtualised table: a real <table> (rows and cells keep their roles), laid out as a
 * grid so that only the rows on screen exist, each absolutely placed at its fixed offset. The selection
 * checkbox cell comes last in the document but is shown first, so each row's first cell is its username.
 */
export function UserTable(props: Props) {
  const { label, total, rowAt, onRangeChange, resetKey, columns, widths, onResize, sort, onSort, onOpen, selection, actions, actionsWidth } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [maxHeight, setMaxHeight] = useState<number | undefined>(undefined);
  // A column being dragged shows its new width at once; it is saved when the drag ends.
  const [dragWidths, setDragWidths] = useState<Partial<Record<UserListColumn, number>>>({});

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser hands out new positions on every scroll by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // The table fills the window below its top edge; the page itself does not scroll the rows.
  useLayoutEffect(() => {
    const measure = () => {
      const top = scrollRef.current?.getBoundingClientRect().top;
      if (top !== undefined) setMaxHeight(Math.max(4 * ROW_HEIGHT, window.innerHeight - top - BOTTOM_GAP));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });

  const widthOf = (column: UserListColumn) => dragWidths[column] ?? columnWidth(column, widths);
  const rowWidth = columns.reduce((sum, column) => sum + widthOf(column), 0) + actionsWidth + (selection ? SELECT_WIDTH : 0);
  const rowStyle: CSSProperties = { minWidth: rowWidth };

  return (
    <div
      ref={scrollRef}
      className={classes.scroller}
      style={{ maxHeight }}
      // The container scrolls with the keyboard too (Page Down, End) when it has the focus.
      tabIndex={-1}
    >
      <table aria-label={label} aria-rowcount={total + 1} className={classes.table}>
        <thead className={classes.head} style={{ height: HEADER_HEIGHT }}>
          <tr className={classes.row} style={rowStyle} aria-rowindex={1}>
            {columns.map((column) => (
              <SortableHeader
                key={column}
                column={column}
                width={widthOf(column)}
                sort={sort}
                onSort={onSort}
                resize={
                  onResize && {
                    onDrag: (width) => setDragWidths({ [column]: width }),
                    onCommit: (width) => {
                      setDragWidths({});
                      onResize(column, width);
                    },
                  }
                }
              />
            ))}
            <th className={classes.cell} style={{ width: actionsWidth, flex: '1 0 auto', justifyContent: 'flex-end' }}>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {t('common.actions')}
              </Text>
            </th>
            {selection && (
              <th className={classes.cell} style={{ width: SELECT_WIDTH, order: -1 }}>
                <Checkbox
                  aria-label={selection.allLabel}
                  title={selection.allLabel}
                  checked={selection.all === 'all'}
                  indeterminate={selection.all === 'some'}
                  onChange={() => selection.toggleAll()}
                />
              </th>
            )}
          </tr>
        </thead>
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rowAt(item.index);
            const placed: CSSProperties = { ...rowStyle, height: ROW_HEIGHT, transform: `translateY(${item.start - HEADER_HEIGHT}px)` };
            if (!row) {
              return (
                <tr
                  key={`loading-${item.index}`}
                  className={`${classes.row} ${classes.placed}`}
                  style={placed}
                  aria-rowindex={item.index + 2}
                  aria-busy
                >
                  <td className={classes.cell} style={{ width: rowWidth }}>
                    <Text size="sm" c="dimmed">
                      {t('userList.loadingRow')}
                    </Text>
                  </td>
                </tr>
              );
            }
            const selected = selection?.isSelected(row.id) ?? false;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selection ? selected : undefined}
                className={`${classes.row} ${classes.placed} ${onOpen ? classes.openable : ''} ${selected ? classes.selected : ''}`}
                style={placed}
                data-disabled={row.enabled ? undefined : true}
                tabIndex={onOpen ? 0 : undefined}
                onClick={onOpen ? () => onOpen(row) : undefined}
                onKeyDown={
                  onOpen
                    ? (event) => {
                        if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(row);
                      }
                    : undefined
                }
              >
                {columns.map((column) => (
                  <td key={column} className={classes.cell} style={{ width: widthOf(column) }}>
                    <UserCell row={row} column={column} />
                  </td>
                ))}
                <td
                  className={classes.cell}
                  style={{ width: actionsWidth, flex: '1 0 auto', justifyContent: 'flex-end' }}
                  onClick={(event) => event.stopPropagation()}
                  onKeyDown={(event) => event.stopPropagation()}
                >
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {actions(row)}
                  </Group>
                </td>
                {selection && (
                  <td className={classes.cell} style={{ width: SELECT_WIDTH, order: -1 }} onClick={(event) => event.stopPropagation()}>
                    <Checkbox
                      aria-label={t('users.select', { username: row.username })}
                      checked={selected}
                      // The click (not the change) carries the shift key of a range selection.
                      onClick={(event) => selection.toggle(row, item.index, event.shiftKey)}
                      onChange={() => undefined}
                    />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface HeaderProps {
  column: UserListColumn;
  width: number;
  sort: UserSort;
  onSort(sort: UserSort): void;
  resize: { onDrag(width: number): void; onCommit(width: number): void } | undefined;
}

function SortableHeader({ column, width, sort, onSort, resize }: HeaderProps) {
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
    >
      <UnstyledButton
        title={t('users.sortBy', { column: label })}
        onClick={() => onSort({ column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
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
