import type { UserListQuery } from '@shared/rules/user-list-rules';
import type { UserRow } from '@shared/domain';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { notifyError } from '../app/notify';
import { useSession } from '../app/session';
import type { UserSort } from './UserTable';

/** Rows fetched from main per request; the renderer holds only a bounded number of such pages. */
const PAGE_SIZE = 100;
/** Pages kept beyond the visible ones; the farthest from the visible rows are dropped first. */
const MAX_CACHED_PAGES = 40;
/** The most rows one users.list call returns (the contract's limit). */
const MAX_FETCH = 1000;
const DEFAULT_SORT: UserSort = { column: 'username', direction: 'asc' };

export interface UserListState {
  /** How many users match; the table's scrollbar is sized to it. */
  total: number;
  /** True until the first answer to the current query has arrived. */
  loading: boolean;
  /** The row at a position of the sorted result, when its page is loaded. */
  rowAt(index: number): UserRow | undefined;
  /** The table reports the rows it shows; missing pages around them are fetched. */
  showRange(start: number, end: number): void;
  /** The rows between two positions (inclusive), fetched when not loaded (for shift-click ranges). */
  rowsBetween(start: number, end: number): Promise<UserRow[]>;
  /** Changes whenever the rows may have changed (a page arrived, data changed). */
  version: number;
  text: string;
  setText(text: string): void;
  sort: UserSort;
  setSort(sort: UserSort): void;
  /** The query without sort and paging: what "select all matching" selects. */
  query: UserListQuery;
  /** Changes when search, filters or order change (not on a data change): the table scrolls back to the top. */
  queryKey: string;
}

interface Pages {
  /** The query (with data version) these pages answer. */
  key: string;
  total: number;
  pages: Map<number, UserRow[]>;
}

/**
 * The user list as pages of users.list: search, filter and order are applied by main, and the renderer
 * asks only for the pages around the rows on screen. A new query keeps showing the previous rows until
 * its first answer arrives (no flash of empty rows while typing); a data change refetches what is shown.
 */
export function useUserList(view: 'active' | 'deleted', initialText = '', initialSort: UserSort = DEFAULT_SORT): UserListState {
  const { dataVersion } = useSession();
  const [text, setText] = useState(initialText);
  const [sort, setSort] = useState<UserSort>(initialSort);
  const [data, setData] = useState<Pages>({ key: '', total: 0, pages: new Map() });
  const [version, setVersion] = useState(0);

  // Group and state filters are search terms in the text (group:, is:), so the structured ones stay unset.
  const query = useMemo<UserListQuery>(() => ({ view, text, groupId: null, state: null }), [view, text]);
  const queryKey = JSON.stringify([query, sort]);
  const key = JSON.stringify([queryKey, dataVersion]);

  // Mutable bookkeeping read by callbacks that must not change identity on every page.
  const current = useRef({ key, query, sort, data, visible: [0, 0] as [number, number], pending: new Set<string>() });
  // Before any passive effect (the table's range report among them) reads them.
  useLayoutEffect(() => {
    current.current.query = query;
    current.current.sort = sort;
    current.current.data = data;
  });

  const fetchPage = useCallback((forKey: string, page: number) => {
    const pendingKey = `${forKey}#${page}`;
    const bookkeeping = current.current;
    if (bookkeeping.pending.has(pendingKey)) return;
    bookkeeping.pending.add(pendingKey);
    const { query: q, sort: s } = bookkeeping;
    void api.users.list({ ...q, sort: s, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then((listed) => {
      bookkeeping.pending.delete(pendingKey);
      if (bookkeeping.key !== forKey) return;
      if (!listed.ok) {
        notifyError(listed.error);
        return;
      }
      setData((previous) => {
        // The first page of a new query replaces the previous query's pages.
        const pages = previous.key === forKey ? new Map(previous.pages) : new Map<number, UserRow[]>();
        pages.set(page, listed.value.rows);
        evictFarPages(pages, bookkeeping.visible);
        return { key: forKey, total: listed.value.total, pages };
      });
      setVersion((v) => v + 1);
    });
  }, []);

  const pagesOf = (start: number, end: number) => {
    const pages: number[] = [];
    for (let page = Math.floor(Math.max(0, start) / PAGE_SIZE); page <= Math.floor(Math.max(0, end) / PAGE_SIZE); page++) pages.push(page);
    return pages;
  };

  // A new query (or a data change) fetches the pages on screen again.
  useEffect(() => {
    current.current.key = key;
    const [start, end] = current.current.visible;
    for (const page of pagesOf(start, end)) fetchPage(key, page);
  }, [key, fetchPage]);

  const showRange = useCallback(
    (start: number, end: number) => {
      const bookkeeping = current.current;
      bookkeeping.visible = [start, end];
      const loaded = bookkeeping.data.key === bookkeeping.key ? bookkeeping.data.pages : new Map<number, UserRow[]>();
      for (const page of pagesOf(start, end)) if (!loaded.has(page)) fetchPage(bookkeeping.key, page);
    },
    [fetchPage],
  );

  const rowAt = useCallback((index: number) => data.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [data]);

  const rowsBetween = useCallback(async (start: number, end: number): Promise<UserRow[]> => {
    const { data: loaded, query: q, sort: s } = current.current;
    const rows: UserRow[] = [];
    let index = start;
    while (index <= end) {
      const cached = loaded.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
      if (cached) {
        rows.push(cached);
        index++;
        continue;
      }
      const limit = Math.min(MAX_FETCH, end - index + 1);
      const listed = await api.users.list({ ...q, sort: s, offset: index, limit });
      if (!listed.ok) {
        notifyError(listed.error);
        return rows;
      }
      rows.push(...listed.value.rows);
      if (listed.value.rows.length < limit) break;
      index += limit;
    }
    return rows;
  }, []);

  return {
    total: data.total,
    loading: data.key !== key,
    rowAt,
    showRange,
    rowsBetween,
    version,
    text,
    setText,
    sort,
    setSort,
    query,
    queryKey,
  };
}

/** Keeps memory bounded however far the list is scrolled: drops the pages farthest from the visible rows. */
function evictFarPages(pages: Map<number, UserRow[]>, [start, end]: [number, number]): void {
  if (pages.size <= MAX_CACHED_PAGES) return;
  const middle = (start + end) / 2 / PAGE_SIZE;
  const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle));
  for (const page of byDistance.slice(0, pages.size - MAX_CACHED_PAGES)) pages.delete(page);
}
