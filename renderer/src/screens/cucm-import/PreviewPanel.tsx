import { Alert, Badge, Button, Group, Radio, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconCloudDownload, IconPhoneCall } from '@tabler/icons-react';
import { CUCM_PREVIEW_LISTS } from '@shared/cucm/cucm-import-preview';
import type { CucmPreviewList, CucmPreviewSummary } from '@shared/cucm/cucm-import-preview';
import type { CucmSharedNumbers } from '@shared/rules/cucm-import-rules';
import { useState } from 'react';
import { FormSection } from '../../components/FormSection';
import { currentLocale, formatNumber, t } from '../../i18n';
import { PreviewList } from './PreviewList';

const BADGE_COLOR: Record<CucmPreviewList, string> = { add: 'teal', update: 'blue', delete: 'red', conflict: 'orange', problem: 'orange' };

interface Props {
  summary: CucmPreviewSummary;
  /** The filters or mapping on screen differ from the ones the preview ran with. */
  outdated: boolean;
  applying: boolean;
  /** What applying does with the numbers users would share (asked only when some would). */
  sharedNumbers: CucmSharedNumbers;
  onSharedNumbers(choice: CucmSharedNumbers): void;
  onApply(): void;
}

/** What the import would do: the counts, each list browsable in its tab, and Apply. */
export function PreviewPanel({ summary, outdated, applying, sharedNumbers, onSharedNumbers, onApply }: Props) {
  const { counts } = summary;
  const firstNonEmpty = CUCM_PREVIEW_LISTS.find((list) => counts[list] > 0) ?? 'add';
  const [tab, setTab] = useState<CucmPreviewList>(firstNonEmpty);
  const nothing = counts.add + counts.update + counts.delete === 0;

  return (
    <FormSection title={t('cucmImport.section.preview')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="sm" fw={600} data-testid="cucm-read-complete">
            {t('cucmImport.readComplete', {
              users: formatNumber(summary.read.users),
              publisher: summary.publisher,
              count: summary.pages,
              seconds: Math.max(0.1, summary.seconds).toLocaleString(currentLocale(), { maximumFractionDigits: 1 }),
            })}
          </Text>
          <Text size="sm">
            {t('cucmImport.kept', { matched: formatNumber(summary.matched) })}
            {counts.unchanged > 0 && ` ${t('cucmImport.unchanged', { count: counts.unchanged })}`}
          </Text>
          {summary.read.busy + summary.read.throttled > 0 && (
            <Text size="xs" c="dimmed">
              {t('cucmImport.readWaited', { busy: summary.read.busy, waited: summary.read.waitedSeconds, throttled: summary.read.throttled })}
            </Text>
          )}
        </Stack>
        <Stack gap={4} align="flex-end">
          <Button leftSection={<IconCloudDownload size={16} />} onClick={onApply} loading={applying} disabled={nothing || outdated}>
            {t('cucmImport.apply')}
          </Button>
          {nothing && (
            <Text size="xs" c="dimmed">
              {t('cucmImport.apply.nothing')}
            </Text>
          )}
        </Stack>
      </Group>
      {summary.deletion.overThreshold && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} variant="light">
          {t('cucmImport.overThreshold', { threshold: formatNumber(summary.deletion.threshold) })}
        </Alert>
      )}
      {summary.sharedNumbers > 0 && (
        <Alert
          color="indigo"
          icon={<IconPhoneCall size={18} />}
          variant="light"
          title={t('cucmImport.shared.title', { count: summary.sharedNumbers })}
        >
          <Radio.Group value={sharedNumbers} onChange={(value) => onSharedNumbers(value as CucmSharedNumbers)} label={t('cucmImport.shared.intro')}>
            <Stack gap={6} mt={6}>
              <Radio value="keep" label={t('cucmImport.shared.keep')} />
              <Radio value="omit" label={t('cucmImport.shared.omit')} />
            </Stack>
          </Radio.Group>
        </Alert>
      )}
      {outdated && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} variant="light">
          {t('cucmImport.outdated')}
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => value && setTab(value as CucmPreviewList)} keepMounted={false}>
        <Tabs.List>
          {CUCM_PREVIEW_LISTS.map((list) => (
            <Tabs.Tab
              key={list}
              value={list}
              rightSection={
                <Badge size="sm" variant={counts[list] > 0 ? 'filled' : 'light'} color={counts[list] > 0 ? BADGE_COLOR[list] : 'gray'} aria-hidden>
                  {formatNumber(counts[list])}
                </Badge>
              }
              aria-label={`${t(`cucmImport.list.${list}`)} (${formatNumber(counts[list])})`}
            >
              {t(`cucmImport.list.${list}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CUCM_PREVIEW_LISTS.map((list) => (
          <Tabs.Panel key={list} value={list} pt="sm">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t(`cucmImport.list.${list}.intro`)}
              </Text>
              <PreviewList previewId={summary.previewId} list={list} total={counts[list]} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </FormSection>
  );
}
