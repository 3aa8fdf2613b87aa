import { useHotkeys } from '@mantine/hooks';
import type { UserRow } from '@shared/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { notifyError, notifyDone } from '../app/notify';
import { useSession } from '../app/session';
import { useEscapeOutsidePopups } from '../forms/useEscapeOutsidePopups';
import { t } from '../i18n';
import type { RowSelection } from './UserTable';
import type { UserListState } from './useUserList';

export interface UserSelection {
  ids: ReadonlySet<number>;
  /** Usernames of the users selected by a click (select-all knows only ids). */
  namesOf(ids: readonly number[]): string[];
  table: RowSelection;
  selectAllMatching(): Promise<void>;
  clear(): void;
}

/**
 * Multi-select over a paged list: click (or Space) toggles a row, shift-click selects the rows between it and
 * the last clicked one (fetching rows not loaded yet), Shift+arrow keys the rows passed over, Ctrl+A every
 * matching user (ids from main), Escape clears. A new search or filter clears the selection: what is selected
 * is always what matches.
 */
export function useRowSelection(list: UserListState): UserSelection {
  const { query, total, rowsBetween } = list;
  const filterKey = JSON.stringify(query);
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  const [selectedFor, setSelectedFor] = useState(filterKey);
  if (selectedFor !== filterKey) {
    setSelectedFor(filterKey);
    setIds(new Set());
  }
  const names = useRef(new Map<number, string>());

  // After a change to the data (a bulk change, an edit), users that no longer match leave the selection, so
  // its count and the next bulk action are about what the list shows. (With more matches than main hands
  // out at once, the selection is left as it is.)
  const { dataVersion } = useSession();
  const selected = useRef(ids);
  const prunedAt = useRef(dataVersion);
  useEffect(() => {
    selected.current = ids;
  });
  useEffect(() => {
    if (prunedAt.current === dataVersion) return;
    prunedAt.current = dataVersion;
    if (selected.current.size === 0) return;
    let cancelled = false;
    void api.userList.ids({ query }).then((result) => {
      if (cancelled || !result.ok || result.value.capped) return;
      const matching = new Set(result.value.ids);
      setIds((current) => {
        const kept = [...current].filter((id) => matching.has(id));
        return kept.length === current.size ? current : new Set(kept);
      });
    });
    return () => {
      cancelled = true;
    };
  }, [dataVersion, query]);
  /** The last clicked row's position, for a shift-click range; only valid for the query it was clicked in. */
  const anchor = useRef<{ filterKey: string; index: number } | null>(null);

  const clear = useCallback(() => {
    setIds(new Set());
    anchor.current = null;
  }, []);

  const selectAllMatching = useCallback(async () => {
    const result = await api.userList.ids({ query });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    setIds(new Set(result.value.ids));
    if (result.value.capped) notifyDone(t('userList.selectedCapped', { count: result.value.ids.length }));
  }, [query]);

  /** Adds the rows between two positions (inclusive); the second becomes the anchor of the next range. */
  const selectRange = useCallback(
    (from: number, to: number) => {
      anchor.current = { filterKey, index: to };
      void rowsBetween(Math.min(from, to), Math.max(from, to)).then((rows) => {
        for (const r of rows) names.current.set(r.id, r.username);
        setIds((current) => new Set([...current, ...rows.map((r) => r.id)]));
      });
    },
    [rowsBetween, filterKey],
  );

  const toggle = useCallback(
    (row: UserRow, index: number, shift: boolean) => {
      names.current.set(row.id, row.username);
      const from = anchor.current?.filterKey === filterKey ? anchor.current.index : null;
      if (shift && from !== null && from !== index) {
        selectRange(from, index);
        return;
      }
      anchor.current = { filterKey, index };
      setIds((current) => {
        const next = new Set(current);
        if (next.has(row.id)) next.delete(row.id);
        else next.add(row.id);
        return next;
      });
    },
    [selectRange, filterKey],
  );

  // Not while typing: Ctrl+A and Escape keep their meaning in text fields (a checkbox is no text field).
  useHotkeys(
    [
      [
        'mod+A',
        (event) => {
          if (typing(event.target)) return;
          event.preventDefault();
          void selectAllMatching();
        },
        { preventDefault: false },
      ],
    ],
    [],
  );
  // Nor when Escape closes a menu, dialog or hint over the list (the bulk bar's Account menu acts on the selection).
  useEscapeOutsidePopups((event) => {
    if (!typing(event.target)) clear();
  });

  const all: RowSelection['all'] = ids.size === 0 ? 'none' : total > 0 && ids.size >= total ? 'all' : 'some';
  const table = useMemo<RowSelection>(
    () => ({
      isSelected: (id) => ids.has(id),
      count: ids.size,
      toggle,
      selectRange,
      all,
      toggleAll: () => (all === 'none' ? void selectAllMatching() : clear()),
      allLabel: t('userList.selectAllMatching'),
    }),
    [ids, toggle, selectRange, all, selectAllMatching, clear],
  );

  return {
    ids,
    namesOf: (selected) => selected.flatMap((id) => names.current.get(id) ?? []),
    table,
    selectAllMatching,
    clear,
  };
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}
