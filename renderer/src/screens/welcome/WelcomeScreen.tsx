import { Button, Card, Container, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconFolderOpen, IconSparkles, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { IconAction } from '../../components/IconAction';
import { formatDateTime, t } from '../../i18n';
import { useSiteActions } from '../../shell/siteActions';
import { LargeDemoAction } from './LargeDemoAction';

export function WelcomeScreen() {
  const actions = useSiteActions();
  return (
    <Container size="md" py="xl">
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={2}>{t('welcome.title')}</Title>
          <Text c="dimmed">{t('welcome.intro')}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <StartCard
            icon={<IconSparkles size={28} />}
            label={t('welcome.demo')}
            hint={t('welcome.demo.hint')}
            onClick={() => actions.createDemo()}
            primary
          />
          <StartCard icon={<IconFilePlus size={28} />} label={t('welcome.new')} hint={t('welcome.new.hint')} onClick={actions.newSite} />
          <StartCard icon={<IconFolderOpen size={28} />} label={t('welcome.open')} hint={t('welcome.open.hint')} onClick={() => actions.openSite()} />
        </SimpleGrid>
        <LargeDemoAction />
        <RecentSites />
      </Stack>
    </Container>
  );
}

interface StartCardProps {
  icon: ReactNode;
  label: string;
  hint: string;
  primary?: boolean;
  onClick(): Promise<void>;
}

function StartCard({ icon, label, hint, primary, onClick }: StartCardProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm" align="flex-start" h="100%" justify="space-between">
        <Stack gap={6}>
          {icon}
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </Stack>
        <Button
          variant={primary ? 'filled' : 'default'}
          loading={busy}
          onClick={() => {
            setBusy(true);
            void onClick().finally(() => setBusy(false));
          }}
        >
          {label}
        </Button>
      </Stack>
    </Card>
  );
}

function RecentSites() {
  const { prefs } = useSession();
  const actions = useSiteActions();
  const recent = prefs?.recentSites ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('welcome.recent')}
      </Title>
      {recent.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('welcome.recent.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('welcome.recent')}>
          {recent.map((site) => (
            <Paper key={site.path} withBorder p="sm" component="li">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Button
                    variant="subtle"
                    px={0}
                    justify="flex-start"
                    aria-label={t('welcome.recent.open', { name: site.name })}
                    onClick={() => void actions.openSite(site.path)}
                  >
                    {site.name}
                  </Button>
                  <Text size="xs" c="dimmed" truncate title={site.path}>
                    {site.path}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('welcome.recent.openedAt', { date: formatDateTime(site.openedAt) })}
                  </Text>
                </Stack>
                <IconAction
                  label={t('welcome.recent.forget', { name: site.name })}
                  color="gray"
                  icon={<IconX size={16} />}
                  onClick={() => void actions.forgetRecent(site.path)}
                />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
