import { Checkbox, Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import type { UserListColumn } from '@shared/user-record/list-columns';
import type { UserRow } from '@shared/domain';
import type { CSSProperties, KeyboardEvent, ReactNode, Ref } from 'react';
import { memo, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { t } from '../i18n';
import { stepWidth } from './ColumnResizeHandle';
import { SelectionAnnouncer } from './SelectionAnnouncer';
import { RowHint } from './RowHint';
import { nextSort, SortableHeader } from './SortableHeader';
import { useGridNavigation } from './useGridNavigation';
import { useLoadedRows } from './useUserList';
import type { GridSeek } from './useGridNavigation';
import { columnWidth } from './userColumns';
import { UserCell } from './UserCell';
import classes from './UserTable.module.css';

export interface UserSort {
  column: UserListColumn;
  direction: 'asc' | 'desc';
}

export interface RowSelection {
  isSelected(id: number): boolean;
  /** How many users are selected (said by a live region as it changes). */
  count: number;
  /** A checkbox was clicked (or Space pressed): with shift, the range from the last clicked row is selected. */
  toggle(row: UserRow, index: number, shift: boolean): void;
  /** Shift with an arrow key: the rows passed over are added. */
  selectRange(from: number, to: number): void;
  /** The header checkbox's state over everything that matches. */
  all: 'all' | 'some' | 'none';
  toggleAll(): void;
  allLabel: string;
}

/** Every row has this height: the virtualiser needs no measuring, and the scrollbar is exact. */
const ROW_HEIGHT = 44;
const HEADER_HEIGHT = 44;
const SELECT_WIDTH = 44;
/**
 * Rows rendered above and below the visible ones, so a quick scroll does not show blanks. Few: a jump (End,
 * a scrollbar drag) mounts the visible rows and these in one frame before it shows anything.
 */
const OVERSCAN = 6;
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
  /** The rows shown are still the previous query's (its answer is on the way): keys do not act on them. */
  stale?: boolean;
  columns: readonly UserListColumn[];
  widths: Partial<Record<UserListColumn, number>>;
  /** A column's width was dragged or stepped with the keyboard; omit to make columns fixed. */
  onResize?(column: UserListColumn, width: number): void;
  sort: UserSort;
  /** Sorting is done by main; the table only asks for another order. */
  onSort(sort: UserSort): void;
  /** A click on a row, or Enter: opens the user. Without it, both toggle the row's selection. */
  onOpen?(row: UserRow, index: number): void;
  /** The Delete key on a row: what its delete (or purge) button does, confirmation included. */
  onDelete?(row: UserRow): Promise<unknown>;
  selection?: RowSelection;
  actions(row: UserRow): ReactNode;
  actionsWidth: number;
  /** Back from the editor: the row to focus when the list has loaded. */
  focusOnMount?: GridSeek;
  ref?: Ref<UserTableHandle>;
}

export interface UserTableHandle {
  /** Focuses the first row (Arrow Down in the search box moves to the results). */
  focusFirstRow(): void;
}

/**
 * The user list as a virtualised ARIA grid: a real <table> (rows and cells keep their roles), laid out as a
 * CSS grid so that only the rows on screen exist, each absolutely placed at its fixed offset. The cells are
 * in the document in the order shown (selection checkbox, columns, actions), which is also the order the
 * arrow keys follow. The grid is one Tab stop (useGridNavigation); the keys act on the focused row: Space
 * selects, Shift+arrows extend, Enter opens, Delete deletes; on a column header Enter sorts and Shift+Left/Right
 * changes the width. The checkbox and action buttons stay for the mouse and are no Tab stops of their own.
 */
export function UserTable(props: Props) {
  const {
    label,
    total,
    rowAt,
    onRangeChange,
    resetKey,
    columns,
    widths,
    onResize,
    sort,
    onSort,
    onOpen,
    onDelete,
    selection,
    actions,
    actionsWidth,
  } = props;
  // Pages that arrive re-render the table, not the screen that holds the list.
  useLoadedRows(rowAt);
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  /** How far the rows are scrolled, in pixels (the virtualiser's last scroll offset). */
  const scrolledTo = useRef(0);
  const [maxHeight, setMaxHeight] = useState<number | undefined>(undefined);
  // A column being dragged shows its new width at once; it is saved when the drag ends.
  const [dragWidths, setDragWidths] = useState<Partial<Record<UserListColumn, number>>>({});

  const grid = useGridNavigation(tableRef, {
    total,
    resetKey,
    defaultCol: selection ? 1 : 0,
    pageRows: () => Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT)),
    rowIdAt: (index) => rowAt(index)?.id,
    // From the offset the virtualiser was told by the scroll event: reading the layout after each render
    // would force one (a scroll renders the table many times a second).
    firstRowInView: () => Math.floor(scrolledTo.current / ROW_HEIGHT),
    seek: props.focusOnMount,
  });
  useImperativeHandle(props.ref, () => ({ focusFirstRow: grid.focusFirstRow }), [grid.focusFirstRow]);

  // While the grid has the focus, its focused row stays rendered when scrolled away: the focus is not lost with it.
  const pinned = grid.pinnedRow;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (pinned < 0 || pinned >= range.count || indexes.includes(pinned)) return indexes;
      return pinned < (indexes[0] ?? 0) ? [pinned, ...indexes] : [...indexes, pinned];
    },
    [pinned],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser hands out new positions on every scroll by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
    // A scroll renders in the browser's own frame, not synchronously inside the scroll event.
    useFlushSync: false,
    onChange: (instance) => {
      scrolledTo.current = instance.scrollOffset ?? 0;
    },
  });
  const items = virtualizer.getVirtualItems();
  // The rows on screen and around them (not the pinned row): their pages are fetched.
  const visible = virtualizer.range;
  const first = Math.max(0, (visible?.startIndex ?? 0) - OVERSCAN);
  const last = Math.max(0, Math.min(total - 1, (visible?.endIndex ?? 0) + OVERSCAN));

  useEffect(() => onRangeChange(first, last), [first, last, onRangeChange]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // The table fills the window below its top edge; the page itself does not scroll the rows. Measured again
  // when the window or what is above the table changes size (the bulk bar, an error under the search box),
  // not after every render: a measure forces a layout, and a scroll renders the table many times a second.
  useLayoutEffect(() => {
    const measure = () => {
      const top = scrollRef.current?.getBoundingClientRect().top;
      if (top !== undefined) setMaxHeight(Math.max(4 * ROW_HEIGHT, window.innerHeight - top - BOTTOM_GAP));
    };
    measure();
    window.addEventListener('resize', measure);
    const around = scrollRef.current?.parentElement;
    const observer = typeof ResizeObserver === 'undefined' || !around ? null : new ResizeObserver(measure);
    if (around) observer?.observe(around);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, []);

  const widthOf = (column: UserListColumn) => dragWidths[column] ?? columnWidth(column, widths);
  const rowWidth = columns.reduce((sum, column) => sum + widthOf(column), 0) + actionsWidth + (selection ? SELECT_WIDTH : 0);
  const rowStyle: CSSProperties = { minWidth: rowWidth };
  // Where there is nothing to open (deleted users), a click or Enter selects, as the checkbox does.
  const activate = useMemo(
    () => onOpen ?? (selection && ((row: UserRow, index: number, shift: boolean) => selection.toggle(row, index, shift))),
    [onOpen, selection],
  );

  // What a row needs besides its user: one object while the columns and widths stay, and the callbacks
  // behind a ref, so that a scroll re-renders only the rows that come into view (UserTableRow is memoised).
  const columnWidths = columns.map(widthOf);
  const widthsKey = columnWidths.join(',');
  const layout = useMemo<RowLayout>(
    () => ({ columns, widths: columnWidths, rowWidth, actionsWidth, selectable: selection !== undefined, openable: activate !== undefined }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- widthsKey stands for the widths
    [columns, widthsKey, rowWidth, actionsWidth, selection !== undefined, activate !== undefined],
  );
  const latest = useRef<RowCallbacks>({ activate, selection, actions });
  useLayoutEffect(() => {
    latest.current = { activate, selection, actions };
  }, [activate, selection, actions]);
  const handlers = latest;

  // The header, memoised like the rows: a scroll re-renders the table many times a second, and the header
  // stays as it is. Its callbacks are read when used.
  const headLatest = useRef<HeadCallbacks>({ onSort, onResize, selection, setDragWidths });
  useLayoutEffect(() => {
    headLatest.current = { onSort, onResize, selection, setDragWidths };
  }, [onSort, onResize, selection]);

  // Home and End on the container itself jump at once: the browser's own scroll there is animated, and
  // every position it passes on the way asks for rows that are not wanted.
  const onScrollerKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const jump = event.key === 'End' ? 'end' : event.key === 'Home' ? 'start' : null;
    if (event.target !== event.currentTarget || !jump || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const scroller = event.currentTarget;
    scroller.scrollTo({ top: jump === 'end' ? scroller.scrollHeight : 0, behavior: 'instant' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const at = grid.positionOf(event.target);
    if (!at) return;
    const target = event.target as HTMLElement;
    // Enter and Space on a button (or Space on a checkbox) clicked with the mouse before are the control's own.
    const control = target.closest('button, input');
    if (control && (event.key === ' ' || (event.key === 'Enter' && control.tagName === 'BUTTON'))) return;
    const command = at.row < 0 ? headerCommand(event, target.closest('th')) : rowCommand(event, at.row);
    if (command) {
      event.preventDefault();
      command();
      return;
    }
    const move = grid.moveFor(event);
    if (!move) return;
    event.preventDefault();
    const { from, to } = move;
    if (event.shiftKey && selection && from.row >= 0 && to.row >= 0 && to.row !== from.row) selection.selectRange(from.row, to.row);
    grid.focusAt(to);
  };

  const headerCommand = (event: KeyboardEvent, cell: HTMLTableCellElement | null): (() => void) | null => {
    if (!cell) return null;
    const column = cell.dataset.column as UserListColumn | undefined;
    if (event.key === 'Enter' || event.key === ' ') {
      if (column) return () => onSort(nextSort(sort, column));
      if (cell.hasAttribute('data-select-all') && selection) return () => selection.toggleAll();
    }
    const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (column && onResize && event.shiftKey && direction !== 0) return () => onResize(column, stepWidth(widthOf(column), direction));
    return null;
  };

  const rowCommand = (event: KeyboardEvent, index: number): (() => void) | null => {
    const row = rowAt(index);
    // A quick Enter after typing a search must not open a user of the previous results.
    if (!row || props.stale || event.altKey || event.ctrlKey || event.metaKey) return null;
    if (event.key === ' ' && selection) return () => selection.toggle(row, index, event.shiftKey);
    if (event.key === 'Enter' && activate) return () => activate(row, index, false);
    // Afterwards the focus is put back on the row's place (now the next user's): the dialog's own return of
    // the focus finds the deleted row's cell gone.
    if (event.key === 'Delete' && onDelete) return () => void onDelete(row).then(() => grid.focusAt({ row: index, col: grid.activeCol }));
    return null;
  };

  return (
    <>
      <div
        ref={scrollRef}
        className={classes.scroller}
        // A row focused by the arrow keys is scrolled to below the sticky header, not under it.
        style={{ maxHeight, scrollPaddingTop: HEADER_HEIGHT }}
        // The container scrolls with the keyboard too (Page Down, End) when it has the focus.
        tabIndex={-1}
        onKeyDown={onScrollerKeyDown}
      >
        <table
          ref={tableRef}
          role="grid"
          aria-label={label}
          aria-rowcount={total + 1}
          aria-multiselectable={selection ? true : undefined}
          aria-busy={props.stale || undefined}
          className={classes.table}
          onKeyDown={onKeyDown}
          onFocus={grid.onFocus}
          onBlur={grid.onBlur}
        >
          <UserTableHead
            layout={layout}
            sort={sort}
            resizable={onResize !== undefined}
            selectAll={selection && { all: selection.all, label: selection.allLabel }}
            callbacks={headLatest}
          />
          <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const row = rowAt(item.index);
              const top = item.start - HEADER_HEIGHT;
              if (!row) {
                return (
                  <tr
                    key={`loading-${item.index}`}
                    className={`${classes.row} ${classes.placed}`}
                    style={{ ...rowStyle, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
                    aria-rowindex={item.index + 2}
                    aria-busy
                  >
                    <td className={classes.cell} style={{ width: rowWidth }}>
                      <p className={`${classes.text} ${classes.dimmed}`}>{t('userList.loadingRow')}</p>
                    </td>
                  </tr>
                );
              }
              return (
                <UserTableRow
                  key={row.id}
                  row={row}
                  index={item.index}
                  top={top}
                  selected={selection?.isSelected(row.id) ?? false}
                  layout={layout}
                  handlers={handlers}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      <RowHint container={scrollRef} />
      {selection && <SelectionAnnouncer count={selection.count} />}
    </>
  );
}

interface HeadCallbacks {
  onSort(sort: UserSort): void;
  onResize: Props['onResize'];
  selection: RowSelection | undefined;
  setDragWidths(widths: Partial<Record<UserListColumn, number>>): void;
}

interface HeadProps {
  layout: RowLayout;
  sort: UserSort;
  resizable: boolean;
  /** The header checkbox's state over everything that matches, and its name; undefined without selection. */
  selectAll: { all: RowSelection['all']; label: string } | undefined;
  callbacks: { readonly current: HeadCallbacks };
}

/** The header row: a checkbox over all matches, the sortable (and resizable) columns, the actions' heading. */
const UserTableHead = memo(
  function UserTableHead({ layout, sort, resizable, selectAll, callbacks }: HeadProps) {
    const { columns, widths, rowWidth, actionsWidth } = layout;
    const onSort = useCallback((next: UserSort) => callbacks.current.onSort(next), [callbacks]);
    return (
      <thead className={classes.head} style={{ height: HEADER_HEIGHT }}>
        <tr className={classes.row} style={{ minWidth: rowWidth }} aria-rowindex={1}>
          {selectAll && (
            <th className={classes.cell} style={{ width: SELECT_WIDTH }} data-select-all>
              <Checkbox
                aria-label={selectAll.label}
                title={selectAll.label}
                checked={selectAll.all === 'all'}
                indeterminate={selectAll.all === 'some'}
                onChange={() => callbacks.current.selection?.toggleAll()}
              />
            </th>
          )}
          {columns.map((column, i) => (
            <SortableHeader
              key={column}
              column={column}
              width={widths[i]!}
              sort={sort}
              onSort={onSort}
              resize={
                resizable
                  ? {
                      onDrag: (width) => callbacks.current.setDragWidths({ [column]: width }),
                      onCommit: (width) => {
                        callbacks.current.setDragWidths({});
                        callbacks.current.onResize?.(column, width);
                      },
                    }
                  : undefined
              }
            />
          ))}
          <th className={`${classes.cell} ${classes.actions}`} style={{ width: actionsWidth, flex: '1 0 auto', justifyContent: 'flex-end' }}>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {t('common.actions')}
            </Text>
          </th>
        </tr>
      </thead>
    );
  },
  // The select-all state is an object made afresh on each render: compared by its values.
  (before, after) =>
    before.layout === after.layout &&
    before.sort === after.sort &&
    before.resizable === after.resizable &&
    before.callbacks === after.callbacks &&
    before.selectAll?.all === after.selectAll?.all &&
    before.selectAll?.label === after.selectAll?.label,
);

interface RowLayout {
  columns: readonly UserListColumn[];
  widths: number[];
  rowWidth: number;
  actionsWidth: number;
  selectable: boolean;
  openable: boolean;
}

interface RowCallbacks {
  activate: ((row: UserRow, index: number, shift: boolean) => void) | undefined;
  selection: RowSelection | undefined;
  actions(row: UserRow): ReactNode;
}

interface RowProps {
  row: UserRow;
  index: number;
  /** The row's offset below the header, in pixels. */
  top: number;
  selected: boolean;
  layout: RowLayout;
  handlers: { readonly current: RowCallbacks };
}

/**
 * One user's row. Memoised: while the list scrolls, a row that stays on screen keeps its props (the same
 * user object, place and layout) and is not rendered again; its callbacks are read when clicked.
 */
const UserTableRow = memo(function UserTableRow({ row, index, top, selected, layout, handlers }: RowProps) {
  const { columns, widths, rowWidth, actionsWidth, selectable, openable } = layout;
  return (
    <tr
      aria-rowindex={index + 2}
      aria-selected={selectable ? selected : undefined}
      className={`${classes.row} ${classes.placed} ${openable ? classes.openable : ''} ${selected ? classes.selected : ''}`}
      style={{ minWidth: rowWidth, height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
      data-disabled={row.enabled ? undefined : true}
      onClick={openable ? (event) => handlers.current.activate?.(row, index, event.shiftKey) : undefined}
    >
      {selectable && (
        <td className={classes.cell} style={{ width: SELECT_WIDTH }} onClick={(event) => event.stopPropagation()}>
          {/* A plain input drawn as Mantine's Checkbox (UserTable.module.css): one in every row. */}
          <input
            type="checkbox"
            className={classes.check}
            aria-label={t('users.select', { username: row.username })}
            checked={selected}
            // The click (not the change) carries the shift key of a range selection.
            onClick={(event) => handlers.current.selection?.toggle(row, index, event.shiftKey)}
            onChange={() => undefined}
          />
        </td>
      )}
      {columns.map((column, i) => (
        <td key={column} className={classes.cell} style={{ width: widths[i] }}>
          <UserCell row={row} column={column} />
        </td>
      ))}
      <td
        className={`${classes.cell} ${classes.actions}`}
        style={{ width: actionsWidth, flex: '1 0 auto', justifyContent: 'flex-end' }}
        data-actions
        onClick={(event) => event.stopPropagation()}
      >
        <div className={classes.actionGroup}>{handlers.current.actions(row)}</div>
      </td>
    </tr>
  );
});
