import { COLUMN_WIDTH_MAX, COLUMN_WIDTH_MIN } from '@shared/rules/user-list-rules';
import { useRef } from 'react';
import classes from './UserTable.module.css';

const KEYBOARD_STEP = 10;

interface Props {
  label: string;
  width: number;
  onDrag(width: number): void;
  onCommit(width: number): void;
}

const clamp = (width: number) => Math.round(Math.min(COLUMN_WIDTH_MAX, Math.max(COLUMN_WIDTH_MIN, width)));

/** A column's width one keyboard step wider (1) or narrower (-1), within the allowed widths. */
export const stepWidth = (width: number, direction: 1 | -1) => clamp(width + direction * KEYBOARD_STEP);

/**
 * The right edge of a column header: drag it with the mouse. A separator (not a button), so the header keeps
 * one button: the sort. From the keyboard, Shift+Left/Right on the header cell in the grid narrows and widens
 * the column (UserTable); the arrow keys work here too when a click has focused the edge, but it is no Tab
 * stop of its own: the grid is one Tab stop.
 */
export function ColumnResizeHandle({ label, width, onDrag, onCommit }: Props) {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      // Its own tooltip, not the header's "Sort by".
      title={label}
      aria-valuemin={COLUMN_WIDTH_MIN}
      aria-valuemax={COLUMN_WIDTH_MAX}
      aria-valuenow={width}
      tabIndex={-1}
      className={classes.resizer}
      onClick={(event) => event.stopPropagation()}
      onPointerDown={(event) => {
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width, width };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        drag.current.width = clamp(drag.current.startWidth + event.clientX - drag.current.startX);
        onDrag(drag.current.width);
      }}
      onPointerUp={() => {
        if (!drag.current) return;
        const final = drag.current.width;
        drag.current = null;
        onCommit(final);
      }}
      onKeyDown={(event) => {
        const direction = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (direction === 0) return;
        event.preventDefault();
        // Not also a move to the next cell of the grid.
        event.stopPropagation();
        onCommit(stepWidth(width, direction));
      }}
    />
  );
}
