import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { User } from '@shared/domain';
import type { Result } from '@shared/result';
import { isSecretExpired } from '@shared/rules/secret-policy';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { useSecuritySettings } from '../security/useSecuritySettings';
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
        <DescribedSwitch
          id={fid('enabled')}
          label={t('field.enabled')}
          description={t('field.enabledHint')}
          checked={state.enabled}
          onChange={(enabled) => change({ enabled })}
        />
        <DescribedSwitch
          id={fid('phantom')}
          label={t('field.phantom')}
          description={t('field.phantomHint')}
          checked={state.phantom}
          onChange={(phantom) => change({ phantom })}
        />
      </SimpleGrid>
      {user && <RecordedState user={user} />}
    </FormSection>
  );
}

/** An expired secret says why: stamped as expired, or older than the security settings' expiry days. */
function expiry(stamped: boolean, setAt: string | null, days: number | null, now: Date): string {
  if (stamped) return t('common.yes');
  return isSecretExpired(false, setAt, days, now) ? t('account.expiredByAge', { days: days ?? 0 }) : t('common.no');
}

/**
 * What the platform recorded, with the lifecycle actions beside it. An action is saved at once through the
 * contract (and audited there), independent of the editor's unsaved changes.
 */
function RecordedState({ user: loaded }: { user: User }) {
  const { dataChanged } = useSession();
  const security = useSecuritySettings();
  const [user, setUser] = useState(loaded);
  const [busy, setBusy] = useState<string | null>(null);
  const [openedAt] = useState(() => Date.now());
  const now = new Date(openedAt);
  const isLocked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > openedAt;
  const locked = isLocked ? when(user.lockedUntil) : t('field.notLocked');

  const act = async (name: string, run: () => Promise<Result<User>>, done: MessageKey) => {
    setBusy(name);
    const result = await run();
    setBusy(null);
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    setUser(result.value);
    notifyDone(t(done, { username: result.value.username }));
    dataChanged();
  };

  const rows: [MessageKey, string][] = [
    ['field.lockedUntil', locked],
    ['field.failedAttempts', String(user.failedAttempts)],
    ['field.passwordSetAt', when(user.passwordSetAt)],
    ['field.passwordExpired', expiry(user.passwordExpired, user.passwordSetAt, security.passwordExpiryDays, now)],
    ['field.pinSetAt', when(user.pinSetAt)],
    ['field.pinExpired', expiry(user.pinExpired, user.pinSetAt, security.pinExpiryDays, now)],
    ['field.source', t(`source.${user.source}`)],
    ['field.createdAt', when(user.createdAt)],
    ['field.updatedAt', when(user.updatedAt)],
  ];
  return (
    <Stack gap="sm">
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
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          disabled={!isLocked && user.lockedUntil === null}
          loading={busy === 'unlock'}
          onClick={() => void act('unlock', () => api.security.unlockUser({ id: user.id }), 'account.unlocked')}
        >
          {t('account.unlock')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={user.failedAttempts === 0}
          loading={busy === 'reset'}
          onClick={() => void act('reset', () => api.security.resetFailedAttempts({ id: user.id }), 'account.attemptsReset')}
        >
          {t('account.resetAttempts')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!user.password.set || user.passwordExpired}
          loading={busy === 'password'}
          onClick={() => void act('password', () => api.security.expireUserSecret({ id: user.id, secret: 'password' }), 'account.passwordExpired')}
        >
          {t('account.expirePassword')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!user.pin.set || user.pinExpired}
          loading={busy === 'pin'}
          onClick={() => void act('pin', () => api.security.expireUserSecret({ id: user.id, secret: 'pin' }), 'account.pinExpired')}
        >
          {t('account.expirePin')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('account.actionsNote')}
      </Text>
    </Stack>
  );
}
