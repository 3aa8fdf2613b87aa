import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { t } from '../../i18n';
import { JobProgress } from './JobProgress';
import { Refusal } from './Refusal';
import type { ImportWizard } from './useImportWizard';

/** Step 4: the import being written, with rows per second and Cancel; or why it did not complete. */
export function RunStep({ wizard, fileName, onCancel }: { wizard: ImportWizard; fileName: string; onCancel(): void }) {
  const { run, check } = wizard;
  const totalRows = check.state === 'done' ? check.value.rows : undefined;
  return (
    <Stack gap="md" maw={760}>
      <Title order={3} size="h4">
        {t(run.state === 'running' ? 'importWizard.run.title' : 'importWizard.run.titleEnded', { fileName })}
      </Title>
      {run.state === 'running' && (
        <JobProgress
          progress={run.progress}
          totalRows={totalRows}
          cancelling={run.cancelling}
          cancelLabel={t('importWizard.run.cancel')}
          onCancel={onCancel}
        />
      )}
      {run.state === 'cancelled' && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />} title={t('importWizard.run.cancelled.title')} role="status">
          {t('importWizard.run.cancelled')}
        </Alert>
      )}
      {run.state === 'failed' && (
        <Refusal error={run.error} title={t('importWizard.run.failed.title')}>
          <Text size="sm" mt={4}>
            {t('importWizard.run.failedKept')}
          </Text>
        </Refusal>
      )}
    </Stack>
  );
}
