import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { USER_LIST_COLUMNS } from '@shared/user-record/list-columns';
import type { UserListColumn } from '@shared/user-record/list-columns';
import { t } from '../i18n';
import { columnHeader } from './userColumns';

interface Props {
  columns: readonly UserListColumn[];
  onChange(columns: UserListColumn[]): void;
  onReset(): void;
}

/** Which columns the user list shows; username always. Shown columns keep their order; one ticked comes last. */
export function ColumnChooser({ columns, onChange, onReset }: Props) {
  const shown = new Set(columns);
  const toggle = (column: UserListColumn, checked: boolean) => {
    const next = new Set(shown);
    if (checked) next.add(column);
    else next.delete(column);
    onChange([...columns.filter((c) => next.has(c)), ...USER_LIST_COLUMNS.filter((c) => next.has(c) && !columns.includes(c))]);
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
              label={t(columnHeader(column))}
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
