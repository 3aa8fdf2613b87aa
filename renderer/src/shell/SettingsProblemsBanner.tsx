import { Alert, List, Stack, Text } from '@mantine/core';
import { IconSettingsExclamation } from '@tabler/icons-react';
import type { SettingsProblem, SettingsSectionName } from '@shared/domain';
import { isMessageKey } from '@shared/i18n/en';
import { useState } from 'react';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';

/** The screen where each section is edited and saved again, as the navigation names it. */
const SECTION_SCREENS: Record<SettingsSectionName, MessageKey> = {
  security: 'settings.section.security',
  endUser: 'settings.section.endUser',
  presence: 'settings.section.endUser',
  contactPhotos: 'nav.ldap',
  adminLdap: 'nav.ldap',
  cucm: 'nav.cucm',
  cucmImport: 'nav.cucmImport',
  userList: 'nav.users',
  importMappings: 'nav.import',
  numbering: 'nav.pool',
};

/** "Security", or "Presence (on the End user screen)" where the section is part of a screen of another name. */
function placeOf(section: SettingsSectionName): string {
  const screen = t(SECTION_SCREENS[section]);
  const name = t(`settings.section.${section}`);
  return name === screen ? name : t('banner.settingsProblems.place', { section: name, screen });
}

/** A field by the label its screen gives it, where the catalog has one; else its stored name. */
function fieldLabel(section: SettingsSectionName, path: string): string {
  const field = path.split('.').pop() ?? path;
  const key = [`${section}.${path}`, `ldap.field.${field}`, `cucm.field.${field}`, `field.${field}`].find(isMessageKey);
  return `“${key ? t(key) : path}”`;
}

function problemText({ section, resetFields, unreadable }: SettingsProblem): string {
  if (unreadable) return t('banner.settingsProblems.unreadable', { section: placeOf(section) });
  const fields = resetFields.map((path) => fieldLabel(section, path)).join(', ');
  return t('banner.settingsProblems.reset', { section: placeOf(section), fields, count: resetFields.length });
}

/** Settings sections that lost values when the site was opened: which, why, and how to keep what is shown. */
export function SettingsProblemsBanner({ problems }: { problems: SettingsProblem[] }) {
  const [hidden, setHidden] = useState(false);
  if (problems.length === 0 || hidden) return null;
  return (
    <Alert
      color="orange"
      icon={<IconSettingsExclamation size={18} />}
      title={t('banner.settingsProblems.title')}
      role="alert"
      withCloseButton
      closeButtonLabel={t('banner.settingsProblems.dismiss')}
      onClose={() => setHidden(true)}
    >
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {problems.map((problem) => (
            <List.Item key={problem.section}>{problemText(problem)}</List.Item>
          ))}
        </List>
        <Text size="sm">{t('banner.settingsProblems.save')}</Text>
      </Stack>
    </Alert>
  );
}
