import { Stack, Table, Text } from '@mantine/core';
import type { CucmPreviewList, CucmPreviewRow } from '@shared/cucm/cucm-import-preview';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../../api/client';
import { Pager } from '../../components/Pager';
import { useContractValue } from '../../api/useContractValue';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { changeText, problemText } from './previewText';

const PAGE_SIZE = 20;

interface Column {
  label: MessageKey;
  cell(row: CucmPreviewRow): ReactNode;
}

const text = (value: string) =>
  value || (
    <Text span c="dimmed">
      —
    </Text>
  );
const username: Column = { label: 'field.username', cell: (row) => row.username };
const lastName: Column = { label: 'field.lastName', cell: (row) => text(row.lastName) };
const firstName: Column = { label: 'field.firstName', cell: (row) => text(row.firstName) };
const department: Column = { label: 'field.department', cell: (row) => text(row.department) };
const email: Column = { label: 'field.email', cell: (row) => text(row.email) };
const number: Column = { label: 'field.number', cell: (row) => text(row.number) };
/** A number given that others hold too: who shares it. */
const sharedNote = (row: CucmPreviewRow) =>
  row.sharedWith.length > 0 && (
    <Text size="xs" c="indigo.8">
      {t('cucmImport.sharedWith', { usernames: row.sharedWith.join(', ') })}
    </Text>
  );
const numberWithSharing: Column = {
  label: 'field.number',
  cell: (row) => (
    <Stack gap={0}>
      {text(row.number)}
      {sharedNote(row)}
    </Stack>
  ),
};
const lines = (items: string[]) => (
  <Stack gap={2}>
    {items.map((item, index) => (
      <Text key={index} size="sm">
        {item}
      </Text>
    ))}
  </Stack>
);

const COLUMNS: Record<CucmPreviewList, Column[]> = {
  add: [username, lastName, firstName, department, email, numberWithSharing],
  update: [
    username,
    lastName,
    firstName,
    {
      label: 'cucmImport.col.changes',
      cell: (row) => (
        <Stack gap={2}>
          {lines(row.changes.map(changeText))}
          {sharedNote(row)}
        </Stack>
      ),
    },
  ],
  delete: [username, lastName, firstName, department, number],
  conflict: [username, lastName, firstName, department, { label: 'field.source', cell: (row) => (row.source ? t(`source.${row.source}`) : '') }],
  problem: [username, lastName, firstName, { label: 'cucmImport.col.problem', cell: (row) => lines(row.problems.map(problemText)) }],
};

/** One list of a preview, a page at a time (main keeps the whole preview). */
export function PreviewList({ previewId, list, total }: { previewId: string; list: CucmPreviewList; total: number }) {
  const [page, setPage] = useState(1);
  const rows = useContractValue(
    () => api.cucm.previewList({ previewId, list, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    [previewId, list, page],
  );
  const columns = COLUMNS[list];
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed" py="sm">
        {t('cucmImport.list.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing={6} aria-label={t(`cucmImport.list.${list}`)}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label}>{t(column.label)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rows.value?.rows ?? []).map((row, index) => (
              <Table.Tr key={`${row.username}-${index}`}>
                {columns.map((column) => (
                  <Table.Td key={column.label} style={{ verticalAlign: 'top' }}>
                    {column.cell(row)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} />
    </Stack>
  );
}
