import type { CSSProperties, ReactNode } from 'react';
import classes from './UserTable.module.css';

interface Props {
  /** The accessible name, also shown as the hint on hover and focus (the table's one RowHint). */
  label: string;
  icon: ReactNode;
  /** A Mantine colour name: the icon is drawn in it, as ActionIcon variant="subtle" does. */
  color: string;
  onClick(): void;
}

/**
 * An icon button in a user row's actions cell: what IconAction shows (an ActionIcon variant="subtle" with a
 * Tooltip), as a plain button. Every row of the list has its actions, and a Tooltip per row is most of what
 * a fast scroll spends mounting rows; the table shows one hint for all of them instead.
 */
export function RowAction({ label, icon, color, onClick }: Props) {
  return (
    <button
      type="button"
      className={`mantine-focus-auto mantine-active ${classes.rowAction}`}
      style={
        {
          '--row-action-color': `var(--mantine-color-${color}-light-color)`,
          '--row-action-hover': `var(--mantine-color-${color}-light-hover)`,
        } as CSSProperties
      }
      aria-label={label}
      data-row-hint={label}
      onClick={onClick}
    >
      {icon}
    </button>
  );
}
