import { describe, expect, it } from 'vitest';
import { endUserDraftSchema, MAX_INTEGRATION_USERS, missingSecretIssues } from '@shared/rules/end-user-rules';
import type { EndUserDraft } from '@shared/rules/end-user-rules';
import { toFieldIssues } from '@shared/rules/issues';
import type { FieldIssue } from '@shared/result';
import { cupsDraft, integrationUser, teamsDraft } from './end-user-drafts';

function issuesOf(draft: unknown): FieldIssue[] {
  const parsed = endUserDraftSchema.safeParse(draft);
  return parsed.success ? [] : toFieldIssues(parsed.error.issues);
}

const teamsPath = (...field: (string | number)[]) => ['presence', 'teams', ...field];
const cupsPath = (field: string) => ['presence', 'cups', field];

describe('End user rules', () => {
  it('accepts a complete Teams and a complete CUPS configuration', () => {
    expect(issuesOf(teamsDraft())).toEqual([]);
    expect(issuesOf(cupsDraft({}))).toEqual([]);
  });

  it.each([
    ['an application ID that is no GUID', { applicationId: '0f8fad5b-d9cb-469f-a165' }, 'applicationId', 'rule.guid.format'],
    ['a tenant ID with a letter beyond f', { tenantId: '7c9e6679-7425-40de-944b-e07fc1f90aeg' }, 'tenantId', 'rule.guid.format'],
    ['an http:// notification URL', { notificationUrl: 'http://callisto.example.com/notify' }, 'notificationUrl', 'rule.url.https'],
    ['a notification URL without a host', { notificationUrl: 'https://' }, 'notificationUrl', 'rule.url.https'],
    ['a single-label Teams domain', { domain: 'example' }, 'domain', 'rule.domain.format'],
  ])('refuses %s at its field', (_name, changes, field, message) => {
    expect(issuesOf(teamsDraft(changes))).toEqual([{ path: teamsPath(field), message }]);
  });

  it.each([
    ['a host with a protocol', { host: 'https://cups.example.com' }, 'host', 'rule.host.format'],
    ['a host with a port', { host: 'cups.example.com:5061' }, 'host', 'rule.host.format'],
    ['port 0', { port: 0 }, 'port', 'rule.port.range'],
    ['port 70000', { port: 70000 }, 'port', 'rule.port.range'],
    ['a fractional port', { port: 50.5 }, 'port', 'rule.port.range'],
    ['a domain with a path', { domain: 'example.com/sip' }, 'domain', 'rule.domain.format'],
  ])('refuses a CUPS server with %s at its field', (_name, changes, field, message) => {
    expect(issuesOf(cupsDraft(changes)).map(({ path, message }) => ({ path, message }))).toEqual([{ path: cupsPath(field), message }]);
  });

  it('takes the ports the help text suggests and the ends of the range', () => {
    for (const port of [1, 5060, 5061, 8443, 65535]) expect(issuesOf(cupsDraft({ port })), String(port)).toEqual([]);
  });

  it('takes 30 integration users and refuses the 31st at the list', () => {
    const users = (count: number) => Array.from({ length: count }, (_, n) => integrationUser(n + 1));
    expect(issuesOf(teamsDraft({ integrationUsers: users(MAX_INTEGRATION_USERS) }))).toEqual([]);
    expect(issuesOf(teamsDraft({ integrationUsers: users(MAX_INTEGRATION_USERS + 1) }))).toEqual([
      { path: teamsPath('integrationUsers'), message: 'rule.endUser.integrationUsers.tooMany', params: { max: 30 } },
    ]);
  });

  it('refuses a username listed twice (ignoring case), at the second one', () => {
    const twice = { ...integrationUser(3), username: 'Presence.Bot1@Example.com' };
    expect(issuesOf(teamsDraft({ integrationUsers: [integrationUser(1), integrationUser(2), twice] }))).toEqual([
      {
        path: teamsPath('integrationUsers', 2, 'username'),
        message: 'rule.endUser.integrationUser.duplicate',
        params: { username: 'Presence.Bot1@Example.com' },
      },
    ]);
  });

  it('wants integration usernames as user principal names', () => {
    for (const username of ['presence.bot', 'bot@example', '@example.com', 'bot example@example.com']) {
      expect(issuesOf(teamsDraft({ integrationUsers: [{ ...integrationUser(1), username }] })), username).toEqual([
        { path: teamsPath('integrationUsers', 0, 'username'), message: 'rule.endUser.integrationUser.username.format' },
      ]);
    }
    expect(issuesOf(teamsDraft({ integrationUsers: [{ ...integrationUser(1), username: ' ' }] }))).toEqual([
      { path: teamsPath('integrationUsers', 0, 'username'), message: 'rule.endUser.integrationUser.username.required' },
    ]);
  });

  it('names each field activated Teams presence needs and lacks', () => {
    const empty = teamsDraft({ applicationId: '', tenantId: '', notificationUrl: '', domain: '', clientSecret: { action: 'clear' } });
    expect(issuesOf(empty)).toEqual([
      { path: teamsPath('applicationId'), message: 'rule.endUser.teams.required' },
      { path: teamsPath('tenantId'), message: 'rule.endUser.teams.required' },
      { path: teamsPath('notificationUrl'), message: 'rule.endUser.teams.required' },
      { path: teamsPath('domain'), message: 'rule.endUser.teams.required' },
      { path: teamsPath('clientSecret', 'value'), message: 'rule.endUser.teams.clientSecretRequired' },
    ]);
    // Not activated, or another service chosen: the fields may stay empty.
    expect(issuesOf(teamsDraft({ activated: false, applicationId: '', tenantId: '', notificationUrl: '', domain: '' }))).toEqual([]);
    expect(issuesOf({ ...empty, presence: { ...empty.presence, service: 'none' } })).toEqual([]);
  });

  it('names each field activated CUPS presence needs and lacks', () => {
    expect(issuesOf(cupsDraft({ host: '', port: null, domain: ' ' }))).toEqual([
      { path: cupsPath('host'), message: 'rule.endUser.cups.required' },
      { path: cupsPath('port'), message: 'rule.endUser.cups.required' },
      { path: cupsPath('domain'), message: 'rule.endUser.cups.required' },
    ]);
    expect(issuesOf(cupsDraft({ activated: false, host: '', port: null, domain: '' }))).toEqual([]);
  });

  it('asks for the secrets a save would leave missing, judged by what is stored', () => {
    const draft: EndUserDraft = teamsDraft({
      clientSecret: { action: 'keep' },
      integrationUsers: [
        { id: 'stored-1', username: 'a@example.com', password: { action: 'keep' } },
        { id: 'stored-2', username: 'b@example.com', password: { action: 'keep' } },
        { id: null, username: 'c@example.com', password: { action: 'keep' } },
        { id: 'stored-1', username: 'd@example.com', password: { action: 'clear' } },
      ],
    });
    const nothingStored = { clientSecret: false, integrationUserPassword: () => false };
    const stored = { clientSecret: true, integrationUserPassword: (id: string) => id === 'stored-1' };
    const passwordAt = (index: number) => ({
      path: teamsPath('integrationUsers', index, 'password', 'value'),
      message: 'rule.endUser.integrationUser.password.required',
    });
    expect(missingSecretIssues(draft, nothingStored)).toEqual([
      { path: teamsPath('clientSecret', 'value'), message: 'rule.endUser.teams.clientSecretRequired' },
      passwordAt(0),
      passwordAt(1),
      passwordAt(2),
      passwordAt(3),
    ]);
    expect(missingSecretIssues(draft, stored)).toEqual([passwordAt(1), passwordAt(2), passwordAt(3)]);
    expect(missingSecretIssues(teamsDraft(), nothingStored)).toEqual([]);
  });
});
