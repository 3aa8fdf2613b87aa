import { CUCM_PASSWORD_SECRET, CUCM_SECTION } from '@shared/rules/cucm-rules';
import type { AxlVersion, CucmSettings } from '@shared/rules/cucm-rules';
import { cucmSecretEndpoint } from '@shared/rules/secret-endpoint';
import type { TlsTrust } from '@shared/rules/tls-trust';
import { secretFor } from '../secrets/bound-secret';
import type { SecretUse } from '../secrets/bound-secret';
import { SETTINGS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from '../site/open-site';
import { AxlFailure } from './axl-failure';

/** Everything the AXL client needs to reach one CUCM publisher: address, version, credentials, trust. */
export interface CucmConnection {
  host: string;
  port: number;
  axlVersion: AxlVersion;
  axlUser: string;
  /** The AXL user's password, decrypted; it stays in the main process. */
  password: string;
  /** System CAs plus the pinned certificate(s) of Settings > CUCM: nothing else is accepted. */
  trust: TlsTrust;
  /** How long one request (or the connection) may take. */
  timeoutMs: number;
}

export function readCucmSettings(site: Pick<OpenSite, 'settings'>): CucmSettings {
  return site.settings.read(CUCM_SECTION);
}

/** A connection from settings and a password (the test uses the values on the screen, saved or not). */
export function connectionFrom(settings: CucmSettings, password: string): CucmConnection {
  return {
    host: settings.host,
    port: settings.port,
    axlVersion: settings.axlVersion,
    axlUser: settings.axlUser,
    password,
    trust: settings.trust,
    timeoutMs: settings.timeoutSeconds * 1000,
  };
}

/**
 * The stored AXL password for signing in to the publisher of `target` as its AXL user: refused with
 * SECRET_ELSEWHERE unless that is the publisher, port, trust and AXL user it was saved for, and clearly
 * when there is none or this workstation cannot decrypt it.
 */
export function storedCucmPassword(site: Pick<OpenSite, 'secrets' | 'settings'>, target: CucmSettings, use: SecretUse): string {
  const status = site.secrets.status('settings', SETTINGS_OWNER_ID, CUCM_PASSWORD_SECRET);
  if (status.unreadable) throw new AxlFailure('passwordUnreadable');
  const endpoints = { to: cucmSecretEndpoint(target), saved: cucmSecretEndpoint(readCucmSettings(site)) };
  const password = secretFor(site.secrets, CUCM_PASSWORD_SECRET, endpoints, use);
  if (password === null || password === '') throw new AxlFailure('noPassword');
  return password;
}

/**
 * The saved CUCM connection of the open site, for the import: refuses with CUCM_NOT_CONFIGURED when the
 * publisher or AXL user is not set or no password is stored, and with SECRET_MISSING when the password
 * cannot be decrypted on this workstation.
 */
export function cucmConnectionOf(site: OpenSite): CucmConnection {
  const settings = readCucmSettings(site);
  if (settings.host === '' || settings.axlUser === '') throw new AxlFailure('notConfigured');
  return connectionFrom(settings, storedCucmPassword(site, settings, { kind: 'saved' }));
}
