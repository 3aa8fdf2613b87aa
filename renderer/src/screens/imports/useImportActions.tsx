import { List, Stack, Text } from '@mantine/core';
import type { ImportRecord } from '@shared/channels/import';
import { useCallback } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { useDialogs } from '../../components/Dialogs';
import { useSaveFile } from '../../api/useSaveFile';
import { t } from '../../i18n';
import { useBulkProgress } from '../users/bulk/useBulkProgress';

/** What undoing an import does, said before it is done: which users go, which come back, what is lost. */
function undoMessage(record: ImportRecord) {
  const effects = [
    record.created > 0 ? t('imports.undo.created', { count: record.created }) : null,
    record.updated > 0 ? t('imports.undo.updated', { count: record.updated }) : null,
    record.deleted > 0 ? t('imports.undo.deleted', { count: record.deleted }) : null,
  ].filter((effect): effect is string => effect !== null);
  return (
    <Stack gap="xs">
      {effects.length > 0 && (
        <List size="sm" spacing={4}>
          {effects.map((effect) => (
            <List.Item key={effect}>{effect}</List.Item>
          ))}
        </List>
      )}
      {record.updated + record.deleted > 0 && (
        <Text size="sm" fw={500}>
          {t('imports.undo.handEdits')}
        </Text>
      )}
    </Stack>
  );
}

/** The file name of an import without its extension, for the error report's suggested name. */
function baseName(label: string): string {
  const name = label.split(/[\\/]/).pop() ?? label;
  return name.replace(/\.[^.]+$/, '') || 'import';
}

/**
 * Undo an import (after a confirm that says what will happen; a large one with progress and Cancel: show
 * `progress` in a BulkProgressModal) and save its refused rows.
 */
export function useImportActions() {
  const { dataChanged } = useSession();
  const { confirm } = useDialogs();
  const { choose, writeReplacing } = useSaveFile();
  const { progress, track } = useBulkProgress();

  const undo = useCallback(
    async (record: ImportRecord): Promise<ImportRecord | null> => {
      const ok = await confirm({
        title: t('imports.undo.title', { label: record.label }),
        message: undoMessage(record),
        confirmLabel: t('imports.undo.confirm'),
        danger: true,
      });
      if (!ok) return null;
      const users = record.created + record.updated + record.deleted;
      const result = await track(t('imports.undo.progress'), record.label, users, () => api.import.undo({ id: record.id }));
      dataChanged();
      if (!result.ok) {
        // A cancel says so: the import is still in place, nothing was changed.
        notifyError(result.error);
        return null;
      }
      notifyDone(t('imports.undo.done', { label: record.label }));
      return result.value;
    },
    [confirm, dataChanged, track],
  );

  const saveErrorReport = useCallback(
    async (record: ImportRecord): Promise<void> => {
      const target = await choose('errorReport', t('errorReport.fileName', { name: baseName(record.label) }), t('errorReport.pathTitle'));
      if (!target) return;
      const result = await writeReplacing(target, (to) => api.import.saveErrorReport({ id: record.id, path: to.path, overwrite: to.overwrite }));
      if (!result) return;
      if (result.ok) notifyDone(t('errorReport.saved', { count: result.value.rows, path: result.value.path }));
      else notifyError(result.error);
    },
    [choose, writeReplacing],
  );

  return { undo, saveErrorReport, progress };
}
