import type { accountLockMessages as english } from '../../messages/account-lock.js';
import type { Translation } from '../../translation.js';

/** Text of locking an account on purpose and of the PIN's confirmation, in Italian. */
export const accountLockMessages: Translation<typeof english> = {
  'rule.lock.until.format': 'Immetti data e ora di fine del blocco, oppure scegli “Fino allo sblocco”.',
  'rule.lock.until.past': 'Scegli un momento futuro, oppure blocca fino allo sblocco.',
  'rule.lock.reason.required': 'Indica perché l’account è bloccato: il motivo viene mostrato nell’editor e registrato nel registro di audit.',
  'rule.pin.confirmation': 'I due PIN sono diversi: digita lo stesso PIN in entrambi i campi.',

  'field.pinConfirm': 'Conferma PIN',
  'field.lockReason': 'Motivo del blocco',

  'account.lock': 'Blocca…',
  'account.locked': '{username} è bloccato.',
  'account.untilUnlocked': 'Fino allo sblocco',
  'account.lockState.until': 'Bloccato fino al {until} — {reason}',
  'account.lockState.indefinite': 'Bloccato fino allo sblocco — {reason}',
  'account.lockState.failedAttempts': {
    one: 'Bloccato fino al {until} dopo {count} tentativo di accesso non riuscito',
    other: 'Bloccato fino al {until} dopo {count} tentativi di accesso non riusciti',
  },
  'account.lockState.noReason': 'Bloccato fino al {until}',

  'lock.dialog.title': 'Blocca {username}',
  'lock.dialog.titleBulk': { one: 'Blocca {count} utente', other: 'Blocca {count} utenti' },
  'lock.dialog.intro':
    'Un account bloccato non può accedere finché il blocco non termina. Con Sblocca il blocco si può rimuovere in qualsiasi momento.',
  'lock.dialog.duration': 'Durata',
  'lock.dialog.untilUnlocked': 'Fino allo sblocco',
  'lock.dialog.untilUnlockedHint': 'Resta bloccato finché un amministratore non lo sblocca.',
  'lock.dialog.untilTime': 'Fino a una data e ora',
  'lock.dialog.date': 'Data',
  'lock.dialog.time': 'Ora',
  'lock.dialog.timeHint': 'Ora di questo computer ({zone}).',
  'lock.dialog.reason': 'Motivo',
  'lock.dialog.reasonHint':
    'Mostrato nell’editor e registrato nel registro di audit, ad esempio “In congedo fino a marzo” o “Ha lasciato l’azienda”.',
  'lock.dialog.submit': 'Blocca',

  'bulk.action.lock': 'Blocca…',
  'bulk.action.unlock': 'Sblocca',
  'bulk.action.resetFailedAttempts': 'Azzera tentativi non riusciti',
  'bulk.describe.lock': 'Bloccati (fine del blocco: {until}): “{reason}”',
  'bulk.describe.unlock': 'Sbloccati',
  'bulk.describe.resetFailedAttempts': 'Tentativi non riusciti azzerati',
  'bulk.request.lock': 'Blocca {users} (fine del blocco: {until}).',
  'bulk.request.unlock': 'Sblocca {users}.',
  'bulk.request.resetFailedAttempts': 'Azzera i tentativi non riusciti di {users}.',
  'bulk.untilUnlocked': 'sblocco manuale',

  'audit.action.lock': 'Bloccato',
  'audit.action.bulk.lock': 'Azione di massa: bloccati',
  'audit.action.bulk.unlock': 'Azione di massa: sbloccati',
  'audit.action.bulk.resetFailedAttempts': 'Azione di massa: tentativi non riusciti azzerati',
};
