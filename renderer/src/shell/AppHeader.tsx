import { ActionIcon, Badge, Burger, Button, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconAddressBook, IconLogout } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { signOut } from '../api/web-bridge';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { FileMenu } from './FileMenu';
import { HelpMenu } from './HelpMenu';

/** The menu button that shows and hides the sidebar where the window is too narrow to keep it beside the screen. */
interface NavToggle {
  opened: boolean;
  toggle(): void;
  /** The navbar's id. */
  controls: string;
  /** The button's own id, for focus to return to it. */
  buttonId: string;
  onKeyDown(event: KeyboardEvent): void;
}

export function AppHeader({ nav }: { nav: NavToggle | null }) {
  const { site, info, confirmLeave } = useSession();
  // Unsaved changes are asked about first, as when leaving a screen.
  const leaveAndSignOut = async () => {
    if (await confirmLeave()) await signOut();
  };
  return (
    <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        {nav && (
          <Burger
            id={nav.buttonId}
            hiddenFrom="sm"
            size="sm"
            opened={nav.opened}
            onClick={nav.toggle}
            onKeyDown={nav.onKeyDown}
            aria-label={t('nav.toggle')}
            aria-expanded={nav.opened}
            aria-controls={nav.controls}
          />
        )}
        <IconAddressBook size={22} aria-hidden style={{ flexShrink: 0 }} />
        <Title order={1} size="h4" style={{ flexShrink: 0 }}>
          {t('app.title')}
        </Title>
        <FileMenu />
        <HelpMenu />
        {site ? (
          // The only part that gives way in a narrow window: the name is cut short, the full path is its title.
          <Badge variant="light" size="lg" tt="none" miw={0} aria-label={t('header.siteLabel', { site: site.name })} title={site.path}>
            {site.name}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('header.noSite')}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LanguageSwitch />
        <ColorSchemeSwitch />
        {info?.mode === 'browser' && (
          // The session belongs to the browser bridge, not to the contract: signing out is the bridge's.
          <>
            <Tooltip label={t('browserSession.signOutHint')} multiline w={280} withArrow>
              <Button variant="default" leftSection={<IconLogout size={16} />} onClick={() => void leaveAndSignOut()} visibleFrom="sm">
                {t('browserSession.signOut')}
              </Button>
            </Tooltip>
            {/* In a narrow window the icon alone, named for assistive technology and by its hint. */}
            <Tooltip label={t('browserSession.signOutHint')} multiline w={280} withArrow>
              <ActionIcon variant="default" size="lg" aria-label={t('browserSession.signOut')} onClick={() => void leaveAndSignOut()} hiddenFrom="sm">
                <IconLogout size={18} />
              </ActionIcon>
            </Tooltip>
          </>
        )}
      </Group>
    </Group>
  );
}
