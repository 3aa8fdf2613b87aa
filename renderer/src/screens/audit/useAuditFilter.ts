import type { AuditEntity, AuditFilterInput, AuditOperation } from '@shared/channels/audit';
import { useState } from 'react';

export interface AuditFilterState {
  entity: AuditEntity | null;
  user: string;
  from: string;
  to: string;
  text: string;
  /** One import or bulk change shown as a whole (its summary and every user's entry). */
  operation: AuditOperation | null;
}

const NO_FILTER: AuditFilterState = { entity: null, user: '', from: '', to: '', text: '', operation: null };

export function isFiltered(filter: AuditFilterState): boolean {
  return filter.entity !== null || filter.user !== '' || filter.from !== '' || filter.to !== '' || filter.text !== '' || filter.operation !== null;
}

/** The filter as the contract takes it (empty dates mean "no bound"). */
export function toContractFilter(filter: AuditFilterState): AuditFilterInput {
  const { operation } = filter;
  return {
    entity: filter.entity,
    user: filter.user,
    from: filter.from,
    to: filter.to,
    text: filter.text,
    importId: operation?.kind === 'import' ? operation.id : null,
    bulkChangeId: operation?.kind === 'bulkChange' ? operation.id : null,
  };
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
