import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import { formatNumber, t } from '../../i18n';

/** Reading from CUCM: pages and users so far (the total is not known before the last page), and Cancel. */
export function PreviewProgress({ progress, cancelling, onCancel }: { progress: CucmImportProgress | null; cancelling: boolean; onCancel(): void }) {
  const text = !progress
    ? t('cucmImport.progress.starting')
    : progress.phase === 'comparing'
      ? t('cucmImport.progress.comparing', { users: formatNumber(progress.users) })
      : t('cucmImport.progress.fetching', { count: progress.pages, users: formatNumber(progress.users) });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Progress value={100} striped animated aria-label={t('cucmImport.progress.label')} size="lg" />
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {text}
          </Text>
          <Button variant="default" color="red" onClick={onCancel} loading={cancelling}>
            {cancelling ? t('cucmImport.cancelling') : t('cucmImport.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
