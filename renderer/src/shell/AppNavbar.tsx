import { AppShell, Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconHistory,
  IconNumbers,
  IconPlugConnected,
  IconServer2,
  IconSettings,
  IconShieldLock,
  IconTrash,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { IconFileImport, IconFileStack } from '@tabler/icons-react';
import { IconCloudDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../app/session';
import type { ListScreen } from '../app/session';
import { formatNumber, t } from '../i18n';
import type { MessageKey } from '../i18n';

interface Counts {
  users?: number;
  deleted?: number;
  groups?: number;
}

const ITEMS: { screen: ListScreen; label: MessageKey; icon: ReactNode; count?: keyof Counts }[] = [
  { screen: 'users', label: 'nav.users', icon: <IconAddressBook size={18} />, count: 'users' },
  { screen: 'deleted', label: 'nav.deleted', icon: <IconTrash size={18} />, count: 'deleted' },
  { screen: 'groups', label: 'nav.groups', icon: <IconUsersGroup size={18} />, count: 'groups' },
  { screen: 'defaults', label: 'nav.defaults', icon: <IconSettings size={18} /> },
  { screen: 'pool', label: 'nav.pool', icon: <IconNumbers size={18} /> },
  { screen: 'import', label: 'nav.import', icon: <IconFileImport size={18} /> },
  { screen: 'cucmImport', label: 'nav.cucmImport', icon: <IconCloudDownload size={18} /> },
  { screen: 'imports', label: 'nav.imports', icon: <IconFileStack size={18} /> },
];

/** The settings screens, listed under their own heading. */
const SETTINGS_ITEMS: { screen: ListScreen; label: MessageKey; icon: ReactNode }[] = [
  { screen: 'security', label: 'settings.section.security', icon: <IconShieldLock size={18} /> },
  { screen: 'endUser', label: 'settings.section.endUser', icon: <IconUser size={18} /> },
  { screen: 'ldap', label: 'nav.ldap', icon: <IconPlugConnected size={18} /> },
  { screen: 'cucm', label: 'nav.cucm', icon: <IconServer2 size={18} /> },
  { screen: 'audit', label: 'nav.audit', icon: <IconHistory size={18} /> },
];

/** The counts are one-row queries, reloaded whenever data changes. */
function useCounts(): Counts {
  const { dataVersion, site } = useSession();
  const [counts, setCounts] = useState<Counts>({});
  useEffect(() => {
    if (!site) return;
    let cancelled = false;
    void Promise.all([api.users.list({ view: 'active', limit: 1 }), api.users.list({ view: 'deleted', limit: 1 }), api.groups.list()]).then(
      ([active, deleted, groups]) => {
        if (cancelled) return;
        setCounts({
          ...(active.ok ? { users: active.value.total } : {}),
          ...(deleted.ok ? { deleted: deleted.value.total } : {}),
          ...(groups.ok ? { groups: groups.value.length } : {}),
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [dataVersion, site]);
  return counts;
}

/**
 * The sections, inside the navbar (the `nav` landmark, named by App). They scroll on their own where the window
 * is too short for all of them (a laptop at 150% or 200% zoom), so the last ones stay reachable by mouse and a
 * focused one is scrolled into sight (WCAG 1.4.10, 2.4.11). `onNavigate` folds the narrow window's menu.
 */
export function AppNavbar({ onNavigate }: { onNavigate(): void }) {
  const { route, navigate } = useSession();
  const counts = useCounts();
  const current = route.screen === 'editor' ? 'users' : route.screen;
  const go = (screen: ListScreen) => {
    onNavigate();
    void navigate({ screen });
  };

  return (
    <AppShell.Section grow component={ScrollArea} type="auto" scrollbarSize={10}>
      <Stack gap={2} p="xs">
        {ITEMS.map((item) => {
          const count = item.count ? counts[item.count] : undefined;
          return (
            <NavLink
              key={item.screen}
              component="button"
              label={t(item.label)}
              leftSection={item.icon}
              rightSection={
                count !== undefined ? (
                  <Badge size="sm" variant="light" circle={false} aria-hidden>
                    {formatNumber(count)}
                  </Badge>
                ) : undefined
              }
              active={current === item.screen}
              aria-current={current === item.screen ? 'page' : undefined}
              onClick={() => go(item.screen)}
            />
          );
        })}
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="md" mb={4} px="sm" component="h2">
          {t('nav.settings')}
        </Text>
        {SETTINGS_ITEMS.map((item) => (
          <NavLink
            key={item.screen}
            component="button"
            label={t(item.label)}
            leftSection={item.icon}
            active={current === item.screen}
            aria-current={current === item.screen ? 'page' : undefined}
            onClick={() => go(item.screen)}
          />
        ))}
      </Stack>
    </AppShell.Section>
  );
}
