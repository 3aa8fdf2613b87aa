import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { USER_LIST_COLUMNS } from '@shared/rules/user-list-rules';
import type { UserListColumn } from '@shared/rules/user-list-rules';
import { t } from '../i18n';
import { COLUMN_LABELS } from './userColumns';

interface Props {
  columns: readonly UserListColumn[];
  onChange(columns: UserListColumn[]): void;
  onReset(): void;
}

/** Which columns the user list shows; username always. Columns keep their fixed order. */
export function ColumnChooser({ columns, onChange, onReset }: Props) {
  const shown = new Set(columns);
  const toggle = (column: UserListColumn, checked: boolean) => {
    const next = new Set(shown);
    if (checked) next.add(column);
    else next.delete(column);
    onChange(USER_LIST_COLUMNS.filter((c) => next.has(c)));
  };
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          {t('userList.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('userList.columns.title')} maw={260}>
          <Text size="sm" fw={600}>
            {t('userList.columns.title')}
          </Text>
          {USER_LIST_COLUMNS.map((column) => (
            <Checkbox
              key={column}
              label={t(COLUMN_LABELS[column])}
              checked={shown.has(column)}
              disabled={column === 'username'}
              onChange={(event) => toggle(column, event.currentTarget.checked)}
            />
          ))}
          <Text size="xs" c="dimmed">
            {t('userList.columns.hint')}
          </Text>
          <Button variant="subtle" size="xs" onClick={onReset}>
            {t('userList.columns.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
