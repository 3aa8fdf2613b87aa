import { english, formatQuantity, translate } from '@shared/i18n/en';
import type { MessageKey, MessageParams } from '@shared/i18n/en';
import type { ContractError, FieldIssue } from '@shared/result';

export type { MessageKey, MessageParams };

/** Translates one message of the English catalog (the only catalog so far). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(english, key, params);
}

/** The text of an error returned across the contract. */
export function errorText(error: ContractError): string {
  return t(error.message, error.params);
}

/** The text of one field problem. */
export function issueText(issue: FieldIssue | undefined): string | undefined {
  return issue ? t(issue.message, issue.params) : undefined;
}

/** A count as the catalog's language writes it (100,000 in English). */
export function formatNumber(value: number): string {
  return formatQuantity(english, value);
}
