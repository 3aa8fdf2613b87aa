import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { languageChoiceSchema } from '@shared/channels/prefs';
import { INTERFACE_LANGUAGES, LANGUAGE_OWN_NAMES } from '@shared/i18n/catalogs';
import { useLanguagePreference } from '../app/language';
import { t } from '../i18n';

/** The interface language beside the colour scheme; each language by its own name, found whatever is shown now. */
export function LanguageSwitch() {
  const { choice, systemLanguage, change } = useLanguagePreference();
  const data = [
    { value: 'auto', label: t('interfaceLanguage.auto', { language: LANGUAGE_OWN_NAMES[systemLanguage] }) },
    ...INTERFACE_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_OWN_NAMES[code] })),
  ];
  return (
    <Select
      size="xs"
      w={190}
      aria-label={t('interfaceLanguage.label')}
      title={t('interfaceLanguage.hint')}
      leftSection={<IconLanguage size={14} aria-hidden />}
      value={choice}
      allowDeselect={false}
      onChange={(value) => value && change(languageChoiceSchema.parse(value))}
      data={data}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
