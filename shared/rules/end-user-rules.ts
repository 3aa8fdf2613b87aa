import { z } from 'zod';
import type { SecretStatus } from '../domain/index.js';
import type { FieldIssue } from '../result.js';
import { domainSchema, guidSchema, hostSchema, httpsUrlSchema, portSchema } from './network-rules.js';
import { plainText } from './text.js';
import { PASSWORD_MAX } from './user-rules.js';

// The End user settings: how end users sign in and where their presence comes from. One source for the
// screen (validation as you type) and the contract (every save), so both refuse the same things at the
// same fields.

export const PRESENCE_SERVICES = ['none', 'cups', 'teams'] as const;
export type PresenceService = (typeof PRESENCE_SERVICES)[number];

/** Microsoft Teams presence takes at most this many integration users. */
export const MAX_INTEGRATION_USERS = 30;
/** Azure client secrets are about 40 characters; room for longer ones without inviting pasted documents. */
const CLIENT_SECRET_MAX = 1024;
/** A user principal name: local part @ a domain of two or more labels (for example presence.bot@example.com). */
const UPN_PATTERN = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** Integration users are told apart by an id main gives them; their password secret is named after it. */
export const INTEGRATION_USER_ID_PATTERN = /^[a-z0-9-]{1,40}$/;

/** What to do with a stored secret on save. Pasted from Azure or a password manager: no confirmation. */
function secretChangeSchema(max: number) {
  return z.discriminatedUnion('action', [
    z.object({ action: z.literal('keep') }),
    z.object({ action: z.literal('clear') }),
    z.object({
      action: z.literal('set'),
      value: z.string().min(1, { error: 'rule.endUser.secret.empty' }).max(max, { error: 'rule.tooLong' }),
    }),
  ]);
}
export type SecretChange = z.infer<ReturnType<typeof secretChangeSchema>>;

const upnSchema = plainText(256)
  .refine((v) => v.length > 0, { error: 'rule.endUser.integrationUser.username.required' })
  .refine((v) => v === '' || UPN_PATTERN.test(v), { error: 'rule.endUser.integrationUser.username.format' });

export const cupsFieldsSchema = z.object({
  activated: z.boolean(),
  host: hostSchema,
  /** null while no port is entered. */
  port: portSchema.nullable(),
  domain: domainSchema,
});
export type CupsFields = z.infer<typeof cupsFieldsSchema>;

/** The Teams fields that are plain values (the client secret and the integration users come on top). */
export const teamsFieldsSchema = z.object({
  activated: z.boolean(),
  applicationId: guidSchema,
  tenantId: guidSchema,
  clientSecretId: plainText(200),
  notificationUrl: httpsUrlSchema,
  certificateId: plainText(200),
  domain: domainSchema,
});
export type TeamsFields = z.infer<typeof teamsFieldsSchema>;

const integrationUserDraftSchema = z.object({
  /** The id main gave the user; null for one added in this edit. */
  id: z.string().regex(INTEGRATION_USER_ID_PATTERN).nullable(),
  username: upnSchema,
  password: secretChangeSchema(PASSWORD_MAX),
});
export type IntegrationUserDraft = z.infer<typeof integrationUserDraftSchema>;

const teamsDraftSchema = teamsFieldsSchema.extend({
  clientSecret: secretChangeSchema(CLIENT_SECRET_MAX),
  // The limit is checked below, at the list, so the refusal names the limit rather than zod's wording;
  // the hard cap only keeps an absurd input from being parsed element by element.
  integrationUsers: z.array(integrationUserDraftSchema).max(1000),
});

const presenceDraftSchema = z.object({
  service: z.enum(PRESENCE_SERVICES, { error: 'rule.endUser.service.unknown' }),
  cups: cupsFieldsSchema,
  teams: teamsDraftSchema,
});

