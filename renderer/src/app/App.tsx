import { AppShell, MantineProvider, localStorageColorSchemeManager } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DialogsProvider } from '../components/Dialogs';
import { LoadingScreen } from '../components/LoadingScreen';
import { AppHeader } from '../shell/AppHeader';
import { AppNavbar } from '../shell/AppNavbar';
import { Banners } from '../shell/Banners';
import { SiteActionsProvider } from '../shell/siteActions';
import { useShellCommands } from '../shell/useShellCommands';
import { Routes } from './Routes';
import { SessionProvider, useSession } from './session';
import { theme } from './theme';
import { useApplyStoredColorScheme } from './colorScheme';

// A local cache of the scheme for the first paint; the preference itself is kept by main (prefs).
const colorSchemeManager = localStorageColorSchemeManager({ key: 'roster-color-scheme' });

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications position="bottom-right" limit={4} />
      <DialogsProvider>
        <SessionProvider>
          <SiteActionsProvider>
            <Shell />
          </SiteActionsProvider>
        </SessionProvider>
      </DialogsProvider>
    </MantineProvider>
  );
}

function Shell() {
  const { site, loaded } = useSession();
  useApplyStoredColorScheme();
  useShellCommands();

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 0, collapsed: { desktop: !site, mobile: !site } }} padding="md">
      <AppShell.Header>
        <AppHeader />
      </AppShell.Header>
      {site && (
        <AppShell.Navbar p="xs">
          <AppNavbar />
        </AppShell.Navbar>
      )}
      <AppShell.Main>
        <Banners />
        {loaded ? <Routes /> : <LoadingScreen />}
      </AppShell.Main>
    </AppShell>
  );
}
