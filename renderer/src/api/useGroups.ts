import type { UserGroup } from '@shared/domain';
import { api } from './client';
import { useSession } from '../app/session';
import { useContractValue } from './useContractValue';

/** The site's groups, reloaded when data changes; `reload` after creating one on the fly. */
export function useGroups(): { groups: UserGroup[]; reload(): void } {
  const { dataVersion } = useSession();
  const { value, reload } = useContractValue(() => api.groups.list(), [dataVersion]);
  return { groups: value ?? [], reload };
}

export function groupOptions(groups: readonly UserGroup[]): { value: number; label: string }[] {
  return groups.map((group) => ({ value: group.id, label: group.name }));
}
