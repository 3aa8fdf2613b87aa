import { Button, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import type { UserGroup } from '@shared/domain';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { IconAction } from '../../components/IconAction';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useGroups } from '../../api/useGroups';
import { t } from '../../i18n';
import { GroupInUseModal } from './GroupInUseModal';
import type { GroupInUse } from './GroupInUseModal';
import { GroupModal } from './GroupModal';

export function GroupsScreen() {
  const { dataChanged } = useSession();
  const { confirm } = useDialogs();
  const { groups } = useGroups();
  const [editing, setEditing] = useState<UserGroup | 'new' | null>(null);

  const [inUse, setInUse] = useState<GroupInUse | null>(null);

  const remove = async (group: UserGroup) => {
    // Asked first, so the dialog says at once whether the group can go at all (the list's count may be old).
    const check = await api.groups.deletionCheck({ id: group.id });
    if (!check.ok) {
      notifyError(check.error);
      return;
    }
    if (check.value.referenceCount > 0) {
      setInUse(check.value);
      return;
    }
    const ok = await confirm({
      title: t('groups.delete.title'),
      message: t('groups.delete.message', { name: check.value.name, count: check.value.memberCount }),
      confirmLabel: t('common.delete'),
      danger: true,
    });
    if (!ok) return;
    const result = await api.groups.delete({ id: group.id });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    notifyDone(t('groups.deleted', { name: group.name }));
    dataChanged();
  };

  return (
    <Stack gap="sm">
      <ScreenHeader title={t('groups.title')} intro={t('groups.intro')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          {t('groups.create')}
        </Button>
      </ScreenHeader>
      {groups.length === 0 ? (
        <EmptyState icon={<IconUsersGroup size={28} />} title={t('groups.empty.title')} description={t('groups.empty.message')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('groups.tableLabel')} highlightOnHover verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('groups.col.id')}</Table.Th>
                <Table.Th>{t('groups.col.name')}</Table.Th>
                <Table.Th>{t('groups.col.description')}</Table.Th>
                <Table.Th w={100}>{t('groups.col.members')}</Table.Th>
                <Table.Th w={160}>{t('groups.col.references')}</Table.Th>
                <Table.Th w={1}>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {groups.map((group) => (
                <Table.Tr key={group.id}>
                  <Table.Td>
                    <Text size="sm" c="dimmed" ff="monospace">
                      {group.id}
                    </Text>
                  </Table.Td>
                  <Table.Td fw={500}>{group.name}</Table.Td>
                  <Table.Td>{group.description}</Table.Td>
                  <Table.Td>{group.memberCount}</Table.Td>
                  <Table.Td>{t('groups.references', { count: group.permissionReferences })}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <IconAction label={t('groups.edit', { name: group.name })} icon={<IconPencil size={16} />} onClick={() => setEditing(group)} />
                      <IconAction
                        label={t('groups.delete', { name: group.name })}
                        color="red"
                        icon={<IconTrash size={16} />}
                        onClick={() => void remove(group)}
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <GroupModal
        group={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          dataChanged();
        }}
      />
      <GroupInUseModal inUse={inUse} onClose={() => setInUse(null)} />
    </Stack>
  );
}
