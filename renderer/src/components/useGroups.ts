import type { UserGroup } from '@shared/domain';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { notifyError } from '../app/notify';
import { useSession } from '../app/session';

/** The site's groups, reloaded when data changes; `reload` after creating one on the fly. */
export function useGroups(): { groups: UserGroup[]; reload(): void } {
  const { dataVersion } = useSession();
  const [groups, setGroups] = useState<UserGroup[]>([]);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void api.groups.list().then((result) => {
      if (cancelled) return;
      if (result.ok) setGroups(result.value);
      else notifyError(result.error);
    });
    return () => {
      cancelled = true;
    };
  }, [dataVersion, version]);
  return { groups, reload: () => setVersion((v) => v + 1) };
}

export function groupOptions(groups: readonly UserGroup[]): { value: number; label: string }[] {
  return groups.map((group) => ({ value: group.id, label: group.name }));
}
