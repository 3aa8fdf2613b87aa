import { ActionIcon, Tooltip } from '@mantine/core';
import type { ActionIconProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props extends Omit<ActionIconProps, 'children' | 'variant'> {
  label: string;
  icon: ReactNode;
  onClick(): void;
}

/** An icon-only action: its label is both the tooltip and the accessible name, so the two never drift apart. */
export function IconAction({ label, icon, onClick, ...rest }: Props) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" aria-label={label} onClick={onClick} {...rest}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
