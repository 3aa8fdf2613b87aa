import { Table, Text } from '@mantine/core';
import type { ImportInspection } from '@shared/channels/import';
import { useId } from 'react';
import { t } from '../../i18n';
import { columnName } from './mapping';

/** The first rows as the file reads now: the check that encoding, delimiter and header row are right. */
export function SampleTable({ inspection }: { inspection: ImportInspection }) {
  const captionId = useId();
  const rows = Math.max(0, ...inspection.columns.map((column) => column.samples.length));
  return (
    <section aria-labelledby={captionId}>
      <Text id={captionId} fw={600} size="sm" mb={4}>
        {t('importWizard.preview.label')}
      </Text>
      {rows === 0 ? (
        <Text size="sm" c="dimmed">
          {t('importWizard.preview.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={Math.min(2400, inspection.columns.length * 140)}>
          <Table striped withTableBorder withColumnBorders aria-labelledby={captionId} fz="xs">
            <Table.Thead>
              <Table.Tr>
                {inspection.columns.map((column) => (
                  <Table.Th key={column.index} style={{ whiteSpace: 'nowrap' }}>
                    {columnName(column)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {Array.from({ length: rows }, (_, row) => (
                <Table.Tr key={row}>
                  {inspection.columns.map((column) => (
                    <Table.Td key={column.index} style={{ whiteSpace: 'nowrap' }}>
                      {column.samples[row] ?? ''}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
