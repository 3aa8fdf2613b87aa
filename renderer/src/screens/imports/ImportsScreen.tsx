import { Badge, Button, EmptyState, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconFileAlert, IconFileImport, IconHistory, IconUsers } from '@tabler/icons-react';
import type { ImportRecord } from '@shared/channels/import';
import { searchTerm } from '@shared/search';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { LoadingScreen } from '../../components/LoadingScreen';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useContractValue } from '../../api/useContractValue';
import { formatDateTime, formatNumber, t } from '../../i18n';
import { BulkProgressModal } from '../users/bulk/BulkProgressModal';
import { useImportActions } from './useImportActions';

const when = (iso: string) => formatDateTime(iso, { dateStyle: 'medium', timeStyle: 'short' });

/** The import ledger: every CSV and CUCM import, its counts, undo of the latest, and its error report. */
export function ImportsScreen() {
  const { dataVersion, navigate } = useSession();
  const list = useContractValue(() => api.import.list({ limit: 200 }), [dataVersion]);
  const { undo, saveErrorReport, progress } = useImportActions();

  const header = (
    <ScreenHeader title={t('imports.title')} intro={t('imports.intro')}>
      <Button leftSection={<IconFileImport size={16} />} onClick={() => void navigate({ screen: 'import' })}>
        {t('imports.new')}
      </Button>
    </ScreenHeader>
  );
  if (!list.value) return list.error ? header : <LoadingScreen />;
  const records = list.value;

  return (
    <Stack gap="sm">
      {header}
      <BulkProgressModal progress={progress} />
      {records.length === 0 ? (
        <EmptyState icon={<IconHistory size={28} />} title={t('imports.empty.title')} description={t('imports.empty.message')} />
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('imports.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('imports.col.number')}</Table.Th>
                <Table.Th>{t('imports.col.when')}</Table.Th>
                <Table.Th>{t('imports.col.source')}</Table.Th>
                <Table.Th>{t('imports.col.who')}</Table.Th>
                <Table.Th ta="right">{t('imports.col.created')}</Table.Th>
                <Table.Th ta="right">{t('imports.col.updated')}</Table.Th>
                <Table.Th ta="right">{t('imports.col.deleted')}</Table.Th>
                <Table.Th ta="right">{t('imports.col.skipped')}</Table.Th>
                <Table.Th ta="right">{t('imports.col.rejected')}</Table.Th>
                <Table.Th>{t('imports.col.state')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((record) => (
                <ImportRow
                  key={record.id}
                  record={record}
                  onUndo={() => void undo(record).then((done) => done && list.reload())}
                  onReport={() => void saveErrorReport(record)}
                  onShowUsers={() => void navigate({ screen: 'users', search: searchTerm('import', String(record.id)) })}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function ImportRow({ record, onUndo, onReport, onShowUsers }: { record: ImportRecord; onUndo(): void; onReport(): void; onShowUsers(): void }) {
  const undone = record.undoneAt !== null;
  const number = (value: number) => (
    <Table.Td ta="right" c={value === 0 ? 'dimmed' : undefined}>
      {formatNumber(value)}
    </Table.Td>
  );
  return (
    <Table.Tr style={undone ? { opacity: 0.65 } : undefined}>
      <Table.Td ta="right">{record.id}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <time dateTime={record.at}>{when(record.at)}</time>
      </Table.Td>
      <Table.Td>
        <Text size="xs" c="dimmed">
          {t(`imports.source.${record.source}`)}
        </Text>
        <Text size="sm" fw={500}>
          {record.label}
        </Text>
      </Table.Td>
      <Table.Td>{record.actor}</Table.Td>
      {number(record.created)}
      {number(record.updated)}
      {number(record.deleted)}
      {number(record.skipped)}
      {number(record.rejected)}
      {/* nowrap: a squeezed state badge would be cut to its first letter. */}
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {undone ? (
          <Badge variant="light" color="gray" style={{ minWidth: 'max-content' }}>
            {t('imports.state.undone', { date: when(record.undoneAt!) })}
          </Badge>
        ) : (
          <Badge variant="light" color="teal" style={{ minWidth: 'max-content' }}>
            {t('imports.state.standing')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {/* The actions wrap rather than run out of a narrow window. */}
        <Group gap="xs">
          {!undone && record.created + record.updated > 0 && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUsers size={14} />}
              aria-label={t('imports.users.label', { label: record.label })}
              onClick={onShowUsers}
            >
              {t('imports.users')}
            </Button>
          )}
          {record.canUndo && (
            <Button
              size="xs"
              variant="light"
              color="red"
              leftSection={<IconArrowBackUp size={14} />}
              aria-label={t('imports.undo.label', { label: record.label })}
              onClick={onUndo}
            >
              {t('imports.undo')}
            </Button>
          )}
          {!undone && !record.canUndo && (
            <Text size="xs" c="dimmed">
              {t('imports.undo.notLatest')}
            </Text>
          )}
          {record.rejected > 0 && record.source === 'csv' && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconFileAlert size={14} />}
              aria-label={t('imports.report.label', { label: record.label })}
              onClick={onReport}
            >
              {t('errorReport.save')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
