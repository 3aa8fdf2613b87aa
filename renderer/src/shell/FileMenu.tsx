import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconCopy, IconFilePlus, IconFolderOpen, IconHistory, IconX } from '@tabler/icons-react';
import { useSession } from '../app/session';
import { t } from '../i18n';
import { useSiteActions } from './siteActions';

export function FileMenu() {
  const { site, prefs } = useSession();
  const actions = useSiteActions();
  const recent = prefs?.recentSites ?? [];

  return (
    <Menu position="bottom-start" shadow="md" width={260}>
      <Menu.Target>
        <Button variant="subtle" color="gray" rightSection={<IconChevronDown size={14} />}>
          {t('menu.file')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFilePlus size={16} />} onClick={() => void actions.newSite()}>
          {t('menu.newSite')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderOpen size={16} />} onClick={() => void actions.openSite()}>
          {t('menu.openSite')}
        </Menu.Item>
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item leftSection={<IconHistory size={16} />}>{t('menu.openRecent')}</Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown>
            {recent.length === 0 ? (
              <Menu.Item disabled>{t('menu.noRecent')}</Menu.Item>
            ) : (
              recent.map((entry) => (
                <Menu.Item key={entry.path} title={entry.path} onClick={() => void actions.openSite(entry.path)}>
                  {entry.name}
                </Menu.Item>
              ))
            )}
          </Menu.Sub.Dropdown>
        </Menu.Sub>
        <Menu.Divider />
        <Menu.Item leftSection={<IconCopy size={16} />} disabled={!site} onClick={() => void actions.saveCopy()}>
          {t('menu.saveCopy')}
        </Menu.Item>
        <Menu.Item leftSection={<IconX size={16} />} disabled={!site} onClick={() => void actions.closeSite()}>
          {t('menu.closeSite')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
