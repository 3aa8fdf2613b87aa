import { Button, EmptyState, Group, Stack, Tooltip } from '@mantine/core';
import { IconCloudDownload, IconFileExport, IconFileImport, IconTrash, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { DEFAULT_USER_LIST_COLUMNS } from '@shared/rules/user-list-rules';
import type { SavedView } from '@shared/rules/user-list-rules';
import type { UserRow } from '@shared/domain';
import { withTerm } from '@shared/search';
import { useRef, useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { ColumnChooser } from '../../user-list/ColumnChooser';
import { RowAction } from '../../user-list/RowAction';
import { useDialogs } from '../../components/Dialogs';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useRowSelection } from '../../user-list/useRowSelection';
import { useUserList } from '../../user-list/useUserList';
import { UserSearchBox } from '../../user-list/UserSearchBox';
import { UserTable } from '../../user-list/UserTable';
import type { UserTableHandle } from '../../user-list/UserTable';
import { t } from '../../i18n';
import { BulkActionBar } from './bulk/BulkActionBar';
import { ExportDialog } from './export/ExportDialog';
import { FilterChips } from './FilterChips';
import { SelectionStatus } from './SelectionStatus';
import { useUserListSettings } from './useUserListSettings';
import { ViewsMenu } from './ViewsMenu';

const ACTIONS_WIDTH = 72;

export function UsersScreen() {
  const { openEditor, dataChanged, navigate, route } = useSession();
  const { confirm } = useDialogs();
  // Opened on a search (the users an import brought in, or the list as it was before the editor), the box
  // shows it, so it is clear what is listed.
  const opened = route.screen === 'users' ? route : undefined;
  const list = useUserList('active', opened?.search ?? '', opened?.sort);
  const tableRef = useRef<UserTableHandle>(null);
  /** The editor returns to the list as it is now. */
  const openUser = (userId: number | null, index?: number) =>
    void openEditor(userId, {
      screen: 'users',
      search: list.text,
      sort: list.sort,
      focus: userId === null ? undefined : { userId, index: index ?? 0 },
    });
  const selection = useRowSelection(list);
  const { settings, save } = useUserListSettings();
  // The search box owns its text; a filter chip or a view replaces it by mounting it afresh.
  const [searchNonce, setSearchNonce] = useState(0);
  const filtered = list.text !== '';
  // The users to export: null for all, the selection's ids, or undefined while the dialog is closed.
  const [exporting, setExporting] = useState<number[] | null | undefined>(undefined);
  const openImport = () => void navigate({ screen: 'import' });
  useHotkeys([['mod+I', openImport]], []);

  const setSearchText = (text: string) => {
    list.setText(text);
    setSearchNonce((n) => n + 1);
  };

  const openView = (view: SavedView) => {
    setSearchText(view.text);
    list.setSort(view.sort);
  };

  const saveView = async (name: string) => {
    const view: SavedView = { name, text: list.text, sort: list.sort };
    const others = settings.views.filter((other) => other.name.toLowerCase() !== name.toLowerCase());
    const ok = await save({ ...settings, views: [...others, view] });
    if (ok) notifyDone(t('userList.views.saved', { name }));
    return ok;
  };

  const deleteView = async (view: SavedView) => {
    if (await save({ ...settings, views: settings.views.filter((other) => other.name !== view.name) })) {
      notifyDone(t('userList.views.deleted', { name: view.name }));
    }
  };

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

  const selectedIds = [...selection.ids];

  return (
    <Stack gap="sm">
      <ScreenHeader title={t('users.title')}>
        <Tooltip label={t('users.importShortcut')}>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={openImport}>
            {t('users.import')}
          </Button>
        </Tooltip>
        <Button variant="default" leftSection={<IconCloudDownload size={16} />} onClick={() => void navigate({ screen: 'cucmImport' })}>
          {t('cucmImport.open')}
        </Button>
        <Tooltip label={t('users.exportHint')}>
          <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => setExporting(null)}>
            {t('users.export')}
          </Button>
        </Tooltip>
        <ViewsMenu views={settings.views} onOpen={openView} onSave={saveView} onDelete={(view) => void deleteView(view)} />
        <ColumnChooser
          columns={settings.columns}
          onChange={(columns) => void save({ ...settings, columns })}
          onReset={() => void save({ ...settings, columns: [...DEFAULT_USER_LIST_COLUMNS], widths: {} })}
        />
        <Tooltip label={t('users.newShortcut')}>
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => openUser(null)}>
            {t('users.new')}
          </Button>
        </Tooltip>
      </ScreenHeader>
      {/* The filters come first: each adds its term to the search box below, and the box's suggestions, which
          open downwards, then cover the list's first rows and not the filters. */}
      <Group align="flex-end" wrap="wrap" gap="sm">
        <FilterChips onTerm={(term) => setSearchText(withTerm(list.text, term))} />
      </Group>
      {/* The search box gets a row of its own: queries with operators are long, and its error shows below it. */}
      <UserSearchBox key={searchNonce} initialValue={list.text} onSearch={list.setText} onToResults={() => tableRef.current?.focusFirstRow()} />
      <SelectionStatus total={list.total} filtered={filtered} selected={selection.ids.size} onSelectAll={() => void selection.selectAllMatching()} />
      {selection.ids.size > 0 && (
        <BulkActionBar selectedIds={selectedIds} onDone={dataChanged} onClearSelection={selection.clear} onExport={() => setExporting(selectedIds)} />
      )}
      {exporting !== undefined && <ExportDialog ids={exporting} onClose={() => setExporting(undefined)} />}
      {list.total === 0 && !list.loading ? (
        filtered ? (
          <EmptyState icon={<IconUsers size={28} />} title={t('users.noMatch.title')} description={t('users.noMatch.message')} />
        ) : (
          <EmptyState icon={<IconUsers size={28} />} title={t('users.empty.title')} description={t('users.empty.message')}>
            <Button leftSection={<IconUserPlus size={16} />} onClick={() => openUser(null)}>
              {t('users.new')}
            </Button>
          </EmptyState>
        )
      ) : (
        <UserTable
          ref={tableRef}
          label={t('users.tableLabel')}
          total={list.total}
          rowAt={list.rowAt}
          onRangeChange={list.showRange}
          resetKey={list.queryKey}
          stale={list.loading}
          columns={settings.columns}
          widths={settings.widths}
          onResize={(column, width) => void save({ ...settings, widths: { ...settings.widths, [column]: width } })}
          sort={list.sort}
          onSort={list.setSort}
          onOpen={(row, index) => openUser(row.id, index)}
          onDelete={remove}
          focusOnMount={opened?.focus}
          selection={selection.table}
          actionsWidth={ACTIONS_WIDTH}
          actions={(row) => (
            <RowAction
              label={t('users.delete', { username: row.username })}
              color="red"
              icon={<IconTrash size={16} />}
              onClick={() => void remove(row)}
            />
          )}
        />
      )}
    </Stack>
  );
}
