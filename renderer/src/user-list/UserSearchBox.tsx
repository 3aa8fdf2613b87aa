import { Autocomplete, CloseButton, Group, Input, Kbd, Text } from '@mantine/core';
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { useDebouncedCallback, useHotkeys, useId } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { applyCompletion, completionAt, parseSearch } from '@shared/search';
import type { SearchError } from '@shared/search';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { SearchQuickReference } from './SearchQuickReference';
import { useRecentSearches } from './useRecentSearches';

interface Props {
  /** Called with a search text that parses, after typing pauses (and at once when cleared). */
  onSearch(text: string): void;
  initialValue?: string;
  /** Arrow Down with nothing to complete: the results take the focus (the search is run at once first). */
  onToResults?(): void;
}

/**
 * The one search input of the user lists, speaking the search language of shared/search. A text that does
 * not parse is shown with the place it is wrong, and is not searched (the list stays as it was).
 * Completion offers field names, fixed values and the site's departments and groups; with an empty box,
 * the recent searches of this site.
 */
/**
 * The pause after a keystroke before the list asks main: short enough that the rows follow the last key
 * within 150 ms (issue 19), long enough that a word typed at speed is one search; an answer to an earlier
 * query is dropped when it arrives (useUserList).
 */
const SEARCH_DELAY = 60;

export function UserSearchBox({ onSearch, initialValue = '', onToResults }: Props) {
  const { site } = useSession();
  const [value, setValue] = useState(initialValue);
  const [siteValues, setSiteValues] = useState<{ key: string; values: string[] }>({ key: '', values: [] });
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const { recent, remember } = useRecentSearches(site?.id ?? null);
  const debounced = useDebouncedCallback(onSearch, SEARCH_DELAY);
  const parsed = useMemo(() => parseSearch(value), [value]);
  const completion = useMemo(() => completionAt(value), [value]);
  const siteKey = completion?.kind === 'site' ? `${completion.field}:${completion.prefix}` : '';

  useHotkeys(
    [
      [
        'mod+F',
        (event) => {
          event.preventDefault();
          inputRef.current?.focus();
          inputRef.current?.select();
        },
      ],
    ],
    [],
  );

  useEffect(() => {
    if (completion?.kind !== 'site') return;
    let cancelled = false;
    void api.search.complete({ prefix: completion.prefix, field: completion.field }).then((result) => {
      if (!cancelled && result.ok) setSiteValues({ key: siteKey, values: result.value.values });
    });
    return () => {
      cancelled = true;
    };
    // siteKey stands for the completion's field and prefix.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [siteKey]);

  // Options carry the whole resulting text; what the dropdown shows (renderOption) is the completed word alone.
  const labels = new Map<string, string>();
  const options: ComboboxItemGroup<ComboboxItem>[] = [];
  if (value.trim() === '' && recent.length > 0) {
    options.push({ group: t('search.recent'), items: recent.map((text) => ({ value: text, label: text })) });
    recent.forEach((text) => labels.set(text, text));
  } else if (completion) {
    const words = completion.kind === 'site' ? (siteValues.key === siteKey ? siteValues.values : []) : completion.values;
    const items = words
      .map((word) => ({ text: applyCompletion(value, completion, word), shown: completion.kind === 'field' ? `${word}:` : word }))
      .filter((item) => item.text !== value)
      // Autocomplete puts an option's label into the box, so the label is the whole text too.
      .map(({ text, shown }) => {
        labels.set(text, shown);
        return { value: text, label: text };
      });
    if (items.length > 0) options.push({ group: t('search.suggestions'), items });
  }

  const change = (text: string) => {
    setValue(text);
    const next = parseSearch(text);
    if (text.trim() === '') {
      debounced.cancel();
      onSearch('');
    } else if (next.ok) debounced(text);
    else debounced.cancel();
  };

  const clear = () => {
    setValue('');
    debounced.cancel();
    onSearch('');
  };

  const tryExample = (example: string) => {
    change(example);
    remember(example);
    inputRef.current?.focus();
  };

  // The label sits on a wrapper of its own: given to Autocomplete, it would also name the options list, and
  // "Search users" would then name two elements.
  return (
    <Input.Wrapper label={t('users.search')} labelProps={{ htmlFor: id }} style={{ flex: 1, minWidth: 240 }}>
      <Autocomplete
        ref={inputRef}
        id={id}
        type="search"
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSectionWidth={value ? 64 : 100}
        rightSectionPointerEvents="all"
        rightSection={
          <Group gap={4} wrap="nowrap">
            {value ? <CloseButton aria-label={t('users.searchClear')} onClick={clear} /> : <Kbd size="xs">{t('users.searchShortcut')}</Kbd>}
            <SearchQuickReference onTry={tryExample} />
          </Group>
        }
        data={options}
        filter={({ options: all }) => all}
        renderOption={({ option }) => (
          <Text size="sm" ff="monospace">
            {labels.get(option.value) ?? option.value}
          </Text>
        )}
        value={value}
        onChange={change}
        onOptionSubmit={(text) => {
          // A chosen recent search runs at once; a completed word waits for the rest of the query.
          if (value.trim() === '') remember(text);
        }}
        error={parsed.ok ? undefined : <SearchErrorText text={value} error={parsed.error} />}
        onBlur={() => {
          if (parsed.ok) remember(value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value) {
            event.stopPropagation();
            clear();
          } else if (event.key === 'Enter' && parsed.ok) {
            remember(value);
          } else if (event.key === 'ArrowDown' && options.length === 0 && onToResults) {
            // The dropdown has nothing to offer: Arrow Down goes on to the list, as it would in a menu.
            event.preventDefault();
            debounced.flush();
            onToResults();
          }
        }}
      />
    </Input.Wrapper>
  );
}

/** The parse error: its message, and the text with the wrong part marked (a caret where something is missing). */
function SearchErrorText({ text, error }: { text: string; error: SearchError }) {
  const before = text.slice(0, error.position);
  const marked = text.slice(error.position, error.position + error.length);
  const after = text.slice(error.position + error.length);
  return (
    <span data-testid="search-error">
      {t('search.errorAt', { message: t(error.message, error.params), column: error.position + 1 })}
      <Text component="span" display="block" ff="monospace" size="xs" c="dimmed" aria-hidden style={{ whiteSpace: 'pre' }}>
        {before}
        <mark
          style={{
            color: 'var(--mantine-color-red-filled)',
            background: 'var(--mantine-color-red-light)',
            borderBottom: '2px solid var(--mantine-color-red-filled)',
          }}
        >
          {marked === '' ? '\u2038' : marked}
        </mark>
        {after}
      </Text>
    </span>
  );
}
