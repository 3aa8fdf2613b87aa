import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { t } from '../../i18n';
import { useReturnFocusWhenGone } from '../Dialogs';

/** The words of one account test (LDAP authentication, CUCM end-user authentication). */
interface AccountTestText {
  title: string;
  note: string;
  accountLabel: string;
  accountHint: string;
  accountRequired: string;
  passwordLabel: string;
  run: string;
}

interface Props {
  text: AccountTestText;
  /** An account to fill in (e.g. a remembered one, which may arrive after opening); never over typed text. */
  initialAccount?: string;
  /** Shown under the password for the account typed (e.g. "leave empty to use the remembered one"). */
  passwordHint?(account: string): string | undefined;
  onClose(): void;
  onRun(account: string, password: string): void;
}

/** Asks for the account a connection test signs in with. Kept only in this dialog, never in the report. */
export function AccountTestDialog({ text, initialAccount = '', passwordHint, onClose, onRun }: Props) {
  // null until the administrator types: until then the field shows initialAccount, which may arrive late.
  const [typed, setTyped] = useState<string | null>(null);
  const account = typed ?? initialAccount;
  const [password, setPassword] = useState('');
  const [accountError, setAccountError] = useState<string | undefined>();
  useReturnFocusWhenGone();

  const submit = () => {
    if (account.trim() === '') {
      setAccountError(text.accountRequired);
      return;
    }
    onRun(account.trim(), password);
  };

  return (
    <Modal opened onClose={onClose} title={text.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {text.note}
          </Text>
          <TextInput
            label={text.accountLabel}
            description={text.accountHint}
            value={account}
            onChange={(e) => {
              setTyped(e.currentTarget.value);
              setAccountError(undefined);
            }}
            error={accountError}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          <PasswordInput
            label={text.passwordLabel}
            description={passwordHint?.(account.trim())}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="off"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{text.run}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
