import type { securityChannels } from '@shared/channels/security';
import { errorFields, log } from '../../services/log/log';
import { recallCredentials } from '../../services/secrets/credential-memory';
import { expireUserSecret, lockUser, resetFailedAttempts, unlockUser } from '../../services/security/account-actions';
import type { SiteJobs } from '../../services/jobs/site-jobs';
import { readSecurityState, remembersCredentials, saveSecuritySettings } from '../../services/security/security-settings';
import type { AppContext } from '../context';
import type { Handlers } from '../dispatch';
import type { SiteSession } from './site-session';

export function securityHandlers(ctx: AppContext, session: SiteSession, jobs: SiteJobs): Pick<Handlers, keyof typeof securityChannels> {
  return {
    'security.get': () => readSecurityState(session.require()),
    'security.save': ({ settings }) => saveSecuritySettings(session.require(), ctx.keyStore, settings),
    'security.expireAll': async ({ secret }) => ({
      count: await jobs.expireAll(session.require(), secret, (progress) => ctx.events.emit('bulk.progress', progress)),
    }),
    'security.lockUser': ({ id, until, reason }) => lockUser(session.require(), id, until, reason),
    'security.unlockUser': ({ id }) => unlockUser(session.require(), id),
    'security.resetFailedAttempts': ({ id }) => resetFailedAttempts(session.require(), id),
    'security.expireUserSecret': ({ id, secret }) => expireUserSecret(session.require(), id, secret),
    'security.recallCredentials': ({ purpose, server }) => {
      // Nothing is offered while the site does not remember credentials (they were deleted when it was turned off).
      const site = session.require();
      if (!remembersCredentials(site)) return null;
      let remembered = null;
      try {
        // Only what was typed on this site for this very server: never another customer's, never elsewhere.
        remembered = recallCredentials(ctx.keyStore, { siteId: site.id, purpose, server });
      } catch (error) {
        // A locked or unreachable keychain offers nothing; the administrator types the credentials.
        log.warn('keychain.credentials.failed', { siteId: site.id, purpose, ...errorFields(error) });
      }
      return remembered ? { username: remembered.username, passwordRemembered: remembered.password.length > 0 } : null;
    },
  };
}
