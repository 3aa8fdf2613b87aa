import type { EndUserDraft, IntegrationUserDraft } from '@shared/rules/end-user-rules';

// Drafts of the End user settings for the tests: a complete, activated Teams configuration to vary.

export const APP_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const TENANT_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
/** Values that must never leave main or appear in the file unencrypted. */
export const CLIENT_SECRET = 'Zq8~client-secret-VALUE-4711';
export const PASSWORD_1 = 'Integr@tion-one-PASS-1';
export const PASSWORD_2 = 'Integr@tion-two-PASS-2';

export function integrationUser(n: number, password: string | null = `pw-${n}-Secret!`): IntegrationUserDraft {
  return {
    id: null,
    username: `presence.bot${n}@example.com`,
    password: password === null ? { action: 'keep' } : { action: 'set', value: password },
  };
}

export function teamsDraft(changes: Partial<EndUserDraft['presence']['teams']> = {}): EndUserDraft {
  return {
    useCucmAuthentication: true,
    presence: {
      service: 'teams',
      cups: { activated: false, host: '', port: null, domain: '' },
      teams: {
        activated: true,
        applicationId: APP_ID,
        tenantId: TENANT_ID,
        clientSecret: { action: 'set', value: CLIENT_SECRET },
        clientSecretId: 'secret-id-1',
        notificationUrl: 'https://callisto.example.com/notify',
        certificateId: '',
        domain: 'example.com',
        integrationUsers: [integrationUser(1, PASSWORD_1), integrationUser(2, PASSWORD_2)],
        ...changes,
      },
    },
  };
}

export function cupsDraft(cups: Partial<EndUserDraft['presence']['cups']>): EndUserDraft {
  const draft = teamsDraft({ clientSecret: { action: 'keep' }, integrationUsers: [] });
  return {
    ...draft,
    presence: { ...draft.presence, service: 'cups', cups: { activated: true, host: 'cups.example.com', port: 5061, domain: 'example.com', ...cups } },
  };
}
