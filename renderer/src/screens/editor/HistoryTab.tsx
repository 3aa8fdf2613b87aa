import { Badge, Button, Group, List, Stack, Table, Tabs, Text } from '@mantine/core';
import type { AuditRecord, UserHistoryPage } from '@shared/channels/audit';
import { IconHistory, IconUser } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { api } from '../../api/client';
import { useContractValue } from '../../api/useContractValue';
import { notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { formatDateTime, formatNumber, t } from '../../i18n';
import { actionName, changeWords, originName } from '../audit/changeSummary';

const PAGE_SIZE = 25;

/**
 * The editor's two tabs for a stored user: its fields ("Details", the form) and its history. A new user
 * has no history: the form alone. The form stays mounted while History is shown, so nothing typed is lost.
 */
export function EditorTabs({ user, children }: { user: { id: number; username: string } | null; children: ReactNode }) {
  const [tab, setTab] = useState<string | null>('details');
  if (!user) return <>{children}</>;
  return (
    <Tabs value={tab} onChange={setTab} keepMounted>
      <Tabs.List>
        <Tabs.Tab value="details" leftSection={<IconUser size={16} />}>
          {t('audit.history.details')}
        </Tabs.Tab>
        <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
          {t('audit.history.tab')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="details" pt="md">
        {children}
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        {tab === 'history' && <HistoryTab userId={user.id} username={user.username} />}
      </Tabs.Panel>
    </Tabs>
  );
}

/** A user's recorded changes, newest first, a page at a time ("Show older entries" adds the next). */
function HistoryTab({ userId, username }: { userId: number; username: string }) {
  // A save, an undo or a bulk change elsewhere moves dataVersion: the history starts again from the newest.
  const { dataVersion } = useSession();
  return <HistoryPages key={`${userId}-${dataVersion}`} userId={userId} username={username} />;
}

function HistoryPages({ userId, username }: { userId: number; username: string }) {
  const first = useContractValue<UserHistoryPage>(() => api.audit.userHistory({ userId, limit: PAGE_SIZE }), [userId]);
  const [older, setOlder] = useState<UserHistoryPage[]>([]);
  const [loading, setLoading] = useState(false);

  if (!first.value) return null;
  const pages = [first.value, ...older];
  const rows = pages.flatMap((page) => page.rows);
  const next = pages[pages.length - 1]!.next;

  const loadOlder = async () => {
    if (next === null) return;
    setLoading(true);
    const result = await api.audit.userHistory({ userId, before: next, limit: PAGE_SIZE });
    setLoading(false);
    if (result.ok) setOlder((current) => [...current, result.value]);
    else notifyError(result.error);
  };

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.history.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('audit.history.intro')}
        </Text>
        <Badge variant="light" color="gray">
          {t('audit.history.count', { count: formatNumber(first.value.total) })}
        </Badge>
      </Group>
      <Table striped verticalSpacing="xs" aria-label={t('audit.history.tableLabel', { username })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={200}>{t('audit.col.when')}</Table.Th>
            <Table.Th w={110}>{t('audit.col.who')}</Table.Th>
            <Table.Th w={280}>{t('audit.col.what')}</Table.Th>
            <Table.Th>{t('audit.col.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((record) => (
            <HistoryRow key={record.id} record={record} />
          ))}
        </Table.Tbody>
      </Table>
      {next !== null && (
        <Group justify="center">
          <Button variant="default" loading={loading} onClick={() => void loadOlder()}>
            {t('audit.history.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function HistoryRow({ record }: { record: AuditRecord }) {
  const origin = originName(record);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        <time dateTime={record.at}>{formatDateTime(record.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>{record.actor}</Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Text size="sm" fw={500}>
          {actionName(record.action)}
        </Text>
        {origin && (
          <Text size="xs" c="dimmed">
            {origin}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        {record.changes.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('audit.change.none')}
          </Text>
        ) : (
          <List size="sm" spacing={2} listStyleType="none">
            {record.changes.map((change, index) => {
              const words = changeWords(record, change);
              return (
                <List.Item key={index}>
                  <Text span size="sm" fw={500}>
                    {t('audit.history.label', { label: words.label })}
                  </Text>{' '}
                  {words.before === null ? words.after : t('audit.history.values', { before: words.before, after: words.after })}
                </List.Item>
              );
            })}
          </List>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
