import { Modal, Progress, Stack, Text } from '@mantine/core';
import { t } from '../../../i18n';
import type { BulkProgressState } from './useBulkProgress';

/** A bulk change on many users in progress; it cannot be closed (the change is one transaction). */
export function BulkProgressModal({ progress }: { progress: BulkProgressState | null }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Modal opened={progress !== null} onClose={() => undefined} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false} title={progress?.title} centered>
      <Stack gap="xs">
        <Progress value={percent} striped animated aria-label={t('bulk.progress.label')} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {progress ? t('bulk.progress.count', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() }) : null}
        </Text>
      </Stack>
    </Modal>
  );
}
