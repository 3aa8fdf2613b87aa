import { InvalidCredentialsError, ResultCodeError } from 'ldapts';
import type { LdapNote, LdapProblem, LdapTestStepId } from '@shared/channels/ldap';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import type { LdapTlsMode } from '@shared/rules/ldap-rules';
import { StepTimeout, TestCancelled } from '../connection-test/step-errors';
import { errorText, networkErrorKind } from '../connection-test/network-error';
import { tlsFailureOf } from '../connection-test/tls-failure';
import { adBindSubcode } from './bind-diagnostics';
import { ldapResultName } from './result-codes';

/** A failure already explained (a certificate verdict, an account not found, ...). */
export class ExplainedFailure extends Error {
  constructor(readonly problem: LdapProblem) {
    super(problem.code);
  }
}

/** What the explanation may mention about where the failure happened. */
export interface FailureContext {
  step: LdapTestStepId;
  host: string;
  address: string;
  port: number;
  timeoutSeconds: number;
  baseDn: string;
  /** The encryption chosen: the advice for a silent server or a broken handshake depends on it. */
  tls?: LdapTlsMode;
  /** No bind happened before this step (a refused search then asks for a bind). */
  anonymous?: boolean;
  /** The authentication test has no bind user field: its advice asks for what its section has. */
  kind?: 'contactPhotos' | 'adminLdap' | 'photoSync' | 'namingContexts';
}

const note = (key: MessageKey, params?: MessageParams): LdapNote => (params ? { key, params } : { key });

/** A problem from the catalog: explanation `ldap.problem.<code>`, advice `ldap.advice.<code>`. */
export function problem(code: string, params?: MessageParams, serverMessage?: string): LdapProblem {
  return {
    code,
    explanation: note(`ldap.problem.${code}` as MessageKey, params),
    advice: note(`ldap.advice.${code}` as MessageKey, params),
    ...(serverMessage ? { serverMessage } : {}),
  };
}

/** The server's diagnostic text inside an ldapts error ("... Code: 0x31" appended by ldapts removed). */
export function serverText(error: ResultCodeError): string {
  return error.message.replace(/\s*Code: 0x[0-9a-f]+$/i, '').trim();
}

/** Result codes an anonymous search is refused with: AD and Samba (1, whatever the wording), OpenLDAP's "require authc" (8, 13, 48), ACLs (50), servers that disable anonymous access (53). */
const ANONYMOUS_REFUSAL_CODES = new Set([1, 8, 48, 50, 53]);

/** Whether a search failed because the server wants a bind first; decided by the result code, never the wording. */
export function isAnonymousRefusal(error: unknown): boolean {
  return error instanceof ResultCodeError && ANONYMOUS_REFUSAL_CODES.has(error.code);
}

function explainResult(error: ResultCodeError, context: FailureContext): LdapProblem {
  const message = serverText(error);
  const { step, baseDn } = context;
  const searching = step === 'search' || step === 'account' || step === 'photos' || step === 'rootDse';
  if (error instanceof InvalidCredentialsError) {
    const subcode = adBindSubcode(message);
    return problem(subcode ? `ad.${subcode}` : 'invalidCredentials', undefined, message);
  }
  if (searching && context.anonymous !== false && isAnonymousRefusal(error)) {
    return problem(context.kind === 'adminLdap' ? 'bindRequiredAdmin' : 'bindRequired', undefined, message);
  }
  if (step === 'tls' && (error.code === 2 || error.code === 53 || error.code === 52 || error.code === 112)) {
    return problem('startTlsRefused', undefined, message);
  }
  switch (error.code) {
    case 13:
      return problem('confidentialityRequired', undefined, message);
    case 8:
      return problem('strongAuthRequired', undefined, message);
    case 32:
      return problem('baseDnNotFound', { baseDn }, message);
    case 50:
      return problem('insufficientAccess', undefined, message);
    case 53:
      return problem('unwilling', undefined, message);
    case 48:
      return problem('inappropriateAuthentication', undefined, message);
    case 3:
    case 4:
    case 11:
      return problem('limitExceeded', undefined, message);
    case 10:
      return problem('referral', { baseDn }, message);
    case 17:
    case 18:
      return problem('undefinedAttribute', undefined, message);
    case 34:
      return problem('invalidDn', { baseDn }, message);
    case 51:
    case 52:
      return problem('serverBusy', undefined, message);
    case 7:
    case 12:
      return problem('unsupported', undefined, message);
    default:
      // Any other code is still the server's answer: named, with its words, never "unexpected".
      return problem('ldapResult', { code: error.code, name: ldapResultName(error.code) }, message);
  }
}

/** Turns whatever a step threw into words for the technician. */
export function explainFailure(error: unknown, context: FailureContext): LdapProblem {
  if (error instanceof ExplainedFailure) return error.problem;
  if (error instanceof TestCancelled) return problem('cancelled');
  const { host, address, port, timeoutSeconds: seconds } = context;
  if (error instanceof StepTimeout || isLdaptsTimeout(error)) return explainTimeout(context);
  if (error instanceof ResultCodeError) return explainResult(error, context);
  const tls = tlsFailureOf(error);
  if (tls) {
    const detail = tls.reason || '—';
    // A server that is not TLS at all answered an LDAPS handshake: the port is a plain LDAP one.
    return problem(`tls.${tls.kind}`, { detail, port });
  }
  switch (networkErrorKind(error)) {
    case 'hostNotFound':
      return problem('hostNotFound', { host });
    case 'refused':
      return problem('refused', { address, port });
    case 'unreachable':
      return problem('unreachable', { address });
    case 'connectTimeout':
      return problem('connectTimeout', { address, port, seconds });
    case 'tlsProtocol':
      return problem('tls.handshakeFailed', { detail: '—', port });
    case 'connectionClosed':
      return problem(context.step === 'tls' ? 'tls.handshakeClosed' : context.tls === 'none' ? 'connectionClosedPlain' : 'connectionClosed', {
        port,
        detail: '—',
      });
    case null:
      // Not one of Node's known socket errors: said below with the error's own words.
      break;
  }
  return problem('unexpected', { reason: errorText(error) });
}

/** ldapts's own per-request timer ("BindRequest: Operation timed out"), the same fault as our step timer. */
function isLdaptsTimeout(error: unknown): boolean {
  return error instanceof Error && !(error instanceof ResultCodeError) && /: Operation timed out$|^Connection timeout/i.test(error.message);
}

/** A server that says nothing: what it probably is depends on the step and on the encryption chosen. */
function explainTimeout(context: FailureContext): LdapProblem {
  const { address, port, timeoutSeconds: seconds } = context;
  if (context.step === 'connect' || context.step === 'resolve') return problem('connectTimeout', { address, port, seconds });
  if (context.step === 'tls') {
    // LDAPS: a plain LDAP server waits for the client to speak and never answers a TLS hello.
    // StartTLS: an LDAPS port waits for a TLS hello and never answers the plain StartTLS request.
    return problem(context.tls === 'startTls' ? 'startTlsSilent' : 'tlsSilent', { port, seconds });
  }
  return problem(context.tls === 'none' ? 'answerTimeoutPlain' : 'answerTimeout', { port, seconds });
}
