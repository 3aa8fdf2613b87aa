import { useHotkeys } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { api, onEvent } from '../api/client';
import { useColorSchemePreference } from '../app/colorScheme';
import { useLanguagePreference } from '../app/language';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { useSiteActions } from './siteActions';

/** The window title, the native menu's commands and the app-wide shortcuts. */
export function useShellCommands(): void {
  const { site, openEditor, loaded } = useSession();
  const actions = useSiteActions();
  const { change: changeScheme } = useColorSchemePreference();
  const { change: changeLanguage } = useLanguagePreference();

  useEffect(() => {
    document.title = site ? t('app.windowTitle', { site: site.name }) : t('app.title');
  }, [site]);

  useEffect(
    () =>
      onEvent('menu.command', ({ command, path, colorScheme, language }) => {
        switch (command) {
          case 'newSite':
            void actions.newSite();
            break;
          case 'openSite':
            void actions.openSite();
            break;
          case 'openRecent':
            if (path) void actions.openSite(path);
            break;
          case 'saveCopy':
            void actions.saveCopy();
            break;
          case 'closeSite':
            void actions.closeSite();
            break;
          case 'newUser':
            if (site) void openEditor(null);
            break;
          case 'colorScheme':
            if (colorScheme) changeScheme(colorScheme);
            break;
          case 'language':
            if (language) changeLanguage(language);
            break;
        }
      }),
    [actions, site, openEditor, changeScheme, changeLanguage],
  );

  // A .roster file double-clicked in the operating system before the window was ready: opened once the
  // console has loaded (later ones arrive as the 'openRecent' menu command above).
  const askedForLaunchSite = useRef(false);
  useEffect(() => {
    if (!loaded || askedForLaunchSite.current) return;
    askedForLaunchSite.current = true;
    void api.app.takeSiteToOpen().then((result) => {
      if (result.ok && result.value.path) void actions.openSite(result.value.path);
    });
  }, [loaded, actions]);

  // Works from inside inputs too: a shortcut should not depend on where the focus happens to be.
  useHotkeys(
    [
      [
        'mod+N',
        (event) => {
          if (!site) return;
          event.preventDefault();
          void openEditor(null);
        },
      ],
    ],
    [],
  );
}
