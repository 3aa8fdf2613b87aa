import type { UnreadableSecret } from '@shared/domain';
import { isMessageKey } from '@shared/i18n/en';
import type { MessageKey } from '@shared/i18n/en';
import { t } from '../i18n';

/** A settings secret's own name, by its stored name (`<section>.<path>`, site-secrets.ts). */
const SETTINGS_SECRET_NAMES: Record<string, MessageKey> = {
  'presence.teams.clientSecret': 'banner.keyMissing.secret.teamsClientSecret',
  'contactPhotos.bindPassword': 'banner.keyMissing.secret.bindPassword',
  'adminLdap.bindPassword': 'banner.keyMissing.secret.bindPassword',
  'cucm.password': 'banner.keyMissing.secret.axlPassword',
};
const INTEGRATION_USER = /^presence\.teams\.integrationUser\.([a-z0-9-]+)\.password$/;

/** An integration user as the Presence settings list it: its place (from 1) and username, by its id. */
export type IntegrationUsers = ReadonlyMap<string, { position: number; username: string }>;

/**
 * The unreadable secrets as the banner lists them: one line for each user or the defaults, and one line per
 * settings section naming each of its secrets once ("Presence: Microsoft Teams client secret; password of
 * integration user 2 (presence.bot@example.com)").
 */
export function unreadableSecretLines(secrets: readonly UnreadableSecret[], integrationUsers: IntegrationUsers): string[] {
  const lines: string[] = [];
  const bySection = new Map<string, string[]>();
  for (const secret of secrets) {
    if (secret.owner !== 'settings') {
      const name = t(secret.name === 'pin' ? 'banner.keyMissing.secret.pin' : 'banner.keyMissing.secret.password');
      lines.push(
        secret.owner === 'user'
          ? t('banner.keyMissing.userSecret', { name, user: secret.ownerLabel })
          : t('banner.keyMissing.defaultsSecret', { name }),
      );
      continue;
    }
    const section = secret.name.split('.')[0] ?? '';
    const names = bySection.get(section) ?? [];
    const named = settingsSecretName(secret.name, integrationUsers);
    if (named !== null && !names.includes(named)) names.push(named);
    bySection.set(section, names);
  }
  for (const [section, names] of bySection) {
    const sectionKey = `settings.section.${section}`;
    const sectionName = isMessageKey(sectionKey) ? t(sectionKey) : section;
    lines.push(
      names.length > 0
        ? t('banner.keyMissing.sectionSecrets', { section: sectionName, secrets: names.join('; ') })
        : t('banner.keyMissing.settingsSecret', { section: sectionName }),
    );
  }
  return lines;
}

/** What one settings secret is; null when Roster does not know the name (then the section alone is said). */
function settingsSecretName(name: string, integrationUsers: IntegrationUsers): string | null {
  const known = SETTINGS_SECRET_NAMES[name];
  if (known) return t(known);
  const id = INTEGRATION_USER.exec(name)?.[1];
  if (id === undefined) return null;
  const user = integrationUsers.get(id);
  return user
    ? t('banner.keyMissing.secret.integrationUser', { position: user.position, username: user.username })
    : t('banner.keyMissing.secret.formerIntegrationUser');
}
