import type { PasswordChange, PinChange } from '@shared/rules';
import type { SecretEdit } from '../components/SecretField';

// Between a SecretField's state and what the contract takes on save: the form keeps value and confirmation
// whatever the mode, the contract carries them only when the secret is replaced.

export function passwordChangeOf(edit: SecretEdit): PasswordChange {
  return edit.mode === 'set' ? { action: 'set', value: edit.value, confirmation: edit.confirmation } : { action: edit.mode };
}

/** A PIN is typed once: it has no confirmation. */
export function pinChangeOf(edit: SecretEdit): PinChange {
  return edit.mode === 'set' ? { action: 'set', value: edit.value } : { action: edit.mode };
}

/** A secret preset by main (a new user's draft) as form state; a preset PIN stands as its own confirmation. */
export function secretEditOf(change: PasswordChange | PinChange): SecretEdit {
  return change.action === 'set'
    ? { mode: 'set', value: change.value, confirmation: 'confirmation' in change ? change.confirmation : change.value }
    : { mode: change.action, value: '', confirmation: '' };
}
