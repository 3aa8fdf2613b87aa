import { RosterError } from '@shared/result';
import { BIND_PASSWORD_SECRET } from '@shared/rules/ldap-rules';
import { SETTINGS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from '../site/open-site';
import { bindPasswordFor, readContactPhotosSettings } from './ldap-settings';
import type { PhotoConnection } from './photo-directory';
import type { PhotoSearch } from './photo-sync';

/** The saved contact-photo settings as the sync uses them. */
export interface PhotoSource {
  /** A server and a base DN are saved (the sync never uses values that are only on the screen). */
  configured: boolean;
  cacheDays: number;
  search: PhotoSearch;
  /**
   * The connection, with the bind password read from the site's secrets (main process only): refused with
   * SECRET_ELSEWHERE when it was stored for another server or bind user than the saved settings name.
   */
  connection(): PhotoConnection;
}

export function readPhotoSource(site: OpenSite): PhotoSource {
  const settings = readContactPhotosSettings(site);
  return {
    configured: settings.host !== '' && settings.baseDn !== '',
    cacheDays: settings.cacheDays,
    search: {
      baseDn: settings.baseDn,
      filter: settings.filter,
      photoAttribute: settings.photoAttribute,
      scope: settings.scope === 'subtree' ? 'sub' : 'one',
      cacheDays: settings.cacheDays,
    },
    connection() {
      let password = '';
      if (settings.bindUser !== '') {
        const stored = bindPasswordFor(site, settings, { kind: 'saved' });
        const status = site.secrets.status('settings', SETTINGS_OWNER_ID, BIND_PASSWORD_SECRET);
        if (stored === null)
          throw new RosterError('SECRET_MISSING', status.unreadable ? 'error.photos.passwordUnreadable' : 'error.photos.passwordMissing');
        password = stored;
      }
      return {
        host: settings.host,
        port: settings.port,
        tls: settings.tls,
        trust: settings.trust,
        bindUser: settings.bindUser,
        password,
        timeoutMs: settings.timeoutSeconds * 1000,
      };
    },
  };
}
