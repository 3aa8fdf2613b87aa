import type { SeekKey, UserListQuery } from '@shared/rules/user-list-rules';
import type { UserRow } from '@shared/domain';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Dispatch, SetStateAction } from 'react';
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
/** Pages fetched beyond the visible rows in each direction, so that scrolling on finds them loaded. */
const PREFETCH_PAGES = 2;
/** Requests in flight at once: a page scrolled past before its turn is never asked for. */
const MAX_IN_FLIGHT = 2;
/**
 * How long a new query's first rows are shown before the pages around them are fetched: while the
 * administrator is still typing, main answers the next query rather than pages of this one nobody sees.
 */
const PREFETCH_AFTER = 150;

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
  text: string;
  setText(text: string): void;
  sort: UserSort;
  setSort(sort: UserSort): void;
  /** The query without sort and paging: what "select all matching" selects. */
  query: UserListQuery;
  /** Changes when search, filters or order change (not on a data change): the table scrolls back to the top. */
  queryKey: string;
}

interface Page {
  rows: UserRow[];
  /** The seek keys of its first and last row: a page near it is asked for by key, not by a deep offset. */
  first?: SeekKey;
  last?: SeekKey;
}

/** What the page requests read and update between renders. */
interface Bookkeeping {
  key: string;
  query: UserListQuery;
  sort: UserSort;
  dataVersion: number;
  visible: [number, number];
  /** The requests on their way, by query key and page. */
  pending: Set<string>;
  /** When the current query's first answer arrived (performance.now()), and the pump waiting to prefetch. */
  answeredAt: number;
  prefetchTimer?: ReturnType<typeof setTimeout>;
  /** Tells the table that pages arrived (RowSource). */
  rows: RowSource;
}

/**
 * The loaded pages, and the table's way to learn that some arrived: a page re-renders the table (which
 * subscribes here, useLoadedRows) and not the screen around it. The screen re-renders when the total or the
 * query's answer changes, not for every page that a scroll brings in.
 */
class RowSource {
  /** The pages of the latest answered query (a new query keeps showing the previous one's until then). */
  data: Pages = { key: '', total: 0, pages: new Map() };
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor() {
    rowSources.set(this.rowAt, this);
  }

  /** The row at a position of the sorted result, when its page is loaded. */
  readonly rowAt = (index: number): UserRow | undefined => this.data.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.version;

  /** New pages: read by the next pump at once (before React renders), and the table re-renders. */
  update(data: Pages): void {
    this.data = data;
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The row source behind a list's rowAt (the screens hand the table rowAt alone). */
const rowSources = new WeakMap<(index: number) => UserRow | undefined, RowSource>();
const NO_SOURCE = new RowSource();

/** Re-renders the caller when pages arrive for the list whose rowAt it shows. */
export function useLoadedRows(rowAt: (index: number) => UserRow | undefined): void {
  const source = rowSources.get(rowAt) ?? NO_SOURCE;
  useSyncExternalStore(source.subscribe, source.snapshot);
}

/** The query (with data version) that has its first answer, and its total. */
interface Answered {
  key: string;
  total: number;
}

interface Pages {
  /** The query (with data version) these pages answer. */
  key: string;
  total: number;
  pages: Map<number, Page>;
}

/**
 * The user list as pages of users.list: search, filter and order are applied by main, and the renderer
 * asks only for the pages around the rows on screen. A new query keeps showing the previous rows until
 * its first answer arrives (no flash of empty rows while typing); a data change refetches what is shown.
 */
export function useUserList(view: 'active' | 'deleted', initialText = '', initialSort: UserSort = DEFAULT_SORT): UserListState {
  const { dataVersion } = useSession();
  const [text, setTextState] = useState(initialText);
  const [sort, setSortState] = useState<UserSort>(initialSort);
  // What the screen shows of the answer: the query it answers and its total (the pages are in `rows`).
  const [answered, setAnswered] = useState<Answered>({ key: '', total: 0 });

  const query = useMemo<UserListQuery>(() => listQuery(view, text), [view, text]);
  const { queryKey, key } = keysOf(query, sort, dataVersion);

  const [rows] = useState(() => new RowSource());
  // Mutable bookkeeping read by callbacks that must not change identity on every page.
  const current = useRef<Bookkeeping>({
    key,
    query,
    sort,
    dataVersion,
    visible: [0, 0],
    pending: new Set<string>(),
    answeredAt: 0,
    rows,
  });
  // Before any passive effect (the table's range report among them) reads them.
  useLayoutEffect(() => {
    current.current.query = query;
    current.current.sort = sort;
    current.current.dataVersion = dataVersion;
  }, [query, sort, dataVersion]);

  const pump = useCallback(() => pumpPages(current.current, setAnswered), []);

  // A new query (or a data change) fetches the pages on screen again. In a layout effect: before the
  // passive effects of the screen around the list ask main for its filters and counts, which main would
  // otherwise answer first (back from the editor, opening a site).
  useLayoutEffect(() => {
    current.current.key = key;
    pump();
  }, [key, pump]);

  // Another search or order: its first page is asked for at once, while React renders the screen for it
  // (the request would otherwise leave after that render and its effects).
  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      startQuery(current.current, listQuery(view, next), current.current.sort, pump);
    },
    [view, pump],
  );
  const setSort = useCallback(
    (next: UserSort) => {
      setSortState(next);
      startQuery(current.current, current.current.query, next, pump);
    },
    [pump],
  );

