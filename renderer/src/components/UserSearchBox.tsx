import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { t } from '../i18n';

interface Props {
  /** Called with the search text after typing pauses (and at once when cleared). */
  onSearch(text: string): void;
  initialValue?: string;
}

/**
 * The one search input of the user lists. It hands over plain text; swapping in the search-operator
 * language (quick reference, error position) happens here and nowhere else.
 */
export function UserSearchBox({ onSearch, initialValue = '' }: Props) {
  const [value, setValue] = useState(initialValue);
  const inputRef = useRef<HTMLInputElement>(null);
  const debounced = useDebouncedCallback(onSearch, 150);

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

  const change = (text: string) => {
    setValue(text);
    debounced(text);
  };

  return (
    <TextInput
      ref={inputRef}
      type="search"
      label={t('users.search')}
      placeholder={t('users.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSectionWidth={value ? 32 : 70}
      rightSection={
        value ? (
          <CloseButton
            aria-label={t('users.searchClear')}
            onClick={() => {
              setValue('');
              debounced.cancel();
              onSearch('');
            }}
          />
        ) : (
          <Kbd size="xs">{t('users.searchShortcut')}</Kbd>
        )
      }
      value={value}
      onChange={(event) => change(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value) {
          event.stopPropagation();
          setValue('');
          debounced.cancel();
          onSearch('');
        }
      }}
      style={{ flex: 1, minWidth: 240 }}
    />
  );
}
