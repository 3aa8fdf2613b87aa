import { ScreenHeader } from '../../components/ScreenHeader';
import { t } from '../../i18n';

export function SecurityScreen() {
  return <ScreenHeader title={t('settings.section.security')} />;
}
