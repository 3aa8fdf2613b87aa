import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ADMIN_LDAP_CREDENTIAL_PURPOSE } from '@shared/channels/ldap';
import { t } from '../../i18n';

interface Props {
  onClose(): void;
  onRun(username: string, password: string): void;
}

/**
 * Asks for the account the authentication test signs in with. Kept only in this dialog; main remembers it
 * only when the site's security settings say so, and then offers the username here next time.
 */
export function AdminTestDialog({ onClose, onRun }: Props) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [remembered, setRemembered] = useState<{ username: string; passwordRemembered: boolean } | null>(null);
  const [usernameError, setUsernameError] = useState<string | undefined>();

  // Mounted afresh for every test, so the fields start empty; only the remembered username is filled in.
  useEffect(() => {
    void api.security.recallCredentials({ purpose: ADMIN_LDAP_CREDENTIAL_PURPOSE }).then((result) => {
      if (result.ok && result.value) {
        setRemembered(result.value);
        setUsername((current) => current || result.value!.username);
      } else {
        setRemembered(null);
      }
    });
  }, []);

  const passwordOptional = remembered !== null && remembered.passwordRemembered && remembered.username === username.trim();
  const submit = () => {
    if (username.trim() === '') {
      setUsernameError(t('rule.ldap.testUsername'));
      return;
    }
    onRun(username.trim(), password);
  };

  return (
    <Modal opened onClose={onClose} title={t('ldap.test.accountTitle')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('ldap.test.accountNote', { remember: t('ldap.test.accountRemembered') })}
          </Text>
          <TextInput
            label={t('ldap.test.username')}
            description={t('ldap.test.usernameHint')}
            value={username}
            onChange={(e) => {
              setUsername(e.currentTarget.value);
              setUsernameError(undefined);
            }}
            error={usernameError}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <PasswordInput
            label={t('ldap.test.password')}
            description={passwordOptional ? t('ldap.test.passwordRemembered') : undefined}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('ldap.test.run')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
