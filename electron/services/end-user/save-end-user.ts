import { randomUUID } from 'node:crypto';
import { missingSecretIssues } from '@shared/rules/end-user-rules';
import type { EndUserDraft, EndUserSettings } from '@shared/rules/end-user-rules';
import { fieldError } from '@shared/result';
import { changedFields, recordChange } from '../audit/audit-log';
import type { AuditChange } from '../audit/audit-log';
import { SETTINGS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from '../site/open-site';
import {
  CLIENT_SECRET,
  END_USER_SECTION,
  integrationUserPasswordName,
  PRESENCE_SECTION,
  readEndUserSettings,
  readStoredEndUser,
  readStoredPresence,
  secretStatus,
  storedSecrets,
} from './end-user-store';
import type { StoredEndUser, StoredPresence } from './end-user-store';

/** One secret to write or delete, and how the audit log names it. */
interface SecretWrite {
  name: string;
  auditField: string;
  value: string | null;
}

/**
 * Saves the End user settings as one transaction: both settings sections, the secrets set or cleared (an
 * integration user's password goes with the user), and one audit entry in which secrets are only named.
 */
export function saveEndUser(site: OpenSite, draft: EndUserDraft): EndUserSettings {
  const missing = missingSecretIssues(draft, storedSecrets(site));
  if (missing.length > 0)
    throw fieldError(
      'VALIDATION',
      missing.map((issue) => ({ ...issue, path: ['draft', ...issue.path] })),
    );

  site.db.transaction(() => {
    const beforeEndUser = readStoredEndUser(site);
    const beforePresence = readStoredPresence(site);
    const { endUser, presence, secrets } = planSave(draft, beforePresence);

    site.settings.write(END_USER_SECTION, endUser);
    site.settings.write(PRESENCE_SECTION, presence);
    const secretChanges: AuditChange[] = [];
    for (const secret of secrets) {
      if (secret.value === null) {
        // Clearing what was never stored is no change worth a line in the log.
        if (!secretStatus(site, secret.name).set) continue;
        site.secrets.clear('settings', SETTINGS_OWNER_ID, secret.name);
      } else {
        site.secrets.set('settings', SETTINGS_OWNER_ID, secret.name, secret.value);
      }
      secretChanges.push({ field: secret.auditField, secret: true });
    }

    const changes = [...changedFields(auditView(beforeEndUser, beforePresence), auditView(endUser, presence)), ...secretChanges];
    if (changes.length > 0) {
      recordChange(site.db, { entity: 'settings', entityId: null, entityLabel: 'endUser', action: 'update', changes });
    }
  })();
  return readEndUserSettings(site);
}

/** What to store: kept integration users keep their id, new ones get one; removed ones lose their password. */
function planSave(draft: EndUserDraft, before: StoredPresence) {
  const { clientSecret, integrationUsers, ...teamsFields } = draft.presence.teams;
  const known = new Set(before.teams.integrationUsers.map((user) => user.id));
  const secrets: SecretWrite[] = [];

  if (clientSecret.action !== 'keep') {
    secrets.push({
      name: CLIENT_SECRET,
      auditField: 'presence.teams.clientSecret',
      value: clientSecret.action === 'set' ? clientSecret.value : null,
    });
  }
  const users = integrationUsers.map((user) => {
    // An id main never gave out (a stale screen) is a new user; a kept password was checked to exist.
    const id = user.id !== null && known.has(user.id) ? user.id : randomUUID();
    const username = user.username.trim();
    if (user.password.action !== 'keep') {
      secrets.push({
        name: integrationUserPasswordName(id),
        auditField: `presence.teams.integrationUsers.${username}.password`,
        value: user.password.action === 'set' ? user.password.value : null,
      });
    }
    return { id, username };
  });
  const kept = new Set(users.map((user) => user.id));
  for (const removed of before.teams.integrationUsers.filter((user) => !kept.has(user.id))) {
    secrets.push({
      name: integrationUserPasswordName(removed.id),
      auditField: `presence.teams.integrationUsers.${removed.username}.password`,
      value: null,
    });
  }

  const endUser: StoredEndUser = { useCucmAuthentication: draft.useCucmAuthentication };
  const presence: StoredPresence = {
    service: draft.presence.service,
    cups: draft.presence.cups,
    teams: { ...teamsFields, integrationUsers: users },
  };
  return { endUser, presence, secrets };
}

/** The settings as flat named fields, so the log says "presence.cups.port: 5060 → 5061". */
function auditView(endUser: StoredEndUser, presence: StoredPresence): Record<string, unknown> {
  const { integrationUsers, ...teams } = presence.teams;
  return {
    useCucmAuthentication: endUser.useCucmAuthentication,
    'presence.service': presence.service,
    ...prefixed('presence.cups', presence.cups),
    ...prefixed('presence.teams', teams),
    'presence.teams.integrationUsers': integrationUsers.map((user) => user.username),
  };
}

function prefixed(prefix: string, fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([field, value]) => [`${prefix}.${field}`, value]));
}
