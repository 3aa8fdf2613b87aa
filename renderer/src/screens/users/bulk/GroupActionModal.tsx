import { Alert, Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { groupOptions, useGroups } from '../../../api/useGroups';
import { formatNumber, t } from '../../../i18n';

interface Props {
  /** Which way the members change; null while closed. */
  mode: 'add' | 'remove' | null;
  count: number;
  onClose(): void;
  onSubmit(groupId: number, groupName: string): void;
}

/** Chooses the group the selected users join or leave. */
export function GroupActionModal({ mode, count, onClose, onSubmit }: Props) {
  const { groups } = useGroups();
  const [groupId, setGroupId] = useState<number | null>(null);
  const [touched, setTouched] = useState(false);
  const close = () => {
    setGroupId(null);
    setTouched(false);
    onClose();
  };
  const shown = formatNumber(count);
  const title = mode === 'remove' ? t('bulk.group.removeTitle', { count: shown }) : t('bulk.group.addTitle', { count: shown });

  return (
    <Modal opened={mode !== null} onClose={close} title={title} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          const group = groups.find((g) => g.id === groupId);
          if (!group) return;
          close();
          onSubmit(group.id, group.name);
        }}
      >
        <Stack>
          {groups.length === 0 ? <Alert color="yellow">{t('bulk.group.none')}</Alert> : null}
          <Select<number>
            label={t('bulk.group.label')}
            placeholder={t('bulk.group.placeholder')}
            data={groupOptions(groups)}
            value={groupId}
            onChange={setGroupId}
            error={touched && groupId === null ? t('rule.bulk.group.required') : undefined}
            searchable
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{mode === 'remove' ? t('bulk.group.remove') : t('bulk.group.add')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
