import { Badge, NavLink, Stack } from '@mantine/core';
import { IconAddressBook, IconNumbers, IconSettings, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../app/session';
import type { ListScreen } from '../app/session';
import { t } from '../i18n';
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
];

/** The counts are one-row queries, reloaded whenever data changes. */
function useCounts(): Counts {
  const { dataVersion, site } = useSession();
  const [counts, setCounts] = useState<Counts>({});
  useEffect(() => {
    if (!site) return;
    let cancelled = false;
    void Promise.all([
      api.users.list({ view: 'active', limit: 1 }),
      api.users.list({ view: 'deleted', limit: 1 }),
      api.groups.list(),
    ]).then(([active, deleted, groups]) => {
      if (cancelled) return;
      setCounts({
        ...(active.ok ? { users: active.value.total } : {}),
        ...(deleted.ok ? { deleted: deleted.value.total } : {}),
        ...(groups.ok ? { groups: groups.value.length } : {}),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [dataVersion, site]);
  return counts;
}

export function AppNavbar() {
  const { route, navigate } = useSession();
  const counts = useCounts();
  const current = route.screen === 'editor' ? 'users' : route.screen;

  return (
    <nav aria-label={t('nav.label')}>
      <Stack gap={2}>
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
                    {count}
                  </Badge>
                ) : undefined
              }
              active={current === item.screen}
              aria-current={current === item.screen ? 'page' : undefined}
              onClick={() => void navigate({ screen: item.screen })}
            />
          );
        })}
      </Stack>
    </nav>
  );
}
