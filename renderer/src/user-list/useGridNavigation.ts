import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import { useLayoutEffect, useRef, useState } from 'react';

/** A place in the grid: row -1 is the header row, 0 on the list's rows; col counts the row's stops. */
export interface GridPosition {
  row: number;
  col: number;
}

/** Coming back to the list: the row to focus, looked for by id near its old place (an edit may move it). */
export interface GridSeek {
  userId: number | null;
  index: number;
}

interface Options {
  /** How many rows the list has (not how many are rendered). */
  total: number;
  /** Changes with the query: the active row goes back to the first. */
  resetKey: string;
  /** The stop a row is entered at first: its username. */
  defaultCol: number;
  /** Rows moved by Page Up and Page Down: those on screen. */
  pageRows(): number;
  /** The id of the user at a position, when its page is loaded. */
  rowIdAt(index: number): number | undefined;
  /** The first row not hidden under the header, where the Tab stop goes when the active row is not rendered. */
  firstRowInView(): number;
  seek: GridSeek | undefined;
}

/** How far from its old position the edited user is looked for among the loaded rows. */
const SEEK_SPAN = 200;
/** Everything in the table that could take focus: all of it leaves the Tab order but the active stop. */
const FOCUSABLE = 'td, th, button, input, [tabindex]';

/**
 * Roving focus over the virtualised user table as an ARIA grid: the whole list is one Tab stop (the active
 * cell), arrow keys, Home/End and Page Up/Down move between cells and rows. A row's stops are its cells in
 * screen order, except that the actions cell lends its place to its buttons, so each can be reached and
 * pressed. While the grid has the focus, the active row stays rendered however far the list is scrolled (the
 * table pins it, see `pinnedRow`), so focus is never lost with it; focusing it scrolls it into view. Without
 * the focus, a row scrolled away is not kept: the Tab stop is then on the first row in view, where the eye is.
 *
 * Positions are read from the document (aria-rowindex and the row's cells) rather than kept per row: rows
 * come and go as the list scrolls, and the buttons in the actions cell are the screen's own.
 */
