import type { MessageParams } from '@shared/i18n/en';
import { RosterError } from '@shared/result';
import type { ErrorCode } from '@shared/result';
import type { CertificateVerdict } from '../connection-test/tls-judgement';
import { openSslReason } from '../connection-test/tls-failure';
import { errorText, networkErrorKind } from '../connection-test/network-error';
import { faultText } from './axl-fault';
import type { AxlFault } from './axl-fault';

/**
 * Why talking to CUCM failed, as one word the catalog explains three ways: a refusal message
 * (cucm.error.<reason>), and for the connection test an explanation and advice (cucm.problem / cucm.advice).
 */
export type AxlFailureReason =
  | 'notConfigured'
  | 'noPassword'
  | 'passwordUnreadable'
  | 'unauthorized'
  | 'forbidden'
  | 'fault'
  | 'throttled'
  | 'hostNotFound'
  | 'refused'
  | 'unreachable'
  | 'connectTimeout'
  | 'answerTimeout'
  | 'connectionClosed'
  | 'tlsProtocol'
  | 'certUntrusted'
  | 'certExpired'
  | 'certNotYetValid'
  | 'certWrongName'
  | 'httpStatus'
  | 'notAxl'
  | 'answerTooLarge'
  | 'wrongAnswer'
  | 'cancelled';

const CODE: Record<AxlFailureReason, ErrorCode> = {
  notConfigured: 'CUCM_NOT_CONFIGURED',
  noPassword: 'CUCM_NOT_CONFIGURED',
  passwordUnreadable: 'SECRET_MISSING',
  unauthorized: 'CUCM_AUTH',
  forbidden: 'CUCM_AUTH',
  fault: 'CUCM_FAULT',
  throttled: 'CUCM_FAULT',
  hostNotFound: 'CUCM_UNREACHABLE',
  refused: 'CUCM_UNREACHABLE',
  unreachable: 'CUCM_UNREACHABLE',
  connectTimeout: 'CUCM_TIMEOUT',
  answerTimeout: 'CUCM_TIMEOUT',
  connectionClosed: 'CUCM_UNREACHABLE',
  tlsProtocol: 'CUCM_PROTOCOL',
  certUntrusted: 'CUCM_CERTIFICATE',
  certExpired: 'CUCM_CERTIFICATE',
  certNotYetValid: 'CUCM_CERTIFICATE',
  certWrongName: 'CUCM_CERTIFICATE',
  httpStatus: 'CUCM_PROTOCOL',
  notAxl: 'CUCM_PROTOCOL',
  answerTooLarge: 'CUCM_PROTOCOL',
  wrongAnswer: 'CUCM_PROTOCOL',
  cancelled: 'CANCELLED',
};

/** A refusal from the AXL client: a RosterError (so it crosses the contract as a value) with the details kept. */
export class AxlFailure extends RosterError {
  constructor(
    readonly reason: AxlFailureReason,
    params: MessageParams = {},
    readonly details: {
      fault?: AxlFault;
      httpStatus?: number;
      /** HTTP Retry-After of a 503, in milliseconds. */
      retryAfterMs?: number;
      verdict?: CertificateVerdict | null;
      serverMessage?: string;
    } = {},
  ) {
    super(CODE[reason], `cucm.error.${reason}`, params);
    this.name = 'AxlFailure';
  }
}

/** A SOAP fault as a refusal; its own words go along (they name what CUCM did not like). */
export function faultFailure(fault: AxlFault): AxlFailure {
  const message = faultText(fault);
  return new AxlFailure('fault', { axlcode: fault.axlcode ?? '—', message }, { fault, serverMessage: message });
}

const CERTIFICATE_REASONS = {
  untrusted: 'certUntrusted',
  expired: 'certExpired',
  notYetValid: 'certNotYetValid',
  wrongName: 'certWrongName',
} as const;

/** A certificate the trust settings do not accept, with what the administrator needs to decide. */
export function certificateFailure(host: string, verdict: CertificateVerdict | null): AxlFailure {
  if (!verdict || !verdict.problem) return new AxlFailure('certUntrusted', { host, fingerprint: '—' }, { verdict });
  const { info } = verdict;
  return new AxlFailure(
    CERTIFICATE_REASONS[verdict.problem],
    {
      host,
      fingerprint: info.fingerprint,
      date: verdict.problem === 'notYetValid' ? info.validFrom : info.validTo,
      names: info.altNames || info.subject,
    },
    { verdict },
  );
}

/** A socket or TLS error of Node as one of the reasons above, keeping it (errno, TLS alert) for the log. */
export function networkFailure(error: unknown, host: string, port: number): AxlFailure {
  if (error instanceof AxlFailure) return error;
  const failure = (...args: ConstructorParameters<typeof AxlFailure>) => new AxlFailure(...args).causedBy(error);
  const text = errorText(error);
  switch (networkErrorKind(error)) {
    case 'hostNotFound':
      return failure('hostNotFound', { host });
    case 'refused':
      return failure('refused', { host, port });
    case 'unreachable':
      return failure('unreachable', { host });
    case 'connectTimeout':
      return failure('connectTimeout', { host, port, seconds: '—' });
    case 'tlsProtocol':
      // OpenSSL's short reason ("wrong version number"), never its raw error line.
      return failure('tlsProtocol', { reason: openSslReason(error) || 'no reason given' });
    case 'connectionClosed':
      return failure('connectionClosed', { host, port });
    case null:
      // Not one of Node's known socket errors: said below with the error's own words.
      break;
  }
  return failure('connectionClosed', { host, port }, { serverMessage: text });
}
