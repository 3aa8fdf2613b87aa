import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import type { CucmRemovalChoice } from '@shared/rules/cucm-import-rules';
import type { ContractError } from '@shared/result';
import { useState } from 'react';
import { formatNumber, issueText, t } from '../../i18n';

interface Props {
  summary: CucmPreviewSummary;
  applying: boolean;
  onApply(choice: CucmRemovalChoice): Promise<ContractError | null>;
  onClose(): void;
}

/**
 * Applying an import that deletes more users than the threshold: the administrator types the number of users
 * to delete (main checks it again), or chooses to disable them instead, which needs no number.
 */
export function MassDeletionDialog({ summary, applying, onApply, onClose }: Props) {
  const { counts, deletion, read } = summary;
  const [action, setAction] = useState<CucmRemovalChoice['action']>('disable');
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const typedCount = /^\s*[\d,.' ]+\s*$/.test(typed) ? Number(typed.replace(/[^\d]/g, '')) : null;
  const ready = action === 'disable' || typedCount === counts.delete;

  const submit = async () => {
    const error = await onApply({ action, typedCount: action === 'delete' ? typedCount : null });
    if (error) setRefusal(issueText(error.issues?.[0]));
  };

  return (
    <Modal opened onClose={onClose} title={t('cucmImport.massDelete.title', { count: formatNumber(counts.delete) })} size="lg" centered>
      <Stack gap="sm">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('cucmImport.massDelete.message', {
            count: formatNumber(counts.delete),
            imported: formatNumber(deletion.imported),
            threshold: formatNumber(deletion.threshold),
            read: formatNumber(read.users),
          })}
        </Alert>
        <Text size="sm">
          {t('cucmImport.confirm.adds', { count: counts.add })} {t('cucmImport.confirm.updates', { count: counts.update })}
        </Text>
        <Radio.Group value={action} onChange={(value) => setAction(value as CucmRemovalChoice['action'])} label={t('cucmImport.massDelete.choice')}>
          <Stack gap="xs" mt="xs">
            <Radio
              value="disable"
              label={t('cucmImport.massDelete.disable', { count: formatNumber(counts.delete) })}
              description={t('cucmImport.massDelete.disableHint')}
            />
            <Radio
              value="delete"
              label={t('cucmImport.massDelete.delete', { count: formatNumber(counts.delete) })}
              description={t('cucmImport.massDelete.deleteHint')}
            />
          </Stack>
        </Radio.Group>
        {action === 'delete' && (
          <TextInput
            label={t('cucmImport.massDelete.typeLabel', { count: formatNumber(counts.delete) })}
            value={typed}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
              setRefusal(undefined);
            }}
            error={refusal}
            inputMode="numeric"
            autoComplete="off"
            data-autofocus
          />
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={action === 'delete' ? 'red' : undefined} disabled={!ready} loading={applying} onClick={() => void submit()}>
            {action === 'delete'
              ? t('cucmImport.massDelete.applyDelete', { count: formatNumber(counts.delete) })
              : t('cucmImport.massDelete.applyDisable', { count: formatNumber(counts.delete) })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
