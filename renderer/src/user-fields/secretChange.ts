import type { PasswordChange, PinChange } from '@shared/rules';
import type { SecretEdit } from '../components/SecretField';

// Between a SecretField's state and what the contract takes on save: the form keeps value and confirmation
// whatever the mode, the contract carries them only when the secret is replaced. A password and a PIN are
// both typed twice, and the contract compares the two.

export function passwordChangeOf(edit: SecretEdit): PasswordChange {
  return edit.mode === 'set' ? { action: 'set', value: edit.value, confirmation: edit.confirmation } : { action: edit.mode };
}

export function pinChangeOf(edit: SecretEdit): PinChange {
  return edit.mode === 'set' ? { action: 'set', value: edit.value, confirmation: edit.confirmation } : { action: edit.mode };
}

/** A secret preset by main (a new user's draft) as form state. */
export function secretEditOf(change: PasswordChange | PinChange): SecretEdit {
  return change.action === 'set'
    ? { mode: 'set', value: change.value, confirmation: change.confirmation }
    : { mode: change.action, value: '', confirmation: '' };
}
