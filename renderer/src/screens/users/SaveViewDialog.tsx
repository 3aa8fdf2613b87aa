import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { VIEW_NAME_MAX } from '@shared/rules/user-list-rules';
import { useState } from 'react';
import { t } from '../../i18n';

interface Props {
  opened: boolean;
  existing: readonly string[];
  onClose(): void;
  onSave(name: string): Promise<void>;
}

/** Asks for a view's name; a name in use is said before saving, and saving then replaces that view. */
export function SaveViewDialog({ opened, existing, onClose, onSave }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={t('userList.views.dialogTitle')}>
      {/* Mounted afresh at each opening, so the name starts empty. */}
      <SaveViewForm existing={existing} onClose={onClose} onSave={onSave} />
    </Modal>
  );
}

function SaveViewForm({ existing, onClose, onSave }: Omit<Props, 'opened'>) {
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);
  const trimmed = name.trim();
  const replaces = existing.some((other) => other.toLowerCase() === trimmed.toLowerCase());
  const error = touched && trimmed === '' ? t('userList.view.nameRequired') : undefined;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (trimmed !== '') void onSave(trimmed);
      }}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('userList.views.dialogHint')}
        </Text>
        <TextInput
          label={t('userList.view.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          description={replaces ? t('userList.view.nameTaken') : undefined}
          maxLength={VIEW_NAME_MAX}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit">{replaces ? t('userList.view.replace') : t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