export function useGridNavigation(tableRef: RefObject<HTMLTableElement | null>, options: Options) {
  const { total, resetKey, defaultCol, pageRows, rowIdAt, firstRowInView } = options;
  const [active, setActive] = useState<GridPosition>({ row: 0, col: defaultCol });
  // Bumped for each focus move; the layout effect focuses once the target is rendered. `visible`: show the
  // focus ring (a move by the keyboard), where the browser would not guess it for a focus moved by script
  // after an answer arrived; undefined leaves it to the browser.
  const [focusRequest, setFocusRequest] = useState<{ n: number; visible?: boolean }>({ n: 0 });
  const requestFocus = (visible?: boolean) => setFocusRequest(({ n }) => ({ n: n + 1, visible }));
  const focusHandled = useRef(0);
  /** What had focus in the grid: when it disappears (its row reloaded or gone), focus goes to the active stop. */
  const focused = useRef<{ element: HTMLElement; visible: boolean } | null>(null);
  /** Whether the focus is in the grid, or on its way there. */
  const [hasFocus, setHasFocus] = useState(false);

  // A new query starts at its first row; the header stays the header (sorting is done from there).
  const [activeFor, setActiveFor] = useState(resetKey);
  if (activeFor !== resetKey) {
    setActiveFor(resetKey);
    if (active.row > 0) setActive({ row: 0, col: active.col });
  }

  // Back from the editor: focus the edited user's row once its place is loaded (the old place at first).
  const [seek, setSeek] = useState(options.seek);
  if (seek && total > 0) {
    const index = Math.min(seek.index, total - 1);
    const id = rowIdAt(index);
    if (id !== undefined) {
      setSeek(undefined);
      setActive({ row: id === seek.userId ? index : (nearby(index, seek.userId, total, rowIdAt) ?? index), col: active.col });
      requestFocus();
      setHasFocus(true);
    } else if (active.row !== index) {
      setActive({ row: index, col: active.col });
      requestFocus();
      setHasFocus(true);
    }
  }

  const activeRow = Math.min(active.row, total - 1);

  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const target =
      stopAt(table, { row: activeRow, col: active.col }) ?? stopAt(table, { row: Math.min(firstRowInView(), total - 1), col: active.col });
    for (const element of table.querySelectorAll<HTMLElement>(FOCUSABLE)) {
      const tabIndex = element === target ? '0' : '-1';
      if (element.getAttribute('tabindex') !== tabIndex) element.setAttribute('tabindex', tabIndex);
    }
    if (!target) return;
    const lost = focused.current && !focused.current.element.isConnected && (document.activeElement ?? document.body) === document.body;
    if (focusHandled.current !== focusRequest.n) {
      focusHandled.current = focusRequest.n;
      target.focus(focusRequest.visible === undefined ? undefined : { focusVisible: focusRequest.visible });
    } else if (lost) {
      target.focus({ focusVisible: focused.current?.visible });
    }
  });

  const positionOf = (target: EventTarget | null): (GridPosition & { count: number }) | null => {
    const table = tableRef.current;
    if (!table || !(target instanceof HTMLElement)) return null;
    const row = target.closest('tr');
    if (!row || !table.contains(row)) return null;
    const stops = stopsOf(row);
    const col = stops.findIndex((stop) => stop.contains(target));
    if (col < 0) return null;
    const index = Number(row.getAttribute('aria-rowindex')) - 2;
    // A row still loading has one cell: the column kept is the one moved along, and there is none to its right.
    return row.hasAttribute('aria-busy') ? { row: index, col: active.col, count: active.col + 1 } : { row: index, col, count: stops.length };
  };

  /** Moves the focus there, by the keyboard (so with its ring). */
  const focusAt = (position: GridPosition) => {
    setActive(position);
    requestFocus(true);
    setHasFocus(true);
  };

  return {
    activeCol: active.col,
    /** The row to keep rendered wherever the list is scrolled; -1 for none (the header is always there). */
    pinnedRow: hasFocus ? activeRow : -1,
    positionOf,
    focusAt,
    /** The first row, from outside the grid (Arrow Down in the search box). */
    focusFirstRow: () => focusAt({ row: Math.min(0, total - 1), col: defaultCol }),
    /** Where a navigation key moves from the focused stop; null for other keys. */
    moveFor(event: KeyboardEvent): { from: GridPosition; to: GridPosition } | null {
      const from = positionOf(event.target);
      if (!from || event.altKey) return null;
      const last = total - 1;
      const ctrl = event.ctrlKey || event.metaKey;
      const { row, col, count } = from;
      const to = ((): GridPosition | null => {
        switch (event.key) {
          case 'ArrowDown':
            return { row: Math.min(row + 1, last), col };
          case 'ArrowUp':
            return { row: Math.max(row - 1, -1), col };
          case 'ArrowRight':
            return { row, col: Math.min(col + 1, count - 1) };
          case 'ArrowLeft':
            return { row, col: Math.max(col - 1, 0) };
          case 'Home':
            return ctrl ? { row: Math.min(0, last), col } : { row, col: 0 };
          case 'End':
            return ctrl ? { row: last, col } : { row, col: count - 1 };
          case 'PageDown':
            return { row: Math.min(row + pageRows(), last), col };
          case 'PageUp':
            // From the header there is nothing above; from a row, Page Up stops at the first row.
            return { row: Math.max(row - pageRows(), Math.min(row, 0)), col };
          default:
            return null;
        }
      })();
      return to && { from, to };
    },
    onFocus(event: FocusEvent) {
      focused.current = event.target instanceof HTMLElement ? { element: event.target, visible: event.target.matches(':focus-visible') } : null;
      setHasFocus(true);
      const at = positionOf(event.target);
      if (at && (at.row !== active.row || at.col !== active.col)) setActive({ row: at.row, col: at.col });
    },
    onBlur(event: FocusEvent) {
      // Focus went elsewhere on purpose; without a new target it may have been lost with its element (or the
      // window lost it), and is still the grid's.
      if (!event.relatedTarget) return;
      focused.current = null;
      if (!tableRef.current?.contains(event.relatedTarget as Node)) setHasFocus(false);
    },
  };
}

/** The elements arrow keys move between in a row, in screen order: its cells, the actions cell's buttons. */
function stopsOf(row: HTMLTableRowElement): HTMLElement[] {
  return [...row.cells].flatMap((cell) => {
    if (!cell.hasAttribute('data-actions')) return [cell];
    const buttons = [...cell.querySelectorAll<HTMLElement>('button')];
    return buttons.length > 0 ? buttons : [cell];
  });
}

function stopAt(table: HTMLTableElement, { row, col }: GridPosition): HTMLElement | null {
  const element = table.querySelector<HTMLTableRowElement>(`tr[aria-rowindex="${row + 2}"]`);
  if (!element) return null;
  const stops = stopsOf(element);
  return stops[Math.min(col, stops.length - 1)] ?? null;
}

/** The position of a user among the loaded rows near the one given, if it is there. */
function nearby(index: number, userId: number | null, total: number, rowIdAt: (index: number) => number | undefined): number | undefined {
  if (userId === null) return undefined;
  for (let distance = 1; distance <= SEEK_SPAN; distance++) {
    for (const candidate of [index - distance, index + distance]) {
      if (candidate >= 0 && candidate < total && rowIdAt(candidate) === userId) return candidate;
    }
  }
  return undefined;
}
