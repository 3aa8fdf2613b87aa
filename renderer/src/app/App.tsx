import { AppShell, MantineProvider, localStorageColorSchemeManager, mergeThemeOverrides, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { DialogsProvider } from '../components/Dialogs';
import { LoadingScreen } from '../components/LoadingScreen';
import { AppHeader } from '../shell/AppHeader';
import { AppNavbar } from '../shell/AppNavbar';
import { Banners } from '../shell/Banners';
import { SiteActionsProvider } from '../shell/siteActions';
import { useShellCommands } from '../shell/useShellCommands';
import { useScreenFocus } from '../shell/useScreenFocus';
import classes from '../shell/Shell.module.css';
import { t } from '../i18n';
import { Routes } from './Routes';
import { SessionProvider, useSession } from './session';
import { closeButtonNames, cssVariablesResolver, theme } from './theme';
import { LanguageBoundary, useCurrentLanguage } from './language';
import { useApplyStoredColorScheme } from './colorScheme';

// A local cache of the scheme for the first paint; the preference itself is kept by main (prefs).
const colorSchemeManager = localStorageColorSchemeManager({ key: 'roster-color-scheme' });

export function App() {
  const language = useCurrentLanguage();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the names are read from the catalog of `language`
  const named = useMemo(() => mergeThemeOverrides(theme, closeButtonNames()), [language]);
  return (
    <MantineProvider theme={named} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" limit={4} />
      <DialogsProvider>
        <SessionProvider>
          <LanguageBoundary>
            <SiteActionsProvider>
              <Shell />
            </SiteActionsProvider>
          </LanguageBoundary>
        </SessionProvider>
      </DialogsProvider>
    </MantineProvider>
  );
}

/** The navbar's id, for the header's menu button to say what it shows and hides; the button's, to return to it. */
const NAVBAR_ID = 'roster-navbar';
const MENU_BUTTON_ID = 'roster-menu-button';

function Shell() {
  const { site, loaded, route } = useSession();
  useApplyStoredColorScheme();
  useShellCommands();
  const theme = useMantineTheme();
  const mainRef = useRef<HTMLElement>(null);
  // Below the sm breakpoint (a narrow window, or 200% zoom on a laptop) the sidebar folds into a menu button in
  // the header; opened, it covers the screen, which is then inert so neither Tab nor a screen reader reaches
  // what lies hidden under it.
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true);
  const [navOpened, setNavOpened] = useState(false);
  const navCovers = Boolean(site) && !wide && navOpened;
  useScreenFocus(route, site?.path ?? null, mainRef);

  // Escape in the open menu folds it and returns to its button; only that (not also leaving the editor below).
  const closeNavOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !navCovers) return;
    event.stopPropagation();
    setNavOpened(false);
    document.getElementById(MENU_BUTTON_ID)?.focus();
  };

  return (
    <>
      <a
        href="#roster-main"
        className={classes.skipLink}
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('shell.skipToMain')}
      </a>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { desktop: !site, mobile: !site || !navOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader
            nav={
              site
                ? {
                    opened: navOpened,
                    toggle: () => setNavOpened((opened) => !opened),
                    controls: NAVBAR_ID,
                    buttonId: MENU_BUTTON_ID,
                    onKeyDown: closeNavOnEscape,
                  }
                : null
            }
          />
        </AppShell.Header>
        {site && (
          <AppShell.Navbar id={NAVBAR_ID} aria-label={t('nav.label')} onKeyDown={closeNavOnEscape}>
            <AppNavbar onNavigate={() => setNavOpened(false)} />
          </AppShell.Navbar>
        )}
        <AppShell.Main id="roster-main" ref={mainRef} tabIndex={-1} className={classes.main} inert={navCovers}>
          <Banners />
          {loaded ? <Routes /> : <LoadingScreen />}
        </AppShell.Main>
      </AppShell>
    </>
  );
}
