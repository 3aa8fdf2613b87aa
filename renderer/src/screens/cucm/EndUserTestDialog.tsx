import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../i18n';

interface Props {
  onClose(): void;
  onRun(userid: string, password: string): void;
}

/** Asks for the end user CUCM is to authenticate. Kept only in this dialog: never stored, never remembered. */
export function EndUserTestDialog({ onClose, onRun }: Props) {
  const [userid, setUserid] = useState('');
  const [password, setPassword] = useState('');
  const [useridError, setUseridError] = useState<string | undefined>();

  const submit = () => {
    if (userid.trim() === '') {
      setUseridError(t('rule.cucm.endUserId'));
      return;
    }
    onRun(userid.trim(), password);
  };

  return (
    <Modal opened onClose={onClose} title={t('cucm.test.endUserTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('cucm.test.endUserNote')}
          </Text>
          <TextInput
            label={t('cucm.test.userid')}
            description={t('cucm.test.useridHint')}
            value={userid}
            onChange={(e) => {
              setUserid(e.currentTarget.value);
              setUseridError(undefined);
            }}
            error={useridError}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <PasswordInput label={t('cucm.test.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="off" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('cucm.test.run')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
