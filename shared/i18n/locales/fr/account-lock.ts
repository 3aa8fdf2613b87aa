import type { accountLockMessages as english } from '../../messages/account-lock.js';
import type { Translation } from '../../translation.js';

/** Text of locking an account on purpose and of the PIN's confirmation, in French. */
export const accountLockMessages: Translation<typeof english> = {
  'rule.lock.until.format': 'Saisissez la date et l’heure de fin du verrouillage, ou choisissez « Jusqu’au déverrouillage ».',
  'rule.lock.until.past': 'Choisissez une heure future, ou verrouillez jusqu’au déverrouillage.',
  'rule.lock.reason.required':
    'Indiquez pourquoi le compte est verrouillé : le motif est affiché dans l’éditeur et consigné dans le journal d’audit.',
  'rule.pin.confirmation': 'Les deux PIN diffèrent : saisissez le même PIN dans les deux champs.',

  'field.pinConfirm': 'Confirmer le PIN',
  'field.lockReason': 'Motif du verrouillage',

  'account.lock': 'Verrouiller…',
  'account.locked': '{username} est verrouillé.',
  'account.untilUnlocked': 'Jusqu’au déverrouillage',
  'account.lockState.until': 'Verrouillé jusqu’au {until} — {reason}',
  'account.lockState.indefinite': 'Verrouillé jusqu’au déverrouillage — {reason}',
  'account.lockState.failedAttempts': {
    one: 'Verrouillé après {count} tentative de connexion échouée jusqu’au {until}',
    other: 'Verrouillé après {count} tentatives de connexion échouées jusqu’au {until}',
  },
  'account.lockState.noReason': 'Verrouillé jusqu’au {until}',

  'lock.dialog.title': 'Verrouiller {username}',
  'lock.dialog.titleBulk': { one: 'Verrouiller {count} utilisateur', other: 'Verrouiller {count} utilisateurs' },
  'lock.dialog.intro':
    'Un compte verrouillé ne peut pas se connecter tant que le verrouillage n’a pas pris fin. Déverrouiller le lève à tout moment.',
  'lock.dialog.duration': 'Durée',
  'lock.dialog.untilUnlocked': 'Jusqu’au déverrouillage',
  'lock.dialog.untilUnlockedHint': 'Reste verrouillé jusqu’à ce qu’un administrateur le déverrouille.',
  'lock.dialog.untilTime': 'Jusqu’à une date et une heure',
  'lock.dialog.date': 'Date',
  'lock.dialog.time': 'Heure',
  'lock.dialog.timeHint': 'Heure de cet ordinateur ({zone}).',
  'lock.dialog.reason': 'Motif',
  'lock.dialog.reasonHint':
    'Affiché dans l’éditeur et consigné dans le journal d’audit, par exemple « En congé jusqu’en mars » ou « A quitté l’entreprise ».',
  'lock.dialog.submit': 'Verrouiller',

  'bulk.action.lock': 'Verrouiller…',
  'bulk.action.unlock': 'Déverrouiller',
  'bulk.action.resetFailedAttempts': 'Réinitialiser les tentatives échouées',
  'bulk.describe.lock': 'Verrouillés jusqu’au {until} : « {reason} »',
  'bulk.describe.unlock': 'Déverrouillés',
  'bulk.describe.resetFailedAttempts': 'Tentatives échouées réinitialisées',
  'bulk.request.lock': 'Verrouiller {users} jusqu’au {until}.',
  'bulk.request.unlock': 'Déverrouiller {users}.',
  'bulk.request.resetFailedAttempts': 'Réinitialiser les tentatives échouées de {users}.',
  'bulk.untilUnlocked': 'déverrouillage',

  'audit.action.lock': 'Verrouillage',
  'audit.action.bulk.lock': 'Action groupée : verrouillage',
  'audit.action.bulk.unlock': 'Action groupée : déverrouillage',
  'audit.action.bulk.resetFailedAttempts': 'Action groupée : réinitialisation des tentatives échouées',
};
