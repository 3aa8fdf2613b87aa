import { Badge, Button, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconAddressBook, IconLogout } from '@tabler/icons-react';
import { signOut } from '../api/web-bridge';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { FileMenu } from './FileMenu';
import { HelpMenu } from './HelpMenu';

export function AppHeader() {
  const { site, info, confirmLeave } = useSession();
  // Unsaved changes are asked about first, as when leaving a screen.
  const leaveAndSignOut = async () => {
    if (await confirmLeave()) await signOut();
  };
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <IconAddressBook size={22} aria-hidden />
        <Title order={1} size="h4">
          {t('app.title')}
        </Title>
        <FileMenu />
        <HelpMenu />
        {site ? (
          <Badge variant="light" size="lg" tt="none" aria-label={t('header.siteLabel', { site: site.name })} title={site.path}>
            {site.name}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('header.noSite')}
          </Text>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <ColorSchemeSwitch />
        {info?.mode === 'browser' && (
          // The session belongs to the browser bridge, not to the contract: signing out is the bridge's.
          <Tooltip label={t('browserSession.signOutHint')} multiline w={280} withArrow>
            <Button variant="default" leftSection={<IconLogout size={16} />} onClick={() => void leaveAndSignOut()}>
              {t('browserSession.signOut')}
            </Button>
          </Tooltip>
        )}
      </Group>
    </Group>
  );
}
