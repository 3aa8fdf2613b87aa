import { ScreenHeader } from '../../components/ScreenHeader';
import { t } from '../../i18n';

export function LdapScreen() {
  return <ScreenHeader title={t('nav.ldap')} />;
}
