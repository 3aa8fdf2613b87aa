import { Button, EmptyState, Group, Stack } from '@mantine/core';
import { IconArrowBackUp, IconTrash, IconTrashX } from '@tabler/icons-react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { IconAction } from '../../components/IconAction';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useRowSelection } from '../../user-list/useRowSelection';
import { useUserList } from '../../user-list/useUserList';
import { UserSearchBox } from '../../user-list/UserSearchBox';
import { UserTable } from '../../user-list/UserTable';
import type { UserTableHandle } from '../../user-list/UserTable';
import { t } from '../../i18n';
import type { UserListColumn } from '@shared/user-record/list-columns';
import { useRef } from 'react';

const NAMED_IN_CONFIRM = 5;
/**
 * Who the deleted users were and the numbers they held (a restore takes a number back): with Restore and
 * Purge, these fit the list at 1280 px without sideways scrolling.
 */
const DELETED_COLUMNS: readonly UserListColumn[] = ['username', 'lastName', 'firstName', 'department', 'number', 'mobile'];
/** Two icon buttons (Restore, Purge) and the header's word. */
const ACTIONS_WIDTH = 80;

export function DeletedUsersScreen() {
  const { dataChanged } = useSession();
  const { confirm } = useDialogs();
  const list = useUserList('deleted');
  const selection = useRowSelection(list);
  const selectedIds = [...selection.ids];
  const tableRef = useRef<UserTableHandle>(null);

  const restore = async (ids: number[]) => {
    const result = await api.users.restore({ ids });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    notifyDone(t('deleted.restored', { count: result.value.count }));
    selection.clear();
    dataChanged();
  };

  const purge = async (ids: number[], named?: string) => {
    const ok = await confirm({
      title: t('deleted.purge.title'),
      message: t('deleted.purge.message', { count: ids.length, names: named ?? namesOf(ids) }),
      confirmLabel: t('deleted.purge.confirm'),
      danger: true,
    });
    if (!ok) return;
    const result = await api.users.purge({ ids });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    notifyDone(t('deleted.purged', { count: result.value.count }));
    selection.clear();
    dataChanged();
  };

  const empty = list.total === 0 && !list.loading;

  /** The usernames shown in the purge confirmation, so nobody purges the wrong user by mistake. */
  function namesOf(ids: number[]): string {
    const names = selection.namesOf(ids);
    return names.length > NAMED_IN_CONFIRM ? `${names.slice(0, NAMED_IN_CONFIRM).join(', ')}, …` : names.join(', ');
  }

  return (
    <Stack gap="sm">
      <ScreenHeader title={t('deleted.title')} intro={t('deleted.intro')}>
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={16} />}
          disabled={selectedIds.length === 0}
          onClick={() => void restore(selectedIds)}
        >
          {t('deleted.restoreSelected', { count: selectedIds.length })}
        </Button>
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrashX size={16} />}
          disabled={selectedIds.length === 0}
          onClick={() => void purge(selectedIds)}
        >
          {t('deleted.purgeSelected', { count: selectedIds.length })}
        </Button>
      </ScreenHeader>
      <Group align="flex-end">
        <UserSearchBox onSearch={list.setText} onToResults={() => tableRef.current?.focusFirstRow()} />
      </Group>
      {empty && list.text === '' ? (
        <EmptyState icon={<IconTrash size={28} />} title={t('deleted.empty.title')} description={t('deleted.empty.message')} />
      ) : empty ? (
        <EmptyState icon={<IconTrash size={28} />} title={t('users.noMatch.title')} description={t('users.noMatch.message')} />
      ) : (
        <>
          {/* Nothing to open here: a click or Enter on a row selects it; Delete purges it (after asking). */}
          <UserTable
            ref={tableRef}
            label={t('deleted.title')}
            total={list.total}
            rowAt={list.rowAt}
            onRangeChange={list.showRange}
            resetKey={list.queryKey}
            stale={list.loading}
            columns={DELETED_COLUMNS}
            widths={{}}
            sort={list.sort}
            onSort={list.setSort}
            onDelete={(row) => purge([row.id], row.username)}
            selection={selection.table}
            actionsWidth={ACTIONS_WIDTH}
            actions={(row) => (
              <>
                <IconAction
                  label={t('deleted.restoreOne', { username: row.username })}
                  icon={<IconArrowBackUp size={16} />}
                  onClick={() => void restore([row.id])}
                />
                <IconAction
                  label={t('deleted.purgeOne', { username: row.username })}
                  color="red"
                  icon={<IconTrashX size={16} />}
                  onClick={() => void purge([row.id], row.username)}
                />
              </>
            )}
          />
        </>
      )}
    </Stack>
  );
}
