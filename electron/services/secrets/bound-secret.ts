import type { FieldIssue } from '@shared/result';
import { RosterError } from '@shared/result';
import { sameEndpoint, secretEndpointSchema } from '@shared/rules/secret-endpoint';
import type { SecretEndpoint } from '@shared/rules/secret-endpoint';
import { SETTINGS_OWNER_ID } from './site-secrets';
import type { SecretName, SiteSecrets } from './site-secrets';

/**
 * A settings secret that is sent over the network (the LDAP bind password, the AXL password) is sealed
 * together with the endpoint it was saved for, so the ciphertext itself says where it may go: neither a
 * request naming another server nor a settings row changed behind Roster's back can redirect it.
 */
interface Sealed {
  boundTo: SecretEndpoint;
  value: string;
}

/**
 * A stored secret and where it may go. `value` null: this workstation cannot decrypt it; `boundTo` null:
 * sealed with an endpoint this version cannot read, so it is sent nowhere.
 */
interface Bound {
  value: string | null;
  boundTo: SecretEndpoint | null;
}

function unseal(stored: string): Bound | null {
  let parsed: Partial<Record<keyof Sealed, unknown>>;
  try {
    parsed = JSON.parse(stored) as typeof parsed;
  } catch {
    // Not logged: the parse error quotes the decrypted text, which is the secret. Null: sent nowhere.
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.value !== 'string' || typeof parsed.boundTo !== 'object') return null;
  const boundTo = secretEndpointSchema.safeParse(parsed.boundTo);
  return { value: parsed.value, boundTo: boundTo.success ? boundTo.data : null };
}

/** Stores a typed secret for the endpoint of the settings saved with it. */
export function storeBoundSecret(secrets: SiteSecrets, name: SecretName, value: string, endpoint: SecretEndpoint): void {
  const sealed: Sealed = { boundTo: endpoint, value };
  secrets.set('settings', SETTINGS_OWNER_ID, name, JSON.stringify(sealed));
}

/**
 * The stored secret and where it may go; null when none is stored. One stored before secrets carried their
 * endpoint, or one this workstation cannot decrypt, is bound to the saved settings it was stored with.
 */
function boundSecret(secrets: SiteSecrets, name: SecretName, saved: SecretEndpoint): Bound | null {
  if (!secrets.status('settings', SETTINGS_OWNER_ID, name).set) return null;
  const stored = secrets.read('settings', SETTINGS_OWNER_ID, name);
  if (stored === null) return { value: null, boundTo: saved };
  return unseal(stored) ?? { value: stored, boundTo: saved };
}

/**
 * Who asks for the secret, for the refusal to say what to do: a connection test with the values on the
 * screen (the issue goes to the password field of the request), or the sync / import with the saved settings.
 */
export type SecretUse = { kind: 'test'; field: FieldIssue['path'] } | { kind: 'saved' };

type ElsewhereMessage = 'connectionTest.secretElsewhere.test' | 'connectionTest.secretElsewhere.save' | 'connectionTest.secretElsewhere.saved';

/** The refusal, with its message at the password field of the request when there is one. */
function elsewhere(message: ElsewhereMessage, host: string, field?: FieldIssue['path']): RosterError {
  const params = { host };
  return new RosterError('SECRET_ELSEWHERE', message, params, field ? [{ path: field, message, params }] : undefined);
}

/**
 * The stored secret, for sending to `to` only if that is the endpoint it was saved for; refused with
 * SECRET_ELSEWHERE otherwise (nothing is sent). null when none is stored or this workstation cannot decrypt it.
 */
export function secretFor(
  secrets: SiteSecrets,
  name: SecretName,
  endpoints: { to: SecretEndpoint; saved: SecretEndpoint },
  use: SecretUse,
): string | null {
  const bound = boundSecret(secrets, name, endpoints.saved);
  if (!bound) return null;
  if (!bound.boundTo || !sameEndpoint(bound.boundTo, endpoints.to)) {
    const host = endpoints.to.host;
    throw use.kind === 'test'
      ? elsewhere('connectionTest.secretElsewhere.test', host, use.field)
      : elsewhere('connectionTest.secretElsewhere.saved', host);
  }
  return bound.value;
}

/**
 * Saving new settings while keeping the stored secret: only when they name the endpoint it was saved for.
 * Otherwise the save is refused at the password field (`field`, as in the request): keeping it would let a
 * save redirect it where a test may not.
 */
export function requireKeptSecretFits(
  secrets: SiteSecrets,
  name: SecretName,
  endpoints: { to: SecretEndpoint; saved: SecretEndpoint },
  field: FieldIssue['path'],
): void {
  const bound = boundSecret(secrets, name, endpoints.saved);
  if (!bound || (bound.boundTo && sameEndpoint(bound.boundTo, endpoints.to))) return;
  throw elsewhere('connectionTest.secretElsewhere.save', endpoints.to.host, field);
}
