import { Button, Modal, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BulkChangeRecord } from '@shared/channels/bulk';
import { api } from '../../../api/client';
import { notifyError } from '../../../app/notify';
import { formatDateTime, formatNumber, t } from '../../../i18n';
import { describeChange } from './describeChange';

interface Props {
  opened: boolean;
  onClose(): void;
  onUndo(change: BulkChangeRecord): Promise<boolean>;
}

/** The site's recent bulk changes, newest first, each with its own Undo while it stands. */
export function RecentBulkChanges({ opened, onClose, onUndo }: Props) {
  const [changes, setChanges] = useState<BulkChangeRecord[] | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!opened) return;
    let cancelled = false;
    void api.bulk.recent({ limit: 20 }).then((result) => {
      if (cancelled) return;
      if (result.ok) setChanges(result.value);
      else notifyError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [opened, version]);

  const when = (at: string) => formatDateTime(at);

  return (
    <Modal opened={opened} onClose={onClose} title={t('bulk.recent.title')} size="xl" centered>
      <Stack>
        {/* The first focus: the dialog's explanation, read first; not an Undo (nor the close button). */}
        <Text size="sm" c="dimmed" tabIndex={-1} data-autofocus>
          {t('bulk.recent.help')}
        </Text>
        {changes !== null && changes.length === 0 ? <Text size="sm">{t('bulk.recent.empty')}</Text> : null}
        {changes !== null && changes.length > 0 ? (
          <Table aria-label={t('bulk.recent.tableLabel')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bulk.recent.when')}</Table.Th>
                <Table.Th>{t('bulk.recent.change')}</Table.Th>
                <Table.Th>{t('bulk.recent.users')}</Table.Th>
                <Table.Th>{t('bulk.recent.by')}</Table.Th>
                <Table.Th>{t('bulk.recent.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.id}>
                  <Table.Td>{when(change.at)}</Table.Td>
                  <Table.Td>{describeChange(change)}</Table.Td>
                  <Table.Td>{formatNumber(change.userCount)}</Table.Td>
                  <Table.Td>{change.actor}</Table.Td>
                  <Table.Td>
                    {change.undoneAt !== null ? (
                      <Text size="sm" c="dimmed">
                        {t('bulk.recent.undone', { when: when(change.undoneAt) })}
                      </Text>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        aria-label={t('bulk.recent.undoLabel', { change: describeChange(change), when: when(change.at) })}
                        onClick={() => void onUndo(change).then(() => setVersion((v) => v + 1))}
                      >
                        {t('bulk.undo')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Modal>
  );
}
