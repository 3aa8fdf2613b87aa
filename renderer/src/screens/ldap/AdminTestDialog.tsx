import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { ADMIN_LDAP_CREDENTIAL_PURPOSE } from '@shared/channels/ldap';
import type { SecretServer } from '@shared/rules/secret-endpoint';
import { AccountTestDialog } from '../../components/connection-test/AccountTestDialog';
import { t } from '../../i18n';

interface Props {
  /** The server about to be tested: only what was typed for it on this site is offered. */
  server: SecretServer;
  onClose(): void;
  onRun(username: string, password: string): void;
}

/**
 * Asks for the account the authentication test signs in with. Kept only in this dialog; main remembers it
 * only when the site's security settings say so, and then offers the username here next time.
 */
export function AdminTestDialog({ server, onClose, onRun }: Props) {
  const [remembered, setRemembered] = useState<{ username: string; passwordRemembered: boolean } | null>(null);

  // The server the dialog was opened for: the test runs against it (the settings cannot change meanwhile).
  const tested = useRef(server);

  // Mounted afresh for every test, so the fields start empty; only the remembered username is filled in.
  useEffect(() => {
    const input = { purpose: ADMIN_LDAP_CREDENTIAL_PURPOSE, server: tested.current };
    void api.security.recallCredentials(input).then((result) => setRemembered(result.ok ? result.value : null));
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
