import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconFileStack } from '@tabler/icons-react';
import type { CucmImportResult } from '@shared/cucm/cucm-import-preview';
import { formatNumber, t } from '../../i18n';

interface Props {
  result: CucmImportResult;
  undone: boolean;
  undoing: boolean;
  onUndo(): void;
  onShowImports(): void;
}

/** The import just applied, with its counts and Undo right there. */
export function ImportResultPanel({ result, undone, undoing, onUndo, onShowImports }: Props) {
  const { record } = result;
  return (
    <Alert
      color={undone ? 'gray' : 'teal'}
      icon={<IconCircleCheck size={18} />}
      title={t(undone ? 'cucmImport.result.undoneTitle' : 'cucmImport.result.title')}
      variant="light"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('cucmImport.result.message', {
            created: formatNumber(record.created),
            updated: formatNumber(record.updated),
            deleted: formatNumber(record.deleted),
            rejected: formatNumber(record.rejected),
            skipped: formatNumber(record.skipped),
          })}
        </Text>
        {undone && (
          <Text size="sm" fw={500}>
            {t('cucmImport.result.undone')}
          </Text>
        )}
        <Group>
          {!undone && (
            <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={onUndo} loading={undoing} disabled={!record.canUndo}>
              {t('cucmImport.undo')}
            </Button>
          )}
          <Button variant="subtle" leftSection={<IconFileStack size={16} />} onClick={onShowImports}>
            {t('cucmImport.result.imports')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
