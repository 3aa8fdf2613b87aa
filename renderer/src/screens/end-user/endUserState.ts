import type { SecretStatus } from '@shared/domain';
import type { CupsFields, EndUserDraft, EndUserSettings, PresenceService, SecretChange, TeamsFields } from '@shared/rules/end-user-rules';
import { KEEP_SECRET } from '../../components/SecretField';
import type { SecretEdit } from '../../components/SecretField';

// The End user form's state and its conversion to the contract's draft. Secrets are only ever edits
// (keep / clear / a new value typed here) next to the stored status main sent.

/** An integration user row; `key` tells rows apart in React, `id` is main's (null until saved). */
export interface IntegrationUserState {
  key: string;
  id: string | null;
  username: string;
  /** A new password typed here; empty keeps the stored one. */
  password: string;
  status: SecretStatus;
}

export interface CupsState extends Omit<CupsFields, 'port'> {
  /** As NumberInput gives it: a number, '' while empty, or digits too long to be a safe number. */
  port: number | string;
}

export interface TeamsState extends TeamsFields {
  clientSecret: SecretEdit;
  integrationUsers: IntegrationUserState[];
}

export interface EndUserState {
  useCucmAuthentication: boolean;
  service: PresenceService;
  cups: CupsState;
  teams: TeamsState;
}

const NOT_SET: SecretStatus = { set: false, unreadable: false };
let rowCounter = 0;
const rowKey = () => `row-${++rowCounter}`;

export function stateOf(settings: EndUserSettings): EndUserState {
  const { service, cups, teams } = settings.presence;
  const { clientSecret: _status, integrationUsers, ...teamsFields } = teams;
  return {
    useCucmAuthentication: settings.useCucmAuthentication,
    service,
    cups: { ...cups, port: cups.port ?? '' },
    teams: {
      ...teamsFields,
      clientSecret: KEEP_SECRET,
      integrationUsers: integrationUsers.map((user) => ({ key: user.id, id: user.id, username: user.username, password: '', status: user.password })),
    },
  };
}

export function newIntegrationUser(): IntegrationUserState {
  return { key: rowKey(), id: null, username: '', password: '', status: NOT_SET };
}

/** Too many digits for a number are no port either: NaN is refused with the port's message. */
function portOf(value: number | string): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number.NaN;
}

function secretChangeOf(edit: SecretEdit): SecretChange {
  return edit.mode === 'set' ? { action: 'set', value: edit.value } : { action: edit.mode };
}

export function draftOf(state: EndUserState): EndUserDraft {
  const { clientSecret, integrationUsers, ...teamsFields } = state.teams;
  return {
    useCucmAuthentication: state.useCucmAuthentication,
    presence: {
      service: state.service,
      cups: { ...state.cups, port: portOf(state.cups.port) },
      teams: {
        ...teamsFields,
        clientSecret: secretChangeOf(clientSecret),
        integrationUsers: integrationUsers.map((user) => ({
          id: user.id,
          username: user.username,
          password: user.password === '' ? { action: 'keep' } : { action: 'set', value: user.password },
        })),
      },
    },
  };
}

/** Whether an issue belongs to the settings of a service other than the chosen one (not on screen). */
export function hiddenService(path: readonly (string | number)[], chosen: PresenceService): PresenceService | null {
  if (path[0] !== 'presence') return null;
  const service = path[1];
  return (service === 'cups' || service === 'teams') && service !== chosen ? service : null;
}
