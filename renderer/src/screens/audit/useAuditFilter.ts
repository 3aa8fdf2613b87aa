import type { AuditEntity, AuditFilterInput } from '@shared/channels/audit';
import { useState } from 'react';

export interface AuditFilterState {
  entity: AuditEntity | null;
  user: string;
  from: string;
  to: string;
  text: string;
}

const NO_FILTER: AuditFilterState = { entity: null, user: '', from: '', to: '', text: '' };

export function isFiltered(filter: AuditFilterState): boolean {
  return filter.entity !== null || filter.user !== '' || filter.from !== '' || filter.to !== '' || filter.text !== '';
}

/** The filter as the contract takes it (empty dates mean "no bound"). */
export function toContractFilter(filter: AuditFilterState): AuditFilterInput {
  return { entity: filter.entity, user: filter.user, from: filter.from, to: filter.to, text: filter.text };
}

/** The filters of the audit screen, with the page going back to 1 whenever a filter changes. */
export function useAuditFilter() {
  const [filter, setFilter] = useState<AuditFilterState>(NO_FILTER);
  const [page, setPage] = useState(1);
  const change = (patch: Partial<AuditFilterState>) => {
    setFilter((current) => ({ ...current, ...patch }));
    setPage(1);
  };
  const clear = () => {
    setFilter(NO_FILTER);
    setPage(1);
  };
  return { filter, change, clear, page, setPage };
}
