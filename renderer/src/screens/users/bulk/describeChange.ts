import type { BulkChangeRecord } from '@shared/channels/bulk';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { formatNumber, t } from '../../../i18n';

type Described = Pick<BulkChangeRecord, 'action' | 'parameters'>;

/** A change in words, as the notification and the history say it: 'Granted "Allow SMS sending"'. */
export function describeChange({ action, parameters }: Described): string {
  return t(`bulk.describe.${action}`, {
    group: parameters.groupName ?? '',
    privilege: parameters.privilege ? t(`priv.${parameters.privilege}`) : '',
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
  });
}
