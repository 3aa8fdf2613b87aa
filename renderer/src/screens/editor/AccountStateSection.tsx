import { SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { User } from '@shared/domain';
import { useState } from 'react';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

function when(value: string | null): string {
  return value ? new Date(value).toLocaleString() : t('common.never');
}

/** Switches the administrator sets, then what the platform recorded (read-only). */
export function AccountStateSection({ state, change, user }: SectionProps & { user: User | null }) {
  return (
    <FormSection title={t('editor.state')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Switch
          id={fid('enabled')}
          label={t('field.enabled')}
          aria-label={t('field.enabled')}
          description={t('field.enabledHint')}
          checked={state.enabled}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        <Switch
          id={fid('phantom')}
          label={t('field.phantom')}
          aria-label={t('field.phantom')}
          description={t('field.phantomHint')}
          checked={state.phantom}
          onChange={(event) => change({ phantom: event.currentTarget.checked })}
        />
      </SimpleGrid>
      {user && <RecordedState user={user} />}
    </FormSection>
  );
}

function RecordedState({ user }: { user: User }) {
  const [openedAt] = useState(() => Date.now());
  const locked = user.lockedUntil && new Date(user.lockedUntil).getTime() > openedAt ? when(user.lockedUntil) : t('field.notLocked');
  const rows: [MessageKey, string][] = [
    ['field.lockedUntil', locked],
    ['field.failedAttempts', String(user.failedAttempts)],
    ['field.passwordSetAt', when(user.passwordSetAt)],
    ['field.passwordExpired', user.passwordExpired ? t('common.yes') : t('common.no')],
    ['field.pinSetAt', when(user.pinSetAt)],
    ['field.pinExpired', user.pinExpired ? t('common.yes') : t('common.no')],
    ['field.source', t(`source.${user.source}`)],
    ['field.createdAt', when(user.createdAt)],
    ['field.updatedAt', when(user.updatedAt)],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs" component="dl" m={0}>
      {rows.map(([label, value]) => (
        <Stack key={label} gap={0}>
          <Text component="dt" size="xs" c="dimmed">
            {t(label)}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
