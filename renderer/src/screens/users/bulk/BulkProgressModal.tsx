import { useState } from 'react';
import { Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { formatNumber, t } from '../../../i18n';
import type { BulkProgressState } from './useBulkProgress';

/**
 * A heavy operation on many users in progress (a bulk change or its undo, an import's undo, "expire all
 * now", an export, the large demo; see useBulkProgress). It cannot be closed, not even with Escape, only
 * cancelled: each operation is one transaction (an export, one temporary file), so a cancel rolls it all
 * back and the request answers that nothing was changed, which the caller then says.
 */
export function BulkProgressModal({ progress }: { progress: BulkProgressState | null }) {
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
      {/* Mounted per operation: the next one starts with its Cancel button enabled again. */}
      {progress ? <ProgressBody progress={progress} /> : null}
    </Modal>
  );
}

function ProgressBody({ progress }: { progress: BulkProgressState }) {
  const [cancelling, setCancelling] = useState(false);
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const cancel = () => {
    setCancelling(true);
    // The running request answers CANCELLED (or completes, when it was already committing).
    progress.cancel();
  };
  return (
    <Stack gap="xs">
      <Text size="sm">{progress.detail}</Text>
      <Progress value={percent} striped animated aria-label={t('bulk.progress.label')} />
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('bulk.progress.count', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
      </Text>
      <Group justify="flex-end">
        {/* The first focus: Enter or Space cancels, Escape does nothing. */}
        <Button variant="default" onClick={cancel} loading={cancelling} data-autofocus>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
