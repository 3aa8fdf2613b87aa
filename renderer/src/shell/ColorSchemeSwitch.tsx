import { SegmentedControl, Tooltip, VisuallyHidden } from '@mantine/core';
import { colorSchemeSchema } from '@shared/channels/prefs';
import { useColorSchemePreference } from '../app/colorScheme';
import { t } from '../i18n';

export function ColorSchemeSwitch() {
  const { scheme, change } = useColorSchemePreference();
  return (
    <Tooltip label={t('scheme.autoHint')}>
      <div role="group" aria-label={t('scheme.label')}>
        <VisuallyHidden>{t('scheme.label')}</VisuallyHidden>
        <SegmentedControl
          size="xs"
          value={scheme}
          onChange={(value) => change(colorSchemeSchema.parse(value))}
          data={colorSchemeSchema.options.map((value) => ({ value, label: t(`scheme.${value}`) }))}
        />
      </div>
    </Tooltip>
  );
}
