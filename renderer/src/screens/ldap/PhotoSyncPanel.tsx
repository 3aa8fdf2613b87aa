import { Accordion, Alert, Button, Group, List, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPhotoDown, IconPlayerStop } from '@tabler/icons-react';
import type { LdapProblem } from '@shared/channels/ldap';
import { PHOTO_LIST_LIMIT, PHOTO_MATCH_BY, PHOTO_MAX_KB, PHOTO_MATCH_FIELDS, photoMatchSchema } from '@shared/channels/photos';
import type { PhotoMatch, PhotoSkip, PhotoStatus, PhotoSyncOutcome, PhotoSyncProgress, PhotoSyncResult } from '@shared/channels/photos';
import { useEffect, useId, useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { useContractValue } from '../../api/useContractValue';
import { formatDateTime, issueText, t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** How often the panel asks for progress while a sync runs. */
const POLL_MS = 250;

const DEFAULT_MATCH: PhotoMatch = { by: 'username', attribute: '', field: 'username' };

/**
 * Sync photos now: fetches the contact photos with the saved settings into the site's photo cache and says
 * what became of every entry. Progress is polled from main, so a sync started before the panel was opened
 * (or in another visit of the screen) is shown too.
 */
export function PhotoSyncPanel() {
  const headingId = useId();
  const { dataChanged } = useSession();
  const { value: status, reload } = useContractValue(() => api.photos.status(), []);
  const [match, setMatch] = useState<PhotoMatch | null>(null);
  const [starting, setStarting] = useState(false);
  const [progress, setProgress] = useState<PhotoSyncProgress | null>(null);
  const [outcome, setOutcome] = useState<PhotoSyncOutcome | null>(null);
  const [cancelling, setCancelling] = useState(false);

  const rule = match ?? status?.lastOutcome?.result?.match ?? status?.lastRun?.match ?? DEFAULT_MATCH;
  const check = photoMatchSchema.safeParse(rule);
  const attributeIssue = check.success ? undefined : check.error.issues.find((i) => i.path[0] === 'attribute');
  const running = starting || progress !== null || status?.running != null;
  const shown = outcome ?? status?.lastOutcome ?? null;

  // While a sync runs, ask main for its progress; when it has ended, load the status with its outcome.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      void api.photos.status().then((answer) => {
        if (!answer.ok) return;
        setProgress(answer.value.running);
        if (answer.value.running === null && !starting) reload();
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [running, starting, reload]);

  const sync = async () => {
    if (running || !check.success) return;
    setStarting(true);
    setOutcome(null);
    const answer = await api.photos.sync({ match: check.data });
    setStarting(false);
    setProgress(null);
    setCancelling(false);
    reload();
    if (!answer.ok) {
      notifyError(answer.error);
      return;
    }
    setOutcome(answer.value);
    if (answer.value.result) {
      notifyDone(t('photos.panel.done', { stored: answer.value.result.stored, refreshed: answer.value.result.refreshed }));
      // The user list shows the new avatars.
      dataChanged();
    }
  };

  const cancel = async () => {
    setCancelling(true);
    await api.photos.cancel();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t('photos.panel.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('photos.panel.intro')}
        </Text>
        {status && <CacheState status={status} />}
        {status && !status.configured && (
          <Alert color="yellow" variant="light">
            {t('photos.panel.notConfigured')}
          </Alert>
        )}

        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('photos.panel.matchBy')}
            w={520}
            data={PHOTO_MATCH_BY.map((by) => ({ value: by, label: t(`photos.panel.matchBy.${by}`) }))}
            value={rule.by}
            allowDeselect={false}
            disabled={running}
            onChange={(value) => value && setMatch({ ...rule, by: value as PhotoMatch['by'] })}
          />
          {rule.by === 'attribute' && (
            <>
              <TextInput
                label={t('photos.panel.matchAttribute')}
                description={t('photos.panel.matchAttributeHint')}
                w={240}
                value={rule.attribute}
                disabled={running}
                error={issueText(attributeIssue && { path: ['attribute'], message: attributeIssue.message as MessageKey })}
                onChange={(event) => setMatch({ ...rule, attribute: event.currentTarget.value })}
              />
              <Select
                label={t('photos.panel.matchField')}
                w={220}
                data={PHOTO_MATCH_FIELDS.map((field) => ({ value: field, label: t(`photos.panel.field.${field}`) }))}
                value={rule.field}
                allowDeselect={false}
                disabled={running}
                onChange={(value) => value && setMatch({ ...rule, field: value as PhotoMatch['field'] })}
              />
            </>
          )}
        </Group>

        <Group gap="sm">
          <Button
            leftSection={<IconPhotoDown size={16} />}
            onClick={() => void sync()}
            loading={running}
            disabled={status !== null && !status.configured}
          >
            {t('photos.panel.sync')}
          </Button>
          {running && (
            <Button variant="default" color="red" leftSection={<IconPlayerStop size={16} />} onClick={() => void cancel()} disabled={cancelling}>
              {t('photos.panel.cancel')}
            </Button>
          )}
        </Group>

        {running && <RunningSync progress={progress ?? status?.running ?? null} />}
        {!running && shown?.problem && <SyncProblem problem={shown.problem} />}
        {!running && shown?.result && <SyncResult result={shown.result} />}
      </Stack>
    </Paper>
  );
}

function CacheState({ status }: { status: PhotoStatus }) {
  const run = status.lastRun;
  return (
    <Stack gap={2}>
      <Text size="sm">{t('photos.panel.cacheState', { count: status.cached, stale: status.stale, days: status.cacheDays })}</Text>
      {run && (
        <Text size="sm">
          {t('photos.panel.lastRun', {
            when: formatDateTime(run.finishedAt),
            stored: run.stored,
            refreshed: run.refreshed,
            kept: run.kept,
          })}
        </Text>
      )}
    </Stack>
  );
}

function RunningSync({ progress }: { progress: PhotoSyncProgress | null }) {
  const phase = progress?.phase ?? 'connecting';
  const text = phase === 'searching' ? t('photos.panel.phase.searching', { count: progress?.entries ?? 0 }) : t(`photos.panel.phase.${phase}`);
  return (
    <Stack gap={4}>
      <Progress value={100} striped animated aria-label={t('photos.panel.progressLabel')} />
      <Text size="sm" role="status">
        {text}
      </Text>
    </Stack>
  );
}

function SyncProblem({ problem }: { problem: LdapProblem }) {
  return (
    <Alert color="red" title={t('photos.failed.title')}>
      <Stack gap={4}>
        <Text size="sm">{t(problem.explanation.key, problem.explanation.params)}</Text>
        <Text size="sm">{t(problem.advice.key, problem.advice.params)}</Text>
        {problem.serverMessage && <Text size="sm">{t('photos.failed.serverSaid', { message: problem.serverMessage })}</Text>}
        <Text size="sm">{t('photos.failed.testHint')}</Text>
      </Stack>
    </Alert>
  );
}

function formatDuration(ms: number): string {
  return ms < 1000 ? t('photos.duration.ms', { count: Math.round(ms) }) : t('photos.duration.s', { value: (ms / 1000).toFixed(1) });
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? t('photos.size.bytes', { count: bytes }) : t('photos.size.kb', { value: (bytes / 1024).toFixed(1) });
}

function skipReason(skip: PhotoSkip): string {
  return t(`photos.skip.${skip.reason}`, { size: formatSize(skip.bytes), maxKb: PHOTO_MAX_KB });
}

/** The counts in the order a sync produces them; those needing attention are coloured when not 0. */
const COUNTS: { key: keyof typeof COUNT_LABELS; attention?: boolean; onlyWhenAny?: boolean }[] = [
  { key: 'entries' },
  { key: 'matched' },
  { key: 'stored' },
  { key: 'refreshed' },
  { key: 'kept' },
  { key: 'withoutPhoto' },
  { key: 'tooLarge', attention: true },
  { key: 'notImage', attention: true },
  // Rare (two entries for one user): shown only when it happened.
  { key: 'sameUser', attention: true, onlyWhenAny: true },
  { key: 'unmatched', attention: true },
];
const COUNT_LABELS = {
  entries: 'photos.result.entries',
  matched: 'photos.result.matched',
  stored: 'photos.result.stored',
  refreshed: 'photos.result.refreshed',
  kept: 'photos.result.kept',
  withoutPhoto: 'photos.result.withoutPhoto',
  tooLarge: 'photos.result.tooLarge',
  notImage: 'photos.result.notImage',
  sameUser: 'photos.result.sameUser',
  unmatched: 'photos.result.unmatched',
} as const satisfies Record<string, MessageKey>;

function SyncResult({ result }: { result: PhotoSyncResult }) {
  const headingId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={4} size="h6" id={headingId}>
        {t('photos.result.title', { when: formatDateTime(result.finishedAt), duration: formatDuration(result.durationMs) })}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" aria-label={t('photos.result.label')}>
        {COUNTS.filter(({ key, onlyWhenAny }) => !onlyWhenAny || result[key] > 0).map(({ key, attention }) => {
          const label = t(COUNT_LABELS[key]);
          const value = result[key];
          return (
            <Paper key={key} withBorder p="xs" role="group" aria-label={label}>
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text size="lg" fw={600} c={attention && value > 0 ? 'orange' : undefined}>
                {value}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>

      {result.skipped.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('photos.result.skippedTitle', { count: result.tooLarge + result.notImage + result.sameUser })}
          </Text>
          <Table.ScrollContainer minWidth={600}>
            <Table
              withTableBorder
              verticalSpacing={4}
              aria-label={t('photos.result.skippedTitle', { count: result.tooLarge + result.notImage + result.sameUser })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('photos.result.col.dn')}</Table.Th>
                  <Table.Th>{t('photos.result.col.user')}</Table.Th>
                  <Table.Th>{t('photos.result.col.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.skipped.map((skip) => (
                  <Table.Tr key={`${skip.dn}/${skip.reason}`}>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{skip.dn}</Table.Td>
                    <Table.Td>{skip.username}</Table.Td>
                    <Table.Td>{skipReason(skip)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}

      {result.unmatchedDns.length > 0 && (
        <Accordion variant="contained">
          <Accordion.Item value="unmatched">
            <Accordion.Control>{t('photos.result.unmatchedTitle', { count: result.unmatched })}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm" c="dimmed" mb="xs">
                {t('photos.result.unmatchedHint')}
              </Text>
              <List size="sm" spacing={2}>
                {result.unmatchedDns.map((dn) => (
                  <List.Item key={dn} style={{ wordBreak: 'break-all' }}>
                    {dn}
                  </List.Item>
                ))}
              </List>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
      {result.truncated && (
        <Text size="sm" c="dimmed">
          {t('photos.result.truncated', { limit: PHOTO_LIST_LIMIT })}
        </Text>
      )}
    </Stack>
  );
}
