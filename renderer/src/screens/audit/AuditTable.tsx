import { Table, Text } from '@mantine/core';
import type { AuditRecord } from '@shared/channels/audit';
import { t } from '../../i18n';
import { AuditChanges } from './AuditChanges';
import { actionName, entityLabel, entityName } from './changeSummary';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function AuditTable({ rows }: { rows: readonly AuditRecord[] }) {
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('audit.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={230}>{t('audit.col.when')}</Table.Th>
          <Table.Th w={110}>{t('audit.col.who')}</Table.Th>
          <Table.Th w={200}>{t('audit.col.what')}</Table.Th>
          <Table.Th w={110}>{t('audit.col.action')}</Table.Th>
          <Table.Th>{t('audit.col.changes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((record) => (
          <Table.Tr key={record.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={record.at}>{when.format(new Date(record.at))}</time>
            </Table.Td>
            <Table.Td>{record.actor}</Table.Td>
            <Table.Td>
              {/* Site-wide entities (defaults, pool) have no label of their own: their kind is the name. */}
              {entityLabel(record) ? (
                <>
                  <Text size="xs" c="dimmed">
                    {entityName(record.entity)}
                  </Text>
                  <Text size="sm" fw={500}>
                    {entityLabel(record)}
                  </Text>
                </>
              ) : (
                <Text size="sm" fw={500}>
                  {entityName(record.entity)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{actionName(record.action)}</Table.Td>
            <Table.Td>
              <AuditChanges record={record} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
