import type { UserStateFilter } from '@shared/channels/security';
import type { UserRow } from '@shared/domain';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { notifyError } from '../app/notify';
import { useSession } from '../app/session';
import type { UserSort } from './UserTable';

export const PAGE_SIZE = 100;

export interface UserListState {
  rows: UserRow[];
  total: number;
  loading: boolean;
  text: string;
  setText(text: string): void;
  groupId: number | null;
  setGroupId(id: number | null): void;
  /** Only users in this account state (expired password or PIN, locked); null: any. */
  state: UserStateFilter | null;
  setState(state: UserStateFilter | null): void;
  sort: UserSort;
  setSort(sort: UserSort): void;
  page: number;
  setPage(page: number): void;
}

/** One page of users.list: search, filter and order are applied by main; a change goes back to page 1. */
export function useUserList(view: 'active' | 'deleted'): UserListState {
  const { dataVersion } = useSession();
  const [text, setTextState] = useState('');
  const [groupId, setGroupIdState] = useState<number | null>(null);
  const [state, setStateFilter] = useState<UserStateFilter | null>(null);
  const [sort, setSortState] = useState<UserSort>({ column: 'username', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<{ rows: UserRow[]; total: number; key: string | null }>({ rows: [], total: 0, key: null });
  // Loading until the answer to the current query has arrived.
  const key = JSON.stringify([view, text, groupId, state, sort, page, dataVersion]);

  useEffect(() => {
    let cancelled = false;
    void api.users.list({ view, text, groupId, state, sort, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }).then((listed) => {
      if (cancelled) return;
      setResult((current) => ({ ...(listed.ok ? listed.value : current), key }));
      if (listed.ok) {
        // A page emptied by deletions moves back to the last page that still has rows.
        const lastPage = Math.max(1, Math.ceil(listed.value.total / PAGE_SIZE));
        if (page > lastPage) setPage(lastPage);
      } else notifyError(listed.error);
    });
    return () => {
      cancelled = true;
    };
  }, [view, text, groupId, state, sort, page, dataVersion, key]);

  return {
    rows: result.rows,
    total: result.total,
    loading: result.key !== key,
    text,
    setText: (value) => {
      setTextState(value);
      setPage(1);
    },
    groupId,
    setGroupId: (value) => {
      setGroupIdState(value);
      setPage(1);
    },
    state,
    setState: (value) => {
      setStateFilter(value);
      setPage(1);
    },
    sort,
    setSort: (value) => {
      setSortState(value);
      setPage(1);
    },
    page,
    setPage,
  };
}