export const endUserDraftSchema = z
  .object({
    useCucmAuthentication: z.boolean(),
    presence: presenceDraftSchema,
  })
  .superRefine((draft, ctx) => {
    for (const issue of presenceRuleIssues(draft)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: issue.params });
  });
export type EndUserDraft = z.infer<typeof endUserDraftSchema>;

/** What the renderer may know of the settings: every value except secrets, which come as status. */
interface IntegrationUser {
  id: string;
  username: string;
  password: SecretStatus;
}
export interface EndUserSettings {
  useCucmAuthentication: boolean;
  presence: {
    service: PresenceService;
    cups: CupsFields;
    teams: TeamsFields & { clientSecret: SecretStatus; integrationUsers: IntegrationUser[] };
  };
}

const CUPS_REQUIRED = ['host', 'port', 'domain'] as const;
const TEAMS_REQUIRED = ['applicationId', 'tenantId', 'notificationUrl', 'domain'] as const;

/**
 * Rules across fields: the integration-user limit, unique usernames, and the fields an activated service
 * cannot work without. Only the chosen service must be complete; the other keeps what was typed into it.
 */
function presenceRuleIssues(draft: { presence: z.infer<typeof presenceDraftSchema> }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { service, cups, teams } = draft.presence;
  const users = teams.integrationUsers;
  if (users.length > MAX_INTEGRATION_USERS) {
    issues.push({
      path: ['presence', 'teams', 'integrationUsers'],
      message: 'rule.endUser.integrationUsers.tooMany',
      params: { max: MAX_INTEGRATION_USERS },
    });
  }
  const seen = new Set<string>();
  users.forEach((user, index) => {
    const key = user.username.trim().toLowerCase();
    if (key === '') return;
    if (seen.has(key)) {
      issues.push({
        path: ['presence', 'teams', 'integrationUsers', index, 'username'],
        message: 'rule.endUser.integrationUser.duplicate',
        params: { username: user.username.trim() },
      });
    }
    seen.add(key);
  });
  if (service === 'cups' && cups.activated) {
    for (const field of CUPS_REQUIRED) {
      const value = cups[field];
      if (value === null || (typeof value === 'string' && value.trim() === '')) {
        issues.push({ path: ['presence', 'cups', field], message: 'rule.endUser.cups.required' });
      }
    }
  }
  if (service === 'teams' && teams.activated) {
    for (const field of TEAMS_REQUIRED) {
      if (teams[field].trim() === '') issues.push({ path: ['presence', 'teams', field], message: 'rule.endUser.teams.required' });
    }
    if (teams.clientSecret.action === 'clear') {
      issues.push({ path: ['presence', 'teams', 'clientSecret', 'value'], message: 'rule.endUser.teams.clientSecretRequired' });
    }
  }
  return issues;
}

/** Which secrets are stored now; only main and the loaded settings know. */
export interface StoredSecrets {
  clientSecret: boolean;
  /** Whether the integration user with this id has a password stored. */
  integrationUserPassword(id: string): boolean;
}

/**
 * The secrets a save would leave missing: the client secret of activated Teams presence, and the password of
 * each integration user. Needs the stored state, so it runs beside the schema (in the screen and in main).
 */
export function missingSecretIssues(draft: EndUserDraft, stored: StoredSecrets): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { service, teams } = draft.presence;
  if (service === 'teams' && teams.activated && teams.clientSecret.action === 'keep' && !stored.clientSecret) {
    issues.push({ path: ['presence', 'teams', 'clientSecret', 'value'], message: 'rule.endUser.teams.clientSecretRequired' });
  }
  teams.integrationUsers.forEach((user, index) => {
    const action = user.password.action;
    const kept = action === 'keep' && user.id !== null && stored.integrationUserPassword(user.id);
    if (action !== 'set' && !kept) {
      issues.push({
        path: ['presence', 'teams', 'integrationUsers', index, 'password', 'value'],
        message: 'rule.endUser.integrationUser.password.required',
      });
    }
  });
  return issues;
}
