import { Button, Group, Text } from '@mantine/core';
import { IconSelectAll } from '@tabler/icons-react';
import { formatNumber, t } from '../../i18n';

interface Props {
  total: number;
  filtered: boolean;
  selected: number;
  onSelectAll(): void;
}

/**
 * How many users the list holds, with the way to select them all. The selection's own count and its
 * clearing are in the bulk bar (shown while users are selected), beside the actions that use them.
 */
export function SelectionStatus({ total, filtered, selected, onSelectAll }: Props) {
  const count = formatNumber(total);
  return (
    <Group gap="sm" justify="space-between" wrap="wrap" mih={30}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {filtered ? t('users.totalFiltered', { count }) : t('users.total', { count })}
      </Text>
      <Group gap="xs">
        {selected === 0 && total > 0 && (
          <Text size="xs" c="dimmed">
            {t('userList.selectionHint')}
          </Text>
        )}
        {total > 0 && selected < total && (
          <Button size="compact-sm" variant="subtle" leftSection={<IconSelectAll size={14} />} onClick={onSelectAll}>
            {t('userList.selectAllMatching')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
