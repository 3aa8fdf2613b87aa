import type { BulkChangeRecord } from '@shared/channels/bulk';
import type { BulkChange } from '@shared/rules/bulk-rules';
import { t } from '../../../i18n';

type Described = Pick<BulkChangeRecord, 'action' | 'parameters'>;

/** A change in words, as the notification and the history say it: 'Granted "Allow SMS sending"'. */
export function describeChange({ action, parameters }: Described): string {
  return t(`bulk.describe.${action}`, {
    group: parameters.groupName ?? '',
    privilege: parameters.privilege ? t(`priv.${parameters.privilege}`) : '',
  });
}

/** The same for a change about to be made (the group's name comes from the list the administrator chose from). */
export function describeRequest(change: BulkChange, groupName: string): string {
  return describeChange({
    action: change.action,
    parameters: {
      ...('groupId' in change ? { groupName } : {}),
      ...('privilege' in change ? { privilege: change.privilege } : {}),
    },
  });
}
