import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { SecretEdit } from '../../components/SecretField';
import { t } from '../../i18n';

/** Whether the site's defaults hold an initial password and a PIN, which a new user gets on save. */
export function useDefaultSecrets(isNew: boolean): { password: boolean; pin: boolean } {
  const [fromDefaults, setFromDefaults] = useState({ password: false, pin: false });
  useEffect(() => {
    if (!isNew) return;
    let cancelled = false;
    void api.defaults.get().then((result) => {
      if (!cancelled && result.ok) setFromDefaults({ password: result.value.initialPassword.set, pin: result.value.pin.set });
    });
    return () => {
      cancelled = true;
    };
  }, [isNew]);
  return fromDefaults;
}

interface Props {
  label: string;
  /** The defaults will set this secret when the new user is saved with it left as it is. */
  fromDefaults: boolean;
  edit: SecretEdit;
  onChange(edit: SecretEdit): void;
  /** The id of the field's value input: it takes the focus when another value is to be entered. */
  valueId: string;
  /** The usual secret field, shown once the administrator enters a value of their own. */
  children: ReactNode;
}

/**
 * A new user's password or PIN that the defaults will set: said so (not "Not set"), with a way to enter
 * another one instead. Emptied again, the field goes back to the default.
 */
export function DefaultedSecret({ label, fromDefaults, edit, onChange, valueId, children }: Props) {
  if (!fromDefaults || edit.mode !== 'keep') return children;
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Badge color="teal" variant="light">
          {t('secret.fromDefaults')}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('secret.fromDefaultsHint')}
      </Text>
      <Group gap="xs">
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('secret.enterOtherLabel', { name: label })}
          onClick={() => {
            onChange({ mode: 'set', value: '', confirmation: '' });
            // The button goes; the focus moves on to the input that replaces it.
            requestAnimationFrame(() => document.getElementById(valueId)?.focus());
          }}
        >
          {t('secret.enterOther')}
        </Button>
      </Group>
    </Stack>
  );
}
