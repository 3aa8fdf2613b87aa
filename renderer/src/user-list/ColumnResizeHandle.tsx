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

/**
 * The right edge of a column header: drag it with the mouse, or focus it and use the arrow keys.
 * A separator (not a button), so the header keeps one button: the sort.
 */
export function ColumnResizeHandle({ label, width, onDrag, onCommit }: Props) {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuemin={COLUMN_WIDTH_MIN}
      aria-valuemax={COLUMN_WIDTH_MAX}
      aria-valuenow={width}
      tabIndex={0}
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
        const step = event.key === 'ArrowRight' ? KEYBOARD_STEP : event.key === 'ArrowLeft' ? -KEYBOARD_STEP : 0;
        if (step === 0) return;
        event.preventDefault();
        onCommit(clamp(width + step));
      }}
    />
  );
}
