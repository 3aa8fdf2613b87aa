import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import type { ContractError } from '@shared/result';
import { errorText, t } from '../../i18n';

const STAGE = { connecting: 'read', fetching: 'read', waiting: 'read', filtering: 'filter', comparing: 'compare' } as const;

/** A preview that refused: the step it stopped at, CUCM's or Roster's reason with what to try, and that nothing changed. */
export function PreviewFailure({ error, progress, onRetry }: { error: ContractError; progress: CucmImportProgress | null; onRetry(): void }) {
  const stage = STAGE[progress?.phase ?? 'connecting'];
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('cucmImport.failed.title', { step: t(`cucmImport.stage.${stage}`) })}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorText(error)}</Text>
        <Text size="sm" fw={600}>
          {t('cucmImport.failed.safe')}
        </Text>
        <Group>
          <Button size="xs" variant="light" onClick={onRetry}>
            {t('cucmImport.previewAgain')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
