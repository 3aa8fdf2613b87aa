import {
  ConfidentialityRequiredError,
  InsufficientAccessError,
  InvalidCredentialsError,
  NoSuchObjectError,
  OperationsError,
  ProtocolError,
  ResultCodeError,
  StrongAuthRequiredError,
  UnwillingToPerformError,
} from 'ldapts';
import type { LdapNote, LdapProblem, LdapTestStepId } from '@shared/channels/ldap';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import { adBindSubcode } from './bind-diagnostics';

/** A failure already explained (a certificate verdict, an account not found, ...). */
export class ExplainedFailure extends Error {
  constructor(readonly problem: LdapProblem) {
    super(problem.code);
  }
}

import { StepTimeout, TestCancelled } from '../connection-test/step-errors';
import { errorText, networkErrorKind } from '../connection-test/network-error';

/** What the explanation may mention about where the failure happened. */
export interface FailureContext {
  step: LdapTestStepId;
  host: string;
  address: string;
  port: number;
  timeoutSeconds: number;
  baseDn: string;
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
function serverText(error: ResultCodeError): string {
  return error.message.replace(/\s*Code: 0x[0-9a-f]+$/i, '').trim();
}

/** Turns whatever a step threw into words for the technician. */
export function explainFailure(error: unknown, context: FailureContext): LdapProblem {
  if (error instanceof ExplainedFailure) return error.problem;
  if (error instanceof TestCancelled) return problem('cancelled');
  const { host, address, port, timeoutSeconds: seconds, baseDn } = context;
  if (error instanceof StepTimeout) {
    return context.step === 'connect' ? problem('connectTimeout', { address, port, seconds }) : problem('answerTimeout', { seconds });
  }
  if (error instanceof ResultCodeError) {
    const message = serverText(error);
    if (error instanceof InvalidCredentialsError) {
      const subcode = adBindSubcode(message);
      return problem(subcode ? `ad.${subcode}` : 'invalidCredentials', undefined, message);
    }
    if (error instanceof ConfidentialityRequiredError) return problem('confidentialityRequired', undefined, message);
    if (error instanceof StrongAuthRequiredError) return problem('strongAuthRequired', undefined, message);
    if (error instanceof NoSuchObjectError) return problem('baseDnNotFound', { baseDn }, message);
    if (error instanceof InsufficientAccessError) return problem('insufficientAccess', undefined, message);
    // Active Directory refuses an anonymous search with operations error 000004DC "... a successful bind must be completed".
    if (error instanceof OperationsError && /bind must be completed|000004DC/i.test(message)) return problem('bindRequired', undefined, message);
    if (error instanceof ProtocolError && context.step === 'tls') return problem('startTlsRefused', undefined, message);
    if (error instanceof UnwillingToPerformError) return problem(context.step === 'tls' ? 'startTlsRefused' : 'unwilling', undefined, message);
    return problem('unexpected', { reason: message || error.name }, message);
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
      return problem('tlsProtocol', { reason: errorText(error) });
    case 'connectionClosed':
      return problem('connectionClosed');
    case null:
      // Not one of Node's known socket errors: said below with the error's own words.
      break;
  }
  return problem('unexpected', { reason: errorText(error) });
}
