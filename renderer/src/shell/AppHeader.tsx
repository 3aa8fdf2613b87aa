import { Badge, Group, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { FileMenu } from './FileMenu';

export function AppHeader() {
  const { site } = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <IconAddressBook size={22} aria-hidden />
        <Title order={1} size="h4">
          {t('app.title')}
        </Title>
        <FileMenu />
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
      <ColorSchemeSwitch />
    </Group>
  );
}
