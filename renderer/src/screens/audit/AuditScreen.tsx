import { ScreenHeader } from '../../components/ScreenHeader';
import { t } from '../../i18n';

export function AuditScreen() {
  return <ScreenHeader title={t('nav.audit')} />;
}
