import { ScreenHeader } from '../../components/ScreenHeader';
import { t } from '../../i18n';

export function EndUserScreen() {
  return <ScreenHeader title={t('settings.section.endUser')} />;
}
