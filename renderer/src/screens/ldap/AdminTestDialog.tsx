import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ADMIN_LDAP_CREDENTIAL_PURPOSE } from '@shared/channels/ldap';
import { AccountTestDialog } from '../../components/connection-test/AccountTestDialog';
import { t } from '../../i18n';

interface Props {
  onClose(): void;
  onRun(username: string, password: string): void;
}

/**
 * Asks for the account the authentication test signs in with. Kept only in this dialog; main remembers it
 * only when the site's security settings say so, and then offers the username here next time.
 */
export function AdminTestDialog({ onClose, onRun }: Props) {
  const [remembered, setRemembered] = useState<{ username: string; passwordRemembered: boolean } | null>(null);

  // Mounted afresh for every test, so the fields start empty; only the remembered username is filled in.
  useEffect(() => {
    void api.security.recallCredentials({ purpose: ADMIN_LDAP_CREDENTIAL_PURPOSE }).then((result) => setRemembered(result.ok ? result.value : null));
  }, []);

  return (
    <AccountTestDialog
      text={{
        title: t('ldap.test.accountTitle'),
        note: t('ldap.test.accountNote', { remember: t('ldap.test.accountRemembered') }),
        accountLabel: t('ldap.test.username'),
        accountHint: t('ldap.test.usernameHint'),
        accountRequired: t('rule.ldap.testUsername'),
        passwordLabel: t('ldap.test.password'),
        run: t('ldap.test.run'),
      }}
      initialAccount={remembered?.username}
      passwordHint={(account) => (remembered?.passwordRemembered && remembered.username === account ? t('ldap.test.passwordRemembered') : undefined)}
      onClose={onClose}
      onRun={onRun}
    />
  );
}
