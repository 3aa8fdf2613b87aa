import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck, IconFileAlert, IconInfoCircle, IconUsers } from '@tabler/icons-react';
import type { ImportInspection, ImportRecord, ImportSummary } from '@shared/channels/import';
import { useState } from 'react';
import { t } from '../../i18n';
import { useImportActions } from '../imports/useImportActions';
import { BulkProgressModal } from '../users/bulk/BulkProgressModal';
import { count } from './importFormat';
import { columnName } from './mapping';
import { ProblemList } from './ProblemList';

interface Props {
  summary: ImportSummary;
  inspection: ImportInspection;
  onShowUsers(): void;
}

/** Step 5: what the import did, the refused rows with their reasons and error report, and undo. */
export function SummaryStep({ summary, inspection, onShowUsers }: Props) {
  const { undo, saveErrorReport, progress } = useImportActions();
  const [record, setRecord] = useState<ImportRecord>(summary.record);
  const rows = record.created + record.updated + record.skipped + record.rejected;
  const undone = record.undoneAt !== null;

  return (
    <Stack gap="md">
      <BulkProgressModal progress={progress} />
      <Title order={3} size="h4">
        {t('importWizard.summary.title', { fileName: record.label })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} maw={760} role="list" aria-label={t('importWizard.step.summary')}>
        <Figure label={t('importWizard.summary.created')} value={record.created} color="teal" />
        <Figure label={t('importWizard.summary.updated')} value={record.updated} color="blue" />
        <Figure label={t('importWizard.summary.skipped')} value={record.skipped} color="gray" />
        <Figure label={t('importWizard.summary.rejected')} value={record.rejected} color="red" />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {/* Rows per second mean something for a large file only. */}
        {summary.seconds < 1
          ? t('importWizard.summary.timeQuick', { count: rows })
          : t('importWizard.summary.time', { rows: count(rows), seconds: summary.seconds.toFixed(1), rate: count(summary.rowsPerSecond) })}
      </Text>
      {!summary.recorded && (
        <Alert color="gray" icon={<IconInfoCircle size={18} />} role="status">
          {t('importWizard.summary.notRecorded')}
        </Alert>
      )}
      {summary.groupsCreated.length > 0 && (
        <Text size="sm">
          {t('importWizard.summary.groupsCreated', { count: summary.groupsCreated.length, names: summary.groupsCreated.join(', ') })}
        </Text>
      )}
      {undone && (
        <Alert color="gray" icon={<IconArrowBackUp size={18} />} role="status">
          {t('importWizard.summary.undone')}
        </Alert>
      )}
      {record.rejected === 0 ? (
        <Group gap={6}>
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
          <Text size="sm">{t('importWizard.summary.allDone')}</Text>
        </Group>
      ) : (
        <Stack gap="xs">
          <Text fw={600}>{t('importWizard.summary.rejectedTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('importWizard.summary.rejectedHelp')}
          </Text>
          <ProblemList problems={summary.problems} columnNames={inspection.columns.map(columnName)} label={t('importWizard.summary.rejectedTitle')} />
          {summary.recorded && (
            <Group>
              <Button variant="default" leftSection={<IconFileAlert size={16} />} onClick={() => void saveErrorReport(record)}>
                {t('errorReport.save')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
      <Group gap="sm">
        <Button leftSection={<IconUsers size={16} />} onClick={onShowUsers} disabled={undone || record.created + record.updated === 0}>
          {t('importWizard.summary.show')}
        </Button>
        <Button
          variant="light"
          color="red"
          leftSection={<IconArrowBackUp size={16} />}
          disabled={!record.canUndo}
          onClick={() => void undo(record).then((done) => done && setRecord(done))}
        >
          {t('importWizard.summary.undo')}
        </Button>
      </Group>
    </Stack>
  );
}

function Figure({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Paper withBorder p="sm" role="listitem" aria-label={`${label}: ${count(value)}`}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={value > 0 ? color : 'dimmed'}>
        {count(value)}
      </Text>
    </Paper>
  );
}
