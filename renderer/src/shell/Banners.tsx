import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconKey, IconLockOpenOff } from '@tabler/icons-react';
import type { UnreadableSecret } from '@shared/domain';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { notifyDone, notifyError } from '../app/notify';
import { useSession } from '../app/session';
import { useDialogs } from '../components/Dialogs';
import { t } from '../i18n';
import { SettingsProblemsBanner } from './SettingsProblemsBanner';
import { unreadableSecretLines } from './unreadableSecretLabels';
import type { IntegrationUsers } from './unreadableSecretLabels';

const NONE: readonly UnreadableSecret[] = [];

/** The Presence settings' integration users by id, to name their passwords; asked only when one is unreadable. */
function useIntegrationUsers(secrets: readonly UnreadableSecret[]): IntegrationUsers {
  const wanted = secrets.some((secret) => secret.owner === 'settings' && secret.name.startsWith('presence.teams.integrationUser.'));
  const [users, setUsers] = useState<IntegrationUsers>(new Map());
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    void api.endUser.get().then((result) => {
      if (cancelled || !result.ok) return;
      setUsers(
        new Map(result.value.presence.teams.integrationUsers.map((user, index) => [user.id, { position: index + 1, username: user.username }])),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return users;
}

/** Warnings that concern the whole workstation or the whole site, shown above every screen. */
export function Banners() {
  const { info, site, setSite } = useSession();
  const { confirm } = useDialogs();
  const [busy, setBusy] = useState(false);
  const unreadable = site?.keyAvailable === false ? site.unreadableSecrets : NONE;
  const integrationUsers = useIntegrationUsers(unreadable);

  const resetKey = async () => {
    if (!site) return;
    const ok = await confirm({
      title: t('banner.keyMissing.confirmTitle'),
      message: t('banner.keyMissing.confirmMessage', { count: site.unreadableSecrets.length }),
      confirmLabel: t('banner.keyMissing.confirm'),
      danger: true,
    });
    if (!ok) return;
    setBusy(true);
    const result = await api.site.resetKey({ confirm: true });
    setBusy(false);
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    setSite(result.value);
    notifyDone(t('banner.keyMissing.done'));
  };

  return (
    <Stack gap="xs">
      {info?.keychain === 'memory' && (
        <Alert color="yellow" icon={<IconLockOpenOff size={18} />} title={t('banner.memoryKeychain.title')} role="alert">
          {t('banner.memoryKeychain.message')}
        </Alert>
      )}
      {site && !site.keyAvailable && (
        <Alert color="red" icon={<IconKey size={18} />} title={t('banner.keyMissing.title')} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('banner.keyMissing.message')}</Text>
            {site.unreadableSecrets.length > 0 && (
              <List size="sm" spacing={2}>
                {unreadableSecretLines(site.unreadableSecrets, integrationUsers).map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            )}
            <Button size="xs" color="red" variant="light" loading={busy} onClick={() => void resetKey()}>
              {t('banner.keyMissing.reset')}
            </Button>
          </Stack>
        </Alert>
      )}
      {/* Keyed by the site, so a site opened next shows its own problems even after this one's were hidden. */}
      {site && <SettingsProblemsBanner key={site.path} problems={site.settingsProblems} />}
    </Stack>
  );
}
