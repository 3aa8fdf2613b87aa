import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ImportProgress } from '@shared/channels/import';
import { t } from '../../i18n';
import { count } from './importFormat';

interface Props {
  progress: ImportProgress | null;
  /** Rows the file holds, when a check has counted them: the writing phase is measured against it. */
  totalRows?: number;
  cancelling: boolean;
  cancelLabel: string;
  onCancel(): void;
}

/** How far reading (bytes of the file) or writing (rows) has got, rows per second, and Cancel. */
export function JobProgress({ progress, totalRows, cancelling, cancelLabel, onCancel }: Props) {
  const writing = progress?.phase === 'writing';
  const percent = !progress
    ? 0
    : writing && totalRows
      ? (progress.rows / totalRows) * 100
      : progress.totalBytes > 0
        ? (progress.bytes / progress.totalBytes) * 100
        : 0;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t(writing ? 'importWizard.run.writing' : 'importWizard.run.reading')}
      </Text>
      <Progress value={Math.min(100, percent)} striped animated aria-label={t('importWizard.run.progress')} size="lg" />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {progress
            ? t('importWizard.run.rows', { rows: count(progress.rows), rate: count(progress.rowsPerSecond) })
            : t('importWizard.run.starting')}
        </Text>
        <Button variant="default" color="red" onClick={onCancel} loading={cancelling} data-wizard-enter="own">
          {cancelling ? t('importWizard.run.cancelling') : cancelLabel}
        </Button>
      </Group>
    </Stack>
  );
}
