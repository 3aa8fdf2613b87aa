import { ADMIN_LDAP_CREDENTIAL_PURPOSE } from '@shared/channels/ldap';
import type { LdapTestReport, ldapChannels } from '@shared/channels/ldap';
import { BIND_PASSWORD_SECRET } from '@shared/rules/ldap-rules';
import type { AdminLdapSettings } from '@shared/rules/ldap-rules';
import { ldapSecretServer } from '@shared/rules/secret-endpoint';
import { RosterError } from '@shared/result';
import { testAdminLdap, testContactPhotos } from '../../services/ldap/connection-tests';
import { findDomainControllers } from '../../services/ldap/dc-discovery';
import { readNamingContexts } from '../../services/ldap/naming-contexts';
import { bindPasswordFor, readLdapSettings, saveLdapSettings } from '../../services/ldap/ldap-settings';
import { RunningTests } from '../../services/ldap/running-tests';
import { errorFields, log } from '../../services/log/log';
import { recallCredentials, rememberCredentials } from '../../services/secrets/credential-memory';
import { SETTINGS_OWNER_ID } from '../../services/secrets/site-secrets';
import { remembersCredentials } from '../../services/security/security-settings';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function ldapHandlers(ctx: AppContext, session: SiteSession): Pick<Handlers, keyof typeof ldapChannels> {
  const running = new RunningTests();
  const onProgress = (report: LdapTestReport) => ctx.events.emit('ldap.testProgress', { report });

  /**
   * The password of the authentication test: the typed one, or (typed empty) the one remembered for this
   * username on this site and this server, when the site remembers test credentials. A typed one is
   * remembered (for this site and server) when the site says so.
   */
  const adminTestPassword = (settings: AdminLdapSettings, username: string, typed: string): string => {
    const site = session.require();
    if (!remembersCredentials(site)) return typed;
    const place = { siteId: site.id, purpose: ADMIN_LDAP_CREDENTIAL_PURPOSE, server: ldapSecretServer(settings) };
    try {
      if (typed === '') {
        const remembered = recallCredentials(ctx.keyStore, place);
        return remembered && remembered.username === username ? remembered.password : '';
      }
      rememberCredentials(ctx.keyStore, place, { username, password: typed });
    } catch (error) {
      // A keychain that refuses only means nothing is remembered; the test runs with what was typed.
      log.warn('keychain.credentials.failed', { siteId: site.id, purpose: ADMIN_LDAP_CREDENTIAL_PURPOSE, ...errorFields(error) });
    }
    return typed;
  };

  return {
    'ldap.get': () => readLdapSettings(session.require()),
    'ldap.save': ({ draft }) => saveLdapSettings(session.require(), draft),
    'ldap.testContactPhotos': ({ testId, settings, bindPassword }) => {
      // The field left unchanged means the stored password (the screen never has it), and only for the
      // server and bind user it was saved for; anything else needs it typed.
      let password = bindPassword.action === 'set' ? bindPassword.value : '';
      if (bindPassword.action === 'keep' && settings.bindUser !== '') {
        const site = session.require();
        if (site.secrets.status('settings', SETTINGS_OWNER_ID, BIND_PASSWORD_SECRET).unreadable) {
          throw new RosterError('SECRET_MISSING', 'error.SECRET_MISSING');
        }
        password = bindPasswordFor(site, settings, { kind: 'test', field: ['bindPassword', 'value'] }) ?? '';
      }
      return running.run(testId, (signal) => testContactPhotos(settings, password, { testId, signal, onProgress }));
    },
    'ldap.testAdminLdap': ({ testId, settings, username, password }) => {
      const usedPassword = adminTestPassword(settings, username, password);
      return running.run(testId, (signal) => testAdminLdap(settings, username, usedPassword, { testId, signal, onProgress }));
    },
    'ldap.cancel': ({ testId }) => ({ cancelled: running.cancel(testId) }),
    'ldap.findDomainControllers': ({ domain }) => findDomainControllers(domain),
    // Bounded by the settings' timeout per step; nothing to cancel from the screen.
    'ldap.readNamingContexts': ({ settings }) => readNamingContexts(settings, new AbortController().signal),
  };
}
