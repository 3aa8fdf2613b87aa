import { useMantineColorScheme } from '@mantine/core';
import type { ColorScheme } from '@shared/channels/prefs';
import { useCallback, useEffect } from 'react';
import { api } from '../api/client';
import { notifyError } from './notify';
import { useSession } from './session';

/** The colour scheme preference: kept by main (prefs), applied by Mantine ('auto' follows the OS). */
export function useColorSchemePreference(): { scheme: ColorScheme; change(scheme: ColorScheme): void } {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const { setPrefs } = useSession();
  const change = useCallback(
    (scheme: ColorScheme) => {
      setColorScheme(scheme);
      void api.prefs.setColorScheme({ colorScheme: scheme }).then((result) => {
        if (result.ok) setPrefs(result.value);
        else notifyError(result.error);
      });
    },
    [setColorScheme, setPrefs],
  );
  return { scheme: colorScheme, change };
}

/** Applies the stored preference once it is known (Mantine's local cache covers the first paint). */
export function useApplyStoredColorScheme(): void {
  const { prefs } = useSession();
  const { setColorScheme } = useMantineColorScheme();
  const stored = prefs?.colorScheme;
  useEffect(() => {
    if (stored) setColorScheme(stored);
  }, [stored, setColorScheme]);
}
