import type { BulkParameters } from '@shared/channels/bulk';
import { storedLockUntil } from '@shared/domain/account-lock';
import type { BulkAction } from '@shared/rules/bulk-rules';
import type { AuditChange } from '../audit/audit-log';

/**
 * The field changes of a bulk change's ONE audit entry, named as the editor's fields are so the audit screen
 * labels them ("Allow SMS sending: off → on", "User groups: (none) → Sales"), followed by how many users
 * changed. `undone` gives the entry of its undo: the same fields, the other way round.
 */
export function bulkAuditChanges(action: BulkAction, parameters: BulkParameters, userCount: number, undone = false): AuditChange[] {
  const field = fieldChange(action, parameters);
  const changes: AuditChange[] = [];
  if (field) changes.push(undone ? { field: field.field, before: field.after, after: field.before } : field);
  // A lock says why, as a lock from the editor does.
  if (action === 'lock') {
    const reason = parameters.reason ?? '';
    changes.push(undone ? { field: 'lockReason', before: reason, after: null } : { field: 'lockReason', before: null, after: reason });
  }
  changes.push({ field: 'bulkUsers', before: null, after: userCount });
  return changes;
}

function fieldChange(action: BulkAction, parameters: BulkParameters): { field: string; before: unknown; after: unknown } | null {
  switch (action) {
    case 'addToGroup':
      return { field: 'groups', before: null, after: parameters.groupName ?? null };
    case 'removeFromGroup':
      return { field: 'groups', before: parameters.groupName ?? null, after: null };
    case 'setPrivilege':
      return { field: `privileges.${parameters.privilege}`, before: false, after: true };
    case 'clearPrivilege':
      return { field: `privileges.${parameters.privilege}`, before: true, after: false };
    case 'enable':
      return { field: 'enabled', before: false, after: true };
    case 'disable':
      return { field: 'enabled', before: true, after: false };
    case 'expirePassword':
      return { field: 'passwordExpired', before: false, after: true };
    case 'expirePin':
      return { field: 'pinExpired', before: false, after: true };
    case 'lock':
      return { field: 'lockedUntil', before: null, after: storedLockUntil(parameters.until ?? null) };
    case 'unlock':
      return { field: 'lockedUntil', before: null, after: null };
    case 'resetFailedAttempts':
      return { field: 'failedAttempts', before: null, after: 0 };
    case 'delete':
      return null;
  }
}
