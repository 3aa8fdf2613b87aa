import { storedLockUntil } from '@shared/domain/account-lock';
import type { BulkChange } from '@shared/rules/bulk-rules';

/**
 * How one bulk change reads, writes and undoes the users table, as SQL over a chunk of selected ids.
 * Column names come only from this file's fixed lists (never from a request); every value is a bound
 * parameter: @change (the bulk change's id), @chunk (a JSON array of user ids), @now, @groupId, and the plan's
 * own `bind` (a lock's @until and @reason).
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
  /** Values this plan's statements bind besides the common ones. */
  bind?: Record<string, string | number | null>;
  /**
   * Each recorded user's own audit entry: its action, and its changes as a JSON array built in SQL over
   * `r` (the user's bulk_change_rows row) and `u` (the user as stored), so that 100,000 entries are one
   * INSERT ... SELECT. The apply's entry is written after the change (u holds the after-values), the
   * undo's before it (u holds what the undo replaces).
   */
  entry: Record<'apply' | 'undo', { action: string; changes: string }>;
}

/** How the log names the columns the bulk actions write (the editor's field paths, so the screens label them). */
const FIELD_OF_COLUMN: Record<string, string> = {
  vm_sms_on_new: 'voicemail.smsOnNew',
  fax_sms_on_new: 'fax.smsOnNew',
  enabled: 'enabled',
  password_expired: 'passwordExpired',
  pin_expired: 'pinExpired',
  locked_until: 'lockedUntil',
  lock_reason: 'lockReason',
  failed_attempts: 'failedAttempts',
};
/** Columns that hold a value rather than a 0/1 switch. */
const VALUE_COLUMNS = new Set(['locked_until', 'lock_reason', 'failed_attempts']);
const fieldOf = (column: string) => FIELD_OF_COLUMN[column] ?? `privileges.${column}`;

const asJson = (column: string, sql: string) => (VALUE_COLUMNS.has(column) ? sql : `json(CASE WHEN ${sql} THEN 'true' ELSE 'false' END)`);

/**
 * The changed columns of one user as a JSON array of {field, before, after}, switches as booleans; a column
 * that did not change (a user changed by hand since the change, at undo) is left out.
 */
function columnChanges(columns: readonly string[], direction: 'apply' | 'undo'): string {
  const changes = columns.map((column) => {
    const recorded = `json_extract(r.before, '$.${column}')`;
    const [before, after] = direction === 'apply' ? [recorded, `u.${column}`] : [`u.${column}`, recorded];
    return {
      sql: `json_object('field', '${fieldOf(column)}', 'before', ${asJson(column, before)}, 'after', ${asJson(column, after)})`,
      before,
      after,
    };
  });
  // One column applied: the plan's condition chose only users whose column changes, so no test per user.
  if (changes.length === 1 && direction === 'apply') return `json_array(${changes[0]!.sql})`;
  const selects = changes.map(({ sql, before, after }) => `SELECT ${sql} AS c WHERE ${before} IS NOT ${after}`);
  return `(SELECT json_group_array(json(c)) FROM (${selects.join(' UNION ALL ')}))`;
}

/** The membership in the change's group, before and after. */
function membershipChange(before: boolean, after: boolean): string {
  return `json_array(json_object('field', 'groups.' || @groupName, 'before', json('${before}'), 'after', json('${after}')))`;
}

/** The recorded users of this change within the current chunk. */
const RECORDED = 'SELECT user_id FROM bulk_change_rows WHERE change_id = @change AND user_id IN (SELECT value FROM json_each(@chunk))';

// Clearing the SMS privilege turns off the notifications that need it (an SMS notification without the
// privilege would never be sent, and the editor refuses that state), and setting it records them too, so an
// undo never leaves "SMS on new message" on without the privilege.
const SMS_COLUMNS = ['sms', 'vm_sms_on_new', 'fax_sms_on_new'];

function columnPlan(columns: readonly string[], changes: string, set: string, action = 'update'): BulkPlan {
  const restore = columns.map(
    (column) =>
      `${column} = (SELECT json_extract(r.before, '$.${column}') FROM bulk_change_rows r WHERE r.change_id = @change AND r.user_id = users.id)`,
  );
  return {
    before: `json_object(${columns.map((column) => `'${column}', ${column}`).join(', ')})`,
    changes,
    apply: [`UPDATE users SET ${set}, updated_at = @now WHERE id IN (${RECORDED})`],
    undo: [`UPDATE users SET ${restore.join(', ')}, updated_at = @now WHERE id IN (${RECORDED})`],
    entry: { apply: { action, changes: columnChanges(columns, 'apply') }, undo: { action: 'undo', changes: columnChanges(columns, 'undo') } },
  };
}

const isMember = 'EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = @groupId AND m.user_id = users.id)';
const touch = `UPDATE users SET updated_at = @now WHERE id IN (${RECORDED})`;
const addMembers = `INSERT OR IGNORE INTO group_members (group_id, user_id) SELECT @groupId, id FROM users WHERE id IN (${RECORDED})`;
const removeMembers = `DELETE FROM group_members WHERE group_id = @groupId AND user_id IN (${RECORDED})`;

export function planOf(change: BulkChange): BulkPlan {
  switch (change.action) {
    case 'addToGroup':
      return {
        before: "json_object('member', 0)",
        changes: `NOT ${isMember}`,
        apply: [addMembers, touch],
        undo: [removeMembers, touch],
        entry: {
          apply: { action: 'update', changes: membershipChange(false, true) },
          undo: { action: 'undo', changes: membershipChange(true, false) },
        },
      };
    case 'removeFromGroup':
      return {
        before: "json_object('member', 1)",
        changes: isMember,
        apply: [removeMembers, touch],
        undo: [addMembers, touch],
        entry: {
          apply: { action: 'update', changes: membershipChange(true, false) },
          undo: { action: 'undo', changes: membershipChange(false, true) },
        },
      };
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
        'expirePassword',
      );
    case 'expirePin':
      return columnPlan(
        ['pin_expired'],
        "pin_expired = 0 AND EXISTS (SELECT 1 FROM secrets s WHERE s.owner_kind = 'user' AND s.owner_id = users.id AND s.name = 'pin')",
        'pin_expired = 1',
        'expirePin',
      );
    case 'lock':
      // Users already locked until the same time for the same reason are left out (and out of the undo).
      return {
        ...columnPlan(
          ['locked_until', 'lock_reason'],
          'locked_until IS NOT @until OR lock_reason IS NOT @reason',
          'locked_until = @until, lock_reason = @reason',
          'lock',
        ),
        bind: { until: storedLockUntil(change.until), reason: change.reason },
      };
    case 'unlock':
      // As the editor's Unlock: no lock, no reason, failed attempts from 0; the undo puts all three back.
      return columnPlan(
        ['locked_until', 'lock_reason', 'failed_attempts'],
        "locked_until IS NOT NULL OR lock_reason <> '' OR failed_attempts > 0",
        "locked_until = NULL, lock_reason = '', failed_attempts = 0",
        'unlock',
      );
    case 'resetFailedAttempts':
      return columnPlan(['failed_attempts'], 'failed_attempts > 0', 'failed_attempts = 0', 'resetFailedAttempts');
    case 'delete': {
      // Deleting and restoring are the whole of the entry, as when done from the list.
      const plan = columnPlan(['deleted_at'], '1', 'deleted_at = @now');
      return { ...plan, entry: { apply: { action: 'delete', changes: "'[]'" }, undo: { action: 'restore', changes: "'[]'" } } };
    }
  }
}
