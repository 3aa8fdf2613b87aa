import type { BulkChange } from '@shared/rules/bulk-rules';

/**
 * How one bulk change reads, writes and undoes the users table, as SQL over a chunk of selected ids.
 * Column names come only from this file's fixed lists (never from a request); every value is a bound
 * parameter: @change (the bulk change's id), @chunk (a JSON array of user ids), @now, @groupId.
 *
 * `changes` limits the selection to the users whose state would actually change, so the recorded rows,
 * the user count and the undo are about exactly those users (a user who already was a member is not
 * taken out of the group by an undo).
 */
export interface BulkPlan {
  /** A json_object(...) over users' columns: the before-values of exactly what the change writes. */
  before: string;
  /** A condition over users: this user would change. */
  changes: string;
  /** Statements that make the change for the recorded users of @chunk. */
  apply: string[];
  /** Statements that write the recorded before-values back for the recorded users of @chunk that still exist. */
  undo: string[];
}

/** The recorded users of this change within the current chunk. */
const RECORDED = 'SELECT user_id FROM bulk_change_rows WHERE change_id = @change AND user_id IN (SELECT value FROM json_each(@chunk))';

// Clearing the SMS privilege turns off the notifications that need it (an SMS notification without the
// privilege would never be sent, and the editor refuses that state), and setting it records them too, so an
// undo never leaves "SMS on new message" on without the privilege.
const SMS_COLUMNS = ['sms', 'vm_sms_on_new', 'fax_sms_on_new'];

function columnPlan(columns: readonly string[], changes: string, set: string): BulkPlan {
  const restore = columns.map(
    (column) =>
      `${column} = (SELECT json_extract(r.before, '$.${column}') FROM bulk_change_rows r WHERE r.change_id = @change AND r.user_id = users.id)`,
  );
  return {
    before: `json_object(${columns.map((column) => `'${column}', ${column}`).join(', ')})`,
    changes,
    apply: [`UPDATE users SET ${set}, updated_at = @now WHERE id IN (${RECORDED})`],
    undo: [`UPDATE users SET ${restore.join(', ')}, updated_at = @now WHERE id IN (${RECORDED})`],
  };
}

const isMember = 'EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = @groupId AND m.user_id = users.id)';
const touch = `UPDATE users SET updated_at = @now WHERE id IN (${RECORDED})`;
const addMembers = `INSERT OR IGNORE INTO group_members (group_id, user_id) SELECT @groupId, id FROM users WHERE id IN (${RECORDED})`;
const removeMembers = `DELETE FROM group_members WHERE group_id = @groupId AND user_id IN (${RECORDED})`;

export function planOf(change: BulkChange): BulkPlan {
  switch (change.action) {
    case 'addToGroup':
      return { before: "json_object('member', 0)", changes: `NOT ${isMember}`, apply: [addMembers, touch], undo: [removeMembers, touch] };
    case 'removeFromGroup':
      return { before: "json_object('member', 1)", changes: isMember, apply: [removeMembers, touch], undo: [addMembers, touch] };
    case 'setPrivilege':
      return change.privilege === 'sms'
        ? columnPlan(SMS_COLUMNS, 'sms = 0', 'sms = 1')
        : columnPlan([change.privilege], `${change.privilege} = 0`, `${change.privilege} = 1`);
    case 'clearPrivilege':
      return change.privilege === 'sms'
        ? columnPlan(SMS_COLUMNS, 'sms = 1 OR vm_sms_on_new = 1 OR fax_sms_on_new = 1', 'sms = 0, vm_sms_on_new = 0, fax_sms_on_new = 0')
        : columnPlan([change.privilege], `${change.privilege} = 1`, `${change.privilege} = 0`);
    case 'enable':
      return columnPlan(['enabled'], 'enabled = 0', 'enabled = 1');
    case 'disable':
      return columnPlan(['enabled'], 'enabled = 1', 'enabled = 0');
    case 'expirePassword':
      // Only users who have a password: expiring nothing would make the next sign-in ask for a change of nothing.
      return columnPlan(
        ['password_expired'],
        "password_expired = 0 AND EXISTS (SELECT 1 FROM secrets s WHERE s.owner_kind = 'user' AND s.owner_id = users.id AND s.name = 'password')",
        'password_expired = 1',
      );
    case 'delete':
      return columnPlan(['deleted_at'], '1', 'deleted_at = @now');
  }
}
