/** Text of locking an account on purpose (editor, bulk action, audit) and of the PIN's confirmation. */
export const accountLockMessages = {
  'rule.lock.until.format': 'Enter the date and time the lock ends, or choose “Until unlocked”.',
  'rule.lock.until.past': 'Choose a time in the future, or lock until unlocked.',
  'rule.lock.reason.required': 'Say why the account is locked: the reason is shown in the editor and recorded in the audit log.',
  'rule.pin.confirmation': 'The two PINs differ: type the same PIN in both fields.',

  'field.pinConfirm': 'Confirm PIN',
  'field.lockReason': 'Lock reason',

  // The editor's account state.
  'account.lock': 'Lock…',
  'account.locked': '{username} is locked.',
  'account.untilUnlocked': 'Until unlocked',
  'account.lockState.until': 'Locked until {until} — {reason}',
  'account.lockState.indefinite': 'Locked until unlocked — {reason}',
  'account.lockState.failedAttempts': {
    one: 'Locked after {count} failed sign-in attempt until {until}',
    other: 'Locked after {count} failed sign-in attempts until {until}',
  },
  'account.lockState.noReason': 'Locked until {until}',

  // The lock dialog, from the editor (one user) and the bulk bar (the selection).
  'lock.dialog.title': 'Lock {username}',
  'lock.dialog.titleBulk': { one: 'Lock {count} user', other: 'Lock {count} users' },
  'lock.dialog.intro': 'A locked account cannot sign in until the lock ends. Unlock lifts it at any time.',
  'lock.dialog.duration': 'How long',
  'lock.dialog.untilUnlocked': 'Until unlocked',
  'lock.dialog.untilUnlockedHint': 'Stays locked until an administrator unlocks it.',
  'lock.dialog.untilTime': 'Until a date and time',
  'lock.dialog.date': 'Date',
  'lock.dialog.time': 'Time',
  'lock.dialog.timeHint': 'This computer’s time ({zone}).',
  'lock.dialog.reason': 'Reason',
  'lock.dialog.reasonHint': 'Shown in the editor and recorded in the audit log, such as “On leave until March” or “Left the company”.',
  'lock.dialog.submit': 'Lock',

  // Bulk actions.
  'bulk.action.lock': 'Lock…',
  'bulk.action.unlock': 'Unlock',
  'bulk.action.resetFailedAttempts': 'Reset failed attempts',
  'bulk.describe.lock': 'Locked until {until}: “{reason}”',
  'bulk.describe.unlock': 'Unlocked',
  'bulk.describe.resetFailedAttempts': 'Failed attempts reset',
  'bulk.request.lock': 'Lock {users} until {until}.',
  'bulk.request.unlock': 'Unlock {users}.',
  'bulk.request.resetFailedAttempts': 'Reset the failed attempts of {users}.',
  'bulk.untilUnlocked': 'unlocked',

  'audit.action.lock': 'Locked',
  'audit.action.bulk.lock': 'Bulk: locked',
  'audit.action.bulk.unlock': 'Bulk: unlocked',
  'audit.action.bulk.resetFailedAttempts': 'Bulk: failed attempts reset',
} as const;
