import { Modal, Progress, Stack, Text } from '@mantine/core';
import { formatNumber, t } from '../../../i18n';
import type { BulkProgressState } from './useBulkProgress';

/** A bulk change on many users in progress; it cannot be closed (the change is one transaction). */
export function BulkProgressModal({ progress }: { progress: BulkProgressState | null }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Modal
      opened={progress !== null}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title={progress?.title}
      centered
    >
      <Stack gap="xs">
        <Text size="sm">{progress?.detail}</Text>
        <Progress value={percent} striped animated aria-label={t('bulk.progress.label')} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {progress ? t('bulk.progress.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) }) : null}
        </Text>
      </Stack>
    </Modal>
  );
}
