import { Anchor, Table, Text } from '@mantine/core';
import type { AuditOperation, AuditRecord } from '@shared/channels/audit';
import { formatDateTime, t } from '../../i18n';
import { AuditChanges } from './AuditChanges';
import { actionName, entityLabel, entityName, operationName } from './changeSummary';

interface Props {
  rows: readonly AuditRecord[];
  /** Shows every entry of an import or bulk change; absent while one is shown already. */
  onShowOperation?: (operation: AuditOperation) => void;
}

export function AuditTable({ rows, onShowOperation }: Props) {
  return (
    <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('audit.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={230}>{t('audit.col.when')}</Table.Th>
          <Table.Th w={110}>{t('audit.col.who')}</Table.Th>
          <Table.Th w={200}>{t('audit.col.what')}</Table.Th>
          <Table.Th w={220}>{t('audit.col.action')}</Table.Th>
          <Table.Th>{t('audit.col.changes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((record) => (
          <Table.Tr key={record.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <time dateTime={record.at}>{formatDateTime(record.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
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
            <Table.Td>
              <Text size="sm">{actionName(record.action)}</Text>
              {record.operation && (
                <Text size="xs" c="dimmed">
                  {operationName(record.operation)}
                </Text>
              )}
              {record.operation && onShowOperation && (
                <Anchor
                  component="button"
                  type="button"
                  size="xs"
                  aria-label={t('audit.operation.showLabel', { operation: operationName(record.operation) })}
                  onClick={() => onShowOperation(record.operation!)}
                >
                  {t('audit.operation.show')}
                </Anchor>
              )}
            </Table.Td>
            <Table.Td>
              <AuditChanges record={record} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
