import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { PRIVILEGES } from '@shared/domain';
import type { Privilege } from '@shared/domain';
import { formatNumber, t } from '../../../i18n';

interface Props {
  opened: boolean;
  count: number;
  onClose(): void;
  onSubmit(privilege: Privilege, grant: boolean): void;
}

/** Chooses one privilege and whether the selected users get it or lose it. */
export function PrivilegeActionModal({ opened, count, onClose, onSubmit }: Props) {
  const [privilege, setPrivilege] = useState<Privilege | null>(null);
  const [touched, setTouched] = useState(false);
  const close = () => {
    setPrivilege(null);
    setTouched(false);
    onClose();
  };
  const submit = (grant: boolean) => {
    setTouched(true);
    if (privilege === null) return;
    close();
    onSubmit(privilege, grant);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('bulk.privilege.title', { count: formatNumber(count) })} centered>
      <Stack>
        <Select<Privilege>
          label={t('bulk.privilege.label')}
          placeholder={t('bulk.privilege.placeholder')}
          data={PRIVILEGES.map((value) => ({ value, label: t(`priv.${value}`) }))}
          value={privilege}
          onChange={setPrivilege}
          error={touched && privilege === null ? t('rule.bulk.privilege.required') : undefined}
          searchable
          data-autofocus
        />
        {privilege === 'sms' ? (
          <Text size="sm" c="dimmed">
            {t('bulk.privilege.smsNote')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button variant="light" color="red" onClick={() => submit(false)}>
            {t('bulk.privilege.clear')}
          </Button>
          <Button onClick={() => submit(true)}>{t('bulk.privilege.set')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
