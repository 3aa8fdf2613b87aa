import { Alert, Button, Group, Paper, Progress, Stack, Stepper, Text } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import type { CucmImportProgress } from '@shared/cucm/cucm-import-preview';
import { formatNumber, t } from '../../i18n';

/** The preview's three steps, and which one a progress event belongs to. */
const STEP: Record<CucmImportProgress['phase'], number> = { connecting: 0, fetching: 0, waiting: 0, filtering: 1, comparing: 2 };

function progressText(progress: CucmImportProgress | null): string {
  if (!progress || progress.phase === 'connecting') return t('cucmImport.progress.starting');
  const users = formatNumber(progress.users);
  switch (progress.phase) {
    case 'fetching':
      return t('cucmImport.progress.fetching', { count: progress.pages, users });
    case 'waiting':
      return t(`cucmImport.progress.waiting.${progress.reason}`, { seconds: progress.seconds, users });
    case 'filtering':
      return t('cucmImport.progress.filtering', { users });
    case 'comparing':
      return t('cucmImport.progress.comparing', { users });
  }
}

/**
 * Every stage of a preview: reading from CUCM (pages and users so far; the total is not known before the last
 * page), waiting while CUCM is busy (why, and when the next try is), the SQL filter, the compare; and Cancel.
 */
export function PreviewProgress({ progress, cancelling, onCancel }: { progress: CucmImportProgress | null; cancelling: boolean; onCancel(): void }) {
  const step = progress ? STEP[progress.phase] : 0;
  const waiting = progress?.phase === 'waiting';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Stepper active={step} size="sm" aria-label={t('cucmImport.progress.label')}>
          <Stepper.Step label={t('cucmImport.stage.read')} loading={step === 0} />
          <Stepper.Step label={t('cucmImport.stage.filter')} loading={step === 1} />
          <Stepper.Step label={t('cucmImport.stage.compare')} loading={step === 2} />
        </Stepper>
        <Progress value={100} striped animated color={waiting ? 'yellow' : undefined} aria-label={t('cucmImport.progress.label')} size="lg" />
        {waiting ? (
          <Alert color="yellow" variant="light" icon={<IconClockPause size={18} />} aria-live="polite">
            {progressText(progress)}
          </Alert>
        ) : null}
        <Group justify="space-between">
          <Text size="sm" aria-live="polite">
            {waiting ? t('cucmImport.progress.stage', { step: 1, name: t('cucmImport.stage.read') }) : progressText(progress)}
          </Text>
          <Button variant="default" color="red" onClick={onCancel} loading={cancelling}>
            {cancelling ? t('cucmImport.cancelling') : t('cucmImport.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
