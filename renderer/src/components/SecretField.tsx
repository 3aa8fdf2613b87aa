import { Badge, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import type { SecretStatus } from '@shared/domain';
import { t } from '../i18n';

/** What the administrator wants done with a stored secret; its value never comes from main. */
export interface SecretEdit {
  mode: 'keep' | 'clear' | 'set';
  value: string;
  confirmation: string;
}

export const KEEP_SECRET: SecretEdit = { mode: 'keep', value: '', confirmation: '' };

interface Props {
  label: string;
  confirmationLabel?: string;
  status: SecretStatus;
  edit: SecretEdit;
  onChange(edit: SecretEdit): void;
  valueId: string;
  confirmationId?: string;
  valueError?: string;
  confirmationError?: string;
  numeric?: boolean;
}

function StatusBadge({ status, edit }: { status: SecretStatus; edit: SecretEdit }) {
  if (edit.mode === 'clear')
    return (
      <Badge color="orange" variant="light">
        {t('secret.willClear')}
      </Badge>
    );
  if (status.unreadable)
    return (
      <Badge color="red" variant="light">
        {t('secret.unreadable')}
      </Badge>
    );
  return status.set ? (
    <Badge color="teal" variant="light">
      {t('secret.set')}
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      {t('secret.notSet')}
    </Badge>
  );
}

/**
 * The eye button that shows what was typed: reached by Tab like any other control (Mantine leaves it out of the
 * Tab order by default) and named after its field; aria-pressed says whether the value is shown.
 */
function showToggle(name: string) {
  return { visibilityToggleFocusable: true, visibilityToggleButtonProps: { 'aria-label': t('secret.show', { name }) } };
}

/**
 * A password or PIN: its status (set / not set / unreadable here) with Replace and Clear. When nothing is
 * stored the inputs are shown at once, and typing in them means "set".
 */
export function SecretField(props: Props) {
  const { label, status, edit, onChange } = props;
  const typing = edit.mode === 'set' || (!status.set && edit.mode === 'keep');

  if (!typing) {
    return (
      <Stack gap={4}>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {label}
          </Text>
          <StatusBadge status={status} edit={edit} />
        </Group>
        <Group gap="xs">
          {edit.mode === 'clear' ? (
            <Button size="compact-sm" variant="default" onClick={() => onChange({ mode: 'keep', value: '', confirmation: '' })}>
              {t('secret.keep')}
            </Button>
          ) : (
            <>
              <Button
                size="compact-sm"
                variant="default"
                id={props.valueId}
                aria-label={t('secret.replace', { name: label })}
                onClick={() => onChange({ mode: 'set', value: '', confirmation: '' })}
              >
                {t('secret.replaceShort')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={t('secret.clear', { name: label })}
                onClick={() => onChange({ mode: 'clear', value: '', confirmation: '' })}
              >
                {t('secret.clearShort')}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    );
  }

  // With nothing stored, empty inputs mean "leave it unset"; after Replace, an empty value is an error.
  const change = (patch: Partial<SecretEdit>) => {
    const next = { ...edit, ...patch };
    const empty = next.value === '' && next.confirmation === '';
    onChange({ ...next, mode: status.set || !empty ? 'set' : 'keep' });
  };

  return (
    <Stack gap="xs">
      <PasswordInput
        id={props.valueId}
        label={label}
        description={status.unreadable ? t('secret.unreadable') : status.set ? t('secret.set') : t('secret.notSet')}
        value={edit.value}
        onChange={(event) => change({ value: event.currentTarget.value })}
        error={props.valueError}
        autoComplete="new-password"
        inputMode={props.numeric ? 'numeric' : undefined}
        {...showToggle(label)}
      />
      {props.confirmationLabel && (
        <PasswordInput
          id={props.confirmationId}
          label={props.confirmationLabel}
          value={edit.confirmation}
          onChange={(event) => change({ confirmation: event.currentTarget.value })}
          error={props.confirmationError}
          autoComplete="new-password"
          {...showToggle(props.confirmationLabel)}
        />
      )}
      {status.set && (
        <Group>
          <Button size="compact-sm" variant="subtle" onClick={() => onChange({ mode: 'keep', value: '', confirmation: '' })}>
            {t('secret.keep')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