  const showRange = useCallback(
    (start: number, end: number) => {
      current.current.visible = [start, end];
      pump();
    },
    [pump],
  );

  // Stable: the table re-renders through the row source when pages arrive (useLoadedRows).
  const rowAt = rows.rowAt;

  const rowsBetween = useCallback(async (start: number, end: number): Promise<UserRow[]> => {
    const { rows: source, query: q, sort: s } = current.current;
    const loaded = source.data;
    const rows: UserRow[] = [];
    let index = start;
    while (index <= end) {
      const cached = loaded.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE];
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
    total: answered.total,
    loading: answered.key !== key,
    rowAt,
    showRange,
    rowsBetween,
    text,
    setText,
    sort,
    setSort,
    query,
    queryKey,
  };
}

// Group and state filters are search terms in the text (group:, is:), so the structured ones stay unset.
function listQuery(view: 'active' | 'deleted', text: string): UserListQuery {
  return { view, text, groupId: null, state: null };
}

/** The query with its order (what the table scrolls back to the top for), and with the data version too. */
function keysOf(query: UserListQuery, sort: UserSort, dataVersion: number): { queryKey: string; key: string } {
  const queryKey = JSON.stringify([query, sort]);
  return { queryKey, key: JSON.stringify([queryKey, dataVersion]) };
}

/** Makes a query the current one and asks for its first page: the table shows it from the top. */
function startQuery(bookkeeping: Bookkeeping, query: UserListQuery, sort: UserSort, pump: () => void): void {
  const { key } = keysOf(query, sort, bookkeeping.dataVersion);
  if (key === bookkeeping.key) return;
  const [start, end] = bookkeeping.visible;
  Object.assign(bookkeeping, { key, query, sort, visible: [0, end - start] });
  pump();
}

/**
 * Asks for the wanted pages, nearest to the visible rows first, at most MAX_IN_FLIGHT at a time; called
 * again as each answer arrives and as the visible rows move, so the pages the viewport has left behind
 * are dropped from the queue rather than answered before the one it stopped at.
 */
function pumpPages(bookkeeping: Bookkeeping, setAnswered: Dispatch<SetStateAction<Answered>>): void {
  const pump = () => pumpPages(bookkeeping, setAnswered);
  const forKey = bookkeeping.key;
  const loaded = bookkeeping.rows.data.key === forKey ? bookkeeping.rows.data : null;
  // A new query waits while a superseded one's requests are answered: main answers in turn, so a query
  // sent behind those of every keystroke before it would wait for all of them. Each answer pumps again,
  // and the text then current is sent (the keystrokes in between are never asked for).
  if (!loaded && [...bookkeeping.pending].some((pending) => !pending.startsWith(`${forKey}#`))) return;
  const waited = performance.now() - bookkeeping.answeredAt;
  const prefetch = loaded !== null && waited >= PREFETCH_AFTER;
  if (loaded && !prefetch && bookkeeping.prefetchTimer === undefined) {
    bookkeeping.prefetchTimer = setTimeout(() => {
      bookkeeping.prefetchTimer = undefined;
      pump();
    }, PREFETCH_AFTER - waited);
  }
  const wanted = wantedPages(bookkeeping.visible, prefetch ? loaded.total : null);
  const wantedKeys = new Set(wanted.map((page) => `${forKey}#${page}`));
  for (const page of wanted) {
    // Only requests still wanted count: the page a jump lands on is asked for at once, whatever the pages
    // scrolled past still await (their answers are kept, if near).
    if ([...bookkeeping.pending].filter((pending) => wantedKeys.has(pending)).length >= MAX_IN_FLIGHT) return;
    const pendingKey = `${forKey}#${page}`;
    if (loaded?.pages.has(page) || bookkeeping.pending.has(pendingKey)) continue;
    bookkeeping.pending.add(pendingKey);
    const { query: q, sort: s } = bookkeeping;
    void api.users.list({ ...q, sort: s, ...pageRequest(page, loaded) }).then((listed) => {
      bookkeeping.pending.delete(pendingKey);
      if (bookkeeping.key !== forKey) {
        pump();
        return;
      }
      if (!listed.ok) {
        notifyError(listed.error);
        return;
      }
      const { rows, total, first, last } = listed.value;
      // The first page of a new query replaces the previous query's pages. Read by the next pump at once
      // (before React renders): it asks for pages by this one's keys.
      const previous = bookkeeping.rows.data;
      if (previous.key !== forKey) bookkeeping.answeredAt = performance.now();
      const pages = previous.key === forKey ? new Map(previous.pages) : new Map<number, Page>();
      pages.set(page, { rows, first, last });
      evictFarPages(pages, bookkeeping.visible);
      setAnswered((shown) => (shown.key === forKey && shown.total === total ? shown : { key: forKey, total }));
      bookkeeping.rows.update({ key: forKey, total, pages });
      pump();
    });
  }
}

/**
 * The pages of the visible rows, then those around them (PREFETCH_PAGES each way), nearest first; the
 * visible ones alone without a total (before the first answer, or while it is fresh).
 */
function wantedPages([start, end]: [number, number], total: number | null): number[] {
  const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
  const last = Math.floor(Math.max(0, end) / PAGE_SIZE);
  const lastPage = total === null ? last : Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
  const pages: number[] = [];
  for (let page = first; page <= Math.min(last, lastPage); page++) pages.push(page);
  if (total === null) return pages;
  for (let step = 1; step <= PREFETCH_PAGES; step++) {
    if (last + step <= lastPage) pages.push(last + step);
    if (first - step >= 0) pages.push(first - step);
  }
  return pages;
}

/**
 * How to ask for a page: from the nearest place main can seek to without walking past rows, which is the
 * top, the end (read backward) or a loaded page's first or last row (by its key); the fewest rows skipped.
 */
function pageRequest(page: number, loaded: Pages | null): Pick<UserListQuery, 'offset' | 'limit' | 'seek' | 'backward'> {
  const start = page * PAGE_SIZE;
  let best: Pick<UserListQuery, 'offset' | 'limit' | 'seek' | 'backward'> = { offset: start, limit: PAGE_SIZE };
  if (loaded === null) return best;
  let skip = start;
  const end = Math.min(loaded.total, start + PAGE_SIZE);
  const consider = (rows: number, request: typeof best) => {
    if (rows < skip) [skip, best] = [rows, request];
  };
  if (end > start) consider(loaded.total - end, { offset: loaded.total - end, limit: end - start, backward: true });
  for (const [other, { first, last }] of loaded.pages) {
    if (other < page && last) consider(start - (other + 1) * PAGE_SIZE, { seek: last, offset: start - (other + 1) * PAGE_SIZE, limit: PAGE_SIZE });
    if (other > page && first && end > start) {
      const rows = other * PAGE_SIZE - end;
      consider(rows, { seek: first, offset: rows, limit: end - start, backward: true });
    }
  }
  return best;
}

/** Keeps memory bounded however far the list is scrolled: drops the pages farthest from the visible rows. */
function evictFarPages(pages: Map<number, Page>, [start, end]: [number, number]): void {
  if (pages.size <= MAX_CACHED_PAGES) return;
  const middle = (start + end) / 2 / PAGE_SIZE;
  const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - middle) - Math.abs(a - middle));
  for (const page of byDistance.slice(0, pages.size - MAX_CACHED_PAGES)) pages.delete(page);
}
