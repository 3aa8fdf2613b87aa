import { Button, Group, Text } from '@mantine/core';
import { IconSelectAll, IconX } from '@tabler/icons-react';
import { t } from '../../i18n';

interface Props {
  total: number;
  filtered: boolean;
  selected: number;
  onSelectAll(): void;
  onClear(): void;
}

/** Large counts with the catalog's digit grouping (100,000); the plural form still follows the number. */
const grouped = (count: number) => count.toLocaleString('en');

/** How many users the list holds and how many are selected, with the selection's two shortcuts as buttons. */
export function SelectionStatus({ total, filtered, selected, onSelectAll, onClear }: Props) {
  return (
    <Group gap="sm" justify="space-between" wrap="wrap" mih={30}>
      <Group gap="md">
        <Text size="sm" c="dimmed" aria-live="polite">
          {filtered ? t('users.totalFiltered', { count: grouped(total) }) : t('users.total', { count: grouped(total) })}
        </Text>
        {selected > 0 && (
          <Text size="sm" fw={600} aria-live="polite">
            {t('userList.selected', { count: grouped(selected) })}
          </Text>
        )}
      </Group>
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
        {selected > 0 && (
          <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
            {t('userList.clearSelection')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
