import type { BulkChangeRecord } from '@shared/channels/bulk';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { formatDateTime, formatNumber, t } from '../../../i18n';

type Described = Pick<BulkChangeRecord, 'action' | 'parameters'>;

/** A lock's end as the administrator reads it: this computer's date and time, or "unlocked". */
function lockEnd(until: string | null | undefined): string {
  if (until === undefined) return '';
  return until === null ? t('bulk.untilUnlocked') : formatDateTime(until);
}

/** A change in words, as the notification and the history say it: 'Granted "Allow SMS sending"'. */
export function describeChange({ action, parameters }: Described): string {
  return t(`bulk.describe.${action}`, {
    group: parameters.groupName ?? '',
    privilege: parameters.privilege ? t(`priv.${parameters.privilege}`) : '',
    until: lockEnd(parameters.until),
    reason: parameters.reason ?? '',
  });
}

/**
 * A change about to be made, as the confirmation asks it: 'Grant "Allow SMS sending" to 20,000 users.' (the
 * group's name comes from the list the administrator chose from).
 */
export function describeRequest(change: BulkChange, groupName: string, count: number): string {
  return t(`bulk.request.${change.action}`, {
    users: t('bulk.users', { count: formatNumber(count) }),
    group: groupName,
    privilege: 'privilege' in change ? t(`priv.${change.privilege}`) : '',
    until: change.action === 'lock' ? lockEnd(change.until) : '',
  });
}
