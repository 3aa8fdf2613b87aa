import { Button, EmptyState, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { USER_STATE_FILTERS } from '@shared/channels/security';
import type { UserStateFilter } from '@shared/channels/security';
import type { UserRow } from '@shared/domain';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { IconAction } from '../../components/IconAction';
import { Pager } from '../../components/Pager';
import { ScreenHeader } from '../../components/ScreenHeader';
import { groupOptions, useGroups } from '../../components/useGroups';
import { PAGE_SIZE, useUserList } from '../../components/useUserList';
import { UserSearchBox } from '../../components/UserSearchBox';
import { UserTable } from '../../components/UserTable';
import { t } from '../../i18n';

export function UsersScreen() {
  const { openEditor, dataChanged } = useSession();
  const { confirm } = useDialogs();
  const list = useUserList('active');
  const { groups } = useGroups();
  const filtered = list.text !== '' || list.groupId !== null || list.state !== null;

  const remove = async (row: UserRow) => {
    const ok = await confirm({
      title: t('users.delete.title'),
      message: t('users.delete.message', { username: row.username }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    const result = await api.users.delete({ ids: [row.id] });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    notifyDone(t('users.delete.done', { username: row.username }));
    dataChanged();
  };

  return (
    <Stack gap="sm">
      <ScreenHeader title={t('users.title')}>
        <Tooltip label={t('users.newShortcut')}>
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => void openEditor(null)}>
            {t('users.new')}
          </Button>
        </Tooltip>
      </ScreenHeader>
      <Group align="flex-end" wrap="wrap">
        <UserSearchBox onSearch={list.setText} />
        <Select<number>
          label={t('users.groupFilter')}
          placeholder={t('users.groupFilterPlaceholder')}
          data={groupOptions(groups)}
          value={list.groupId}
          onChange={(value) => list.setGroupId(value)}
          clearable
          searchable
          w={240}
        />
        <Select<UserStateFilter>
          label={t('users.stateFilter')}
          placeholder={t('users.stateFilterPlaceholder')}
          data={USER_STATE_FILTERS.map((value) => ({ value, label: t(`users.state.${value}`) }))}
          value={list.state}
          onChange={(value) => list.setState(value)}
          clearable
          w={200}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {filtered ? t('users.totalFiltered', { count: list.total }) : t('users.total', { count: list.total })}
      </Text>
      {list.rows.length === 0 && !list.loading ? (
        filtered ? (
          <EmptyState
            icon={<IconUsers size={28} />}
            title={t('users.noMatch.title')}
            description={t(list.groupId === null && list.state === null ? 'users.noMatch.message' : 'users.noMatch.messageWithFilters')}
          />
        ) : (
          <EmptyState icon={<IconUsers size={28} />} title={t('users.empty.title')} description={t('users.empty.message')}>
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => void openEditor(null)}>
              {t('users.new')}
            </Button>
          </EmptyState>
        )
      ) : (
        <>
          <UserTable
            label={t('users.tableLabel')}
            rows={list.rows}
            sort={list.sort}
            onSort={list.setSort}
            onOpen={(row) => void openEditor(row.id)}
            actions={(row) => (
              <IconAction label={t('users.delete', { username: row.username })} color="red" icon={<IconTrash size={16} />} onClick={() => void remove(row)} />
            )}
          />
          <Pager page={list.page} pageSize={PAGE_SIZE} total={list.total} onChange={list.setPage} />
        </>
      )}
    </Stack>
  );
}
