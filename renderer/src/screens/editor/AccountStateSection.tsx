import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { User } from '@shared/domain';
import { accountLockOf, isIndefiniteLock } from '@shared/domain/account-lock';
import type { AccountLock } from '@shared/domain/account-lock';
import type { LockRequest } from '@shared/rules/account-lock-rules';
import type { FieldIssue, Result } from '@shared/result';
import { isSecretExpired } from '@shared/rules/secret-policy';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyDone, notifyError } from '../../app/notify';
import { useSession } from '../../app/session';
import { DescribedSwitch } from '../../components/DescribedSwitch';
import { FormSection } from '../../components/FormSection';
import { formatDateTime, t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { useSecuritySettings } from '../security/useSecuritySettings';
import { LockDialog } from './LockDialog';
import { fid } from './sectionProps';
import type { SectionProps } from './sectionProps';

function when(value: string | null): string {
  return value ? formatDateTime(value) : t('common.never');
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

/** The lock in force in a sentence: until when, and why (the administrator's reason or the failed attempts). */
function lockSentence(lock: Exclude<AccountLock, { kind: 'none' }>): string {
  if (lock.kind === 'failedAttempts') {
    return lock.attempts > 0
      ? t('account.lockState.failedAttempts', { count: lock.attempts, until: when(lock.until) })
      : t('account.lockState.noReason', { until: when(lock.until) });
  }
  return lock.until === null
    ? t('account.lockState.indefinite', { reason: lock.reason })
    : t('account.lockState.until', { until: when(lock.until), reason: lock.reason });
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
  const [lockOpen, setLockOpen] = useState(false);
  const [openedAt] = useState(() => Date.now());
  const now = new Date(openedAt);
  const lock = accountLockOf(user, now);
  const isLocked = lock.kind !== 'none';
  const locked = !isLocked ? t('field.notLocked') : isIndefiniteLock(user.lockedUntil) ? t('account.untilUnlocked') : when(user.lockedUntil);

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

  /** A refusal at the dialog's fields is shown there; any other is notified. */
  const lockNow = async (request: LockRequest): Promise<readonly FieldIssue[] | null> => {
    const result = await api.security.lockUser({ id: user.id, ...request });
    if (!result.ok) {
      if (result.error.issues?.length) return result.error.issues;
      notifyError(result.error);
      return [];
    }
    setUser(result.value);
    notifyDone(t('account.locked', { username: result.value.username }));
    dataChanged();
    return null;
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
      {lock.kind !== 'none' && (
        // A status, not an alert: it is read where it stands, not announced each time the editor opens.
        <Alert role="status" color="orange" variant="light" icon={<IconLock size={18} />} title={lockSentence(lock)} />
      )}
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
        <Button size="xs" variant="default" leftSection={<IconLock size={14} />} onClick={() => setLockOpen(true)}>
          {t('account.lock')}
        </Button>
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
      {lockOpen && <LockDialog title={t('lock.dialog.title', { username: user.username })} onClose={() => setLockOpen(false)} onLock={lockNow} />}
    </Stack>
  );
}
