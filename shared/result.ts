import type { MessageKey, MessageParams } from './i18n/en.js';

/** Stable error codes that cross the contract: the renderer chooses its text and reaction by them. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'POLICY'
  | 'SECRET_MISSING'
  // A stored secret asked for an endpoint other than the one it was saved for: it is not sent anywhere else.
  | 'SECRET_ELSEWHERE'
  | 'IO'
  | 'CANCELLED'
  | 'NO_SITE'
  | 'UNSUPPORTED'
  | 'INTERNAL'
  // A file path the administrator did not choose (Electron: not from a native dialog, a drop or the recent
  // sites), or one the file rules refuse.
  | 'FILE_NOT_CHOSEN'
  // CUCM (AXL): not configured, refused sign-in, a SOAP fault, unreachable, no answer in time, a refused
  // certificate, an answer that is not AXL.
  | 'CUCM_NOT_CONFIGURED'
  | 'CUCM_AUTH'
  | 'CUCM_FAULT'
  | 'CUCM_UNREACHABLE'
  | 'CUCM_TIMEOUT'
  | 'CUCM_CERTIFICATE'
  | 'CUCM_PROTOCOL';

/** A problem with one field; `path` names the field as in the input (e.g. ['aliases', 2]). */
export interface FieldIssue {
  path: (string | number)[];
  message: MessageKey;
  params?: MessageParams;
}

export interface ContractError {
  code: ErrorCode;
  message: MessageKey;
  params?: MessageParams;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/** Thrown inside main by services to refuse with a stable code; turned into a value at the contract. */
export class RosterError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly params?: MessageParams,
    readonly issues?: FieldIssue[],
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'RosterError';
  }

  /**
   * Keeps the error this refusal came from (an errno, a keychain's or a library's failure) for main's log.
   * It stays in main: toContractError never carries it across the contract.
   */
  causedBy(cause: unknown): this {
    this.cause = cause;
    return this;
  }

  toContractError(): ContractError {
    return {
      code: this.code,
      message: this.messageKey,
      ...(this.params ? { params: this.params } : {}),
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }
}

/** A refusal of one or more fields (validation or uniqueness), shown at the fields by the editor. */
export function fieldError(code: 'VALIDATION' | 'CONFLICT', issues: FieldIssue[]): RosterError {
  return new RosterError(code, `error.${code}`, undefined, issues);
}
