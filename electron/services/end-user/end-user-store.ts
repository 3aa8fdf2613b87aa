import { z } from 'zod';
import { cupsFieldsSchema, INTEGRATION_USER_ID_PATTERN, PRESENCE_SERVICES, teamsFieldsSchema } from '@shared/rules/end-user-rules';
import type { EndUserSettings, StoredSecrets } from '@shared/rules/end-user-rules';
import { plainText } from '@shared/rules/text';
import { SETTINGS_OWNER_ID } from '../secrets/site-secrets';
import type { OpenSite } from '../site/open-site';

// Where the End user settings live: two settings sections (sign-in and presence) as JSON, and the presence
// secrets in the site's encrypted secrets, named after the 'presence' section so the key-missing banner
// can say which settings they belong to.

export const END_USER_SECTION = 'endUser';
export const PRESENCE_SECTION = 'presence';

export const storedEndUserSchema = z.object({ useCucmAuthentication: z.boolean() });
export type StoredEndUser = z.infer<typeof storedEndUserSchema>;

export const storedPresenceSchema = z.object({
  service: z.enum(PRESENCE_SERVICES),
  cups: cupsFieldsSchema,
  teams: teamsFieldsSchema.extend({
    integrationUsers: z.array(z.object({ id: z.string().regex(INTEGRATION_USER_ID_PATTERN), username: plainText(256) })),
  }),
});
export type StoredPresence = z.infer<typeof storedPresenceSchema>;

export const END_USER_DEFAULTS: StoredEndUser = { useCucmAuthentication: false };
export const PRESENCE_DEFAULTS: StoredPresence = {
  service: 'none',
  cups: { activated: false, host: '', port: null, domain: '' },
  teams: {
    activated: false,
    applicationId: '',
    tenantId: '',
    clientSecretId: '',
    notificationUrl: '',
    certificateId: '',
    domain: '',
    integrationUsers: [],
  },
};

export const CLIENT_SECRET = `${PRESENCE_SECTION}.teams.clientSecret`;
export function integrationUserPasswordName(id: string): string {
  return `${PRESENCE_SECTION}.teams.integrationUser.${id}.password`;
}

export function readStoredEndUser(site: Pick<OpenSite, 'settings'>): StoredEndUser {
  return site.settings.read(END_USER_SECTION);
}

export function readStoredPresence(site: OpenSite): StoredPresence {
  return site.settings.read(PRESENCE_SECTION);
}

export function secretStatus(site: OpenSite, name: string) {
  return site.secrets.status('settings', SETTINGS_OWNER_ID, name);
}

export function storedSecrets(site: OpenSite): StoredSecrets {
  return {
    clientSecret: secretStatus(site, CLIENT_SECRET).set,
    integrationUserPassword: (id) => secretStatus(site, integrationUserPasswordName(id)).set,
  };
}

/** The settings as the renderer may see them: values, and secrets as set / not set only. */
export function readEndUserSettings(site: OpenSite): EndUserSettings {
  const { useCucmAuthentication } = readStoredEndUser(site);
  const { service, cups, teams } = readStoredPresence(site);
  return {
    useCucmAuthentication,
    presence: {
      service,
      cups,
      teams: {
        ...teams,
        clientSecret: secretStatus(site, CLIENT_SECRET),
        integrationUsers: teams.integrationUsers.map((user) => ({
          ...user,
          password: secretStatus(site, integrationUserPasswordName(user.id)),
        })),
      },
    },
  };
}
