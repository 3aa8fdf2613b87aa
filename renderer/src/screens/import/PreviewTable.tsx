import { Badge, Table, Text } from '@mantine/core';
import type { ImportPreviewRow } from '@shared/channels/import';
import { useId } from 'react';
import { t } from '../../i18n';
import { count } from './importFormat';

export const OUTCOME_COLORS: Record<ImportPreviewRow['outcome'], string> = { create: 'teal', update: 'blue', skip: 'gray', reject: 'red' };

/** The first rows as they will be stored (after mapping, conversion and defaults) and what happens to each. */
export function PreviewTable({ rows, total }: { rows: readonly ImportPreviewRow[]; total: number }) {
  const captionId = useId();
  return (
    <section aria-labelledby={captionId}>
      <Text id={captionId} fw={600} size="sm" mb={4}>
        {t('importWizard.previewRows.label')}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder aria-labelledby={captionId} fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('importWizard.col.line')}</Table.Th>
              <Table.Th w={120}>{t('importWizard.col.outcome')}</Table.Th>
              <Table.Th>{t('field.username')}</Table.Th>
              <Table.Th>{t('field.firstName')}</Table.Th>
              <Table.Th>{t('field.lastName')}</Table.Th>
              <Table.Th>{t('field.department')}</Table.Th>
              <Table.Th>{t('field.email')}</Table.Th>
              <Table.Th>{t('field.number')}</Table.Th>
              <Table.Th>{t('field.language')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.line}>
                <Table.Td>{count(row.line)}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={OUTCOME_COLORS[row.outcome]}>
                    {t(`importWizard.outcome.${row.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.username}</Table.Td>
                <Table.Td>{row.firstName}</Table.Td>
                <Table.Td>{row.lastName}</Table.Td>
                <Table.Td>{row.department}</Table.Td>
                <Table.Td>{row.email}</Table.Td>
                <Table.Td>{row.number}</Table.Td>
                <Table.Td>{t(`language.${row.language}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > rows.length && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('importWizard.previewRows.more', { shown: count(rows.length), total: count(total) })}
        </Text>
      )}
    </section>
  );
}
