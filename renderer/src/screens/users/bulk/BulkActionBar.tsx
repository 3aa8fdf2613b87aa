import { Button, Group, Menu, Paper, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconDownload, IconHistory, IconShieldCheck, IconTrash, IconUserMinus, IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { formatNumber, t } from '../../../i18n';
import { IconAction } from '../../../components/IconAction';
import { LockDialog } from '../../editor/LockDialog';
import { BulkProgressModal } from './BulkProgressModal';
import { GroupActionModal } from './GroupActionModal';
import { PrivilegeActionModal } from './PrivilegeActionModal';
import { RecentBulkChanges } from './RecentBulkChanges';
import { useBulkActions } from './useBulkActions';

export interface BulkActionBarProps {
  selectedIds: number[];
  onDone(): void;
  onClearSelection(): void;
  /** Opens the export dialog for the selection (main writes the file). */
  onExport(): void;
}

/** What the administrator can do with the selected users, shown above the list while some are selected. */
export function BulkActionBar({ selectedIds, onDone, onClearSelection, onExport }: BulkActionBarProps) {
  const { apply, undo, progress } = useBulkActions();
  const [groupMode, setGroupMode] = useState<'add' | 'remove' | null>(null);
  const [privilegeOpen, setPrivilegeOpen] = useState(false);
  const [lockOpen, setLockOpen] = useState(false);
  const [recentOpen, setRecentOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const count = selectedIds.length;

  const run = async (change: BulkChange, groupName = '') => {
    setBusy(true);
    try {
      if (await apply(selectedIds, change, groupName)) onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="xs" radius="md" role="toolbar" aria-label={t('bulk.bar.label')}>
      <Group gap="xs" wrap="wrap">
        {/* Not a live region: the list says the count as it changes (UserTable), also when the bar goes. */}
        <Text size="sm" fw={600} mr="xs">
          {t('bulk.bar.selected', { count: formatNumber(count) })}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconUserPlus size={14} />} disabled={busy} onClick={() => setGroupMode('add')}>
          {t('bulk.action.addToGroup')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconUserMinus size={14} />} disabled={busy} onClick={() => setGroupMode('remove')}>
          {t('bulk.action.removeFromGroup')}
        </Button>
        <Button size="xs" variant="default" leftSection={<IconShieldCheck size={14} />} disabled={busy} onClick={() => setPrivilegeOpen(true)}>
          {t('bulk.action.privilege')}
        </Button>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />} disabled={busy}>
              {t('bulk.action.account')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => void run({ action: 'enable' })}>{t('bulk.action.enable')}</Menu.Item>
            <Menu.Item onClick={() => void run({ action: 'disable' })}>{t('bulk.action.disable')}</Menu.Item>
            <Tooltip label={t('bulk.action.expirePasswordHint')} position="right" multiline w={260}>
              <Menu.Item onClick={() => void run({ action: 'expirePassword' })}>{t('bulk.action.expirePassword')}</Menu.Item>
            </Tooltip>
            <Tooltip label={t('bulk.action.expirePinHint')} position="right" multiline w={260}>
              <Menu.Item onClick={() => void run({ action: 'expirePin' })}>{t('bulk.action.expirePin')}</Menu.Item>
            </Tooltip>
            <Menu.Divider />
            <Menu.Item onClick={() => setLockOpen(true)}>{t('bulk.action.lock')}</Menu.Item>
            <Menu.Item onClick={() => void run({ action: 'unlock' })}>{t('bulk.action.unlock')}</Menu.Item>
            <Menu.Item onClick={() => void run({ action: 'resetFailedAttempts' })}>{t('bulk.action.resetFailedAttempts')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} disabled={busy} onClick={onExport}>
          {t('bulk.action.export')}
        </Button>
        <Button
          size="xs"
          variant="light"
          color="red"
          leftSection={<IconTrash size={14} />}
          disabled={busy}
          onClick={() => void run({ action: 'delete' })}
        >
          {t('bulk.action.delete')}
        </Button>
        {/* Icons only, so the bar stays one line. The selection's count and its clearing live here only, next to
            what acts on them; the list's status line above keeps the list's own count. */}
        <IconAction label={t('bulk.action.recent')} icon={<IconHistory size={16} />} ml="auto" onClick={() => setRecentOpen(true)} />
        <IconAction label={t('userList.clearSelection')} color="gray" icon={<IconX size={16} />} onClick={onClearSelection} />
      </Group>
      <GroupActionModal
        mode={groupMode}
        count={count}
        onClose={() => setGroupMode(null)}
        onSubmit={(groupId, groupName) =>
          void run(groupMode === 'remove' ? { action: 'removeFromGroup', groupId } : { action: 'addToGroup', groupId }, groupName)
        }
      />
      <PrivilegeActionModal
        opened={privilegeOpen}
        count={count}
        onClose={() => setPrivilegeOpen(false)}
        onSubmit={(privilege, grant) => void run({ action: grant ? 'setPrivilege' : 'clearPrivilege', privilege })}
      />
      {lockOpen && (
        <LockDialog
          title={t('lock.dialog.titleBulk', { count: formatNumber(count) })}
          onClose={() => setLockOpen(false)}
          onLock={(request) => {
            // The dialog closes first: the bulk change asks its own confirmation and shows its own progress.
            setLockOpen(false);
            void run({ action: 'lock', ...request });
            return Promise.resolve(null);
          }}
        />
      )}
      <RecentBulkChanges opened={recentOpen} onClose={() => setRecentOpen(false)} onUndo={undo} />
      <BulkProgressModal progress={progress} />
    </Paper>
  );
}
