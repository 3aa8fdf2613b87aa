import { useCallback, useState } from 'react';

const MAX_RECENT = 8;

/** The last searches run on a site, newest first, remembered in this browser profile (not in the site file). */
export function useRecentSearches(siteId: string | null): { recent: string[]; remember(text: string): void } {
  const key = siteId ? `roster.recentSearches.${siteId}` : null;
  const [recent, setRecent] = useState<string[]>(() => read(key));
  const [readKey, setReadKey] = useState(key);
  if (readKey !== key) {
    setReadKey(key);
    setRecent(read(key));
  }
  const remember = useCallback(
    (text: string) => {
      const trimmed = text.trim();
      if (!key || trimmed === '') return;
      setRecent((current) => {
        const next = [trimmed, ...current.filter((t) => t !== trimmed)].slice(0, MAX_RECENT);
        try {
          localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // Storage full or denied: the list still works for this session.
        }
        return next;
      });
    },
    [key],
  );
  return { recent, remember };
}

function read(key: string | null): string[] {
  if (!key) return [];
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}
