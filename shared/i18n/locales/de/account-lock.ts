import type { accountLockMessages as english } from '../../messages/account-lock.js';
import type { Translation } from '../../translation.js';

/** Text of locking an account on purpose and of the PIN's confirmation, in German. */
export const accountLockMessages: Translation<typeof english> = {
  'rule.lock.until.format': 'Geben Sie Datum und Uhrzeit des Sperrendes ein oder wählen Sie „Bis zur Entsperrung“.',
  'rule.lock.until.past': 'Wählen Sie einen Zeitpunkt in der Zukunft oder sperren Sie bis zur Entsperrung.',
  'rule.lock.reason.required': 'Geben Sie an, warum das Konto gesperrt wird: Der Grund wird im Editor angezeigt und im Audit-Protokoll festgehalten.',
  'rule.pin.confirmation': 'Die beiden PINs stimmen nicht überein: Geben Sie in beiden Feldern dieselbe PIN ein.',

  'field.pinConfirm': 'PIN bestätigen',
  'field.lockReason': 'Sperrgrund',

  'account.lock': 'Sperren…',
  'account.locked': '{username} ist gesperrt.',
  'account.untilUnlocked': 'Bis zur Entsperrung',
  'account.lockState.until': 'Gesperrt bis {until} – {reason}',
  'account.lockState.indefinite': 'Gesperrt bis zur Entsperrung – {reason}',
  'account.lockState.failedAttempts': {
    one: 'Nach {count} fehlgeschlagenen Anmeldeversuch gesperrt bis {until}',
    other: 'Nach {count} fehlgeschlagenen Anmeldeversuchen gesperrt bis {until}',
  },
  'account.lockState.noReason': 'Gesperrt bis {until}',

  'lock.dialog.title': '{username} sperren',
  'lock.dialog.titleBulk': { one: '{count} Benutzer sperren', other: '{count} Benutzer sperren' },
  'lock.dialog.intro': 'Ein gesperrtes Konto kann sich bis zum Ende der Sperre nicht anmelden. „Entsperren“ hebt sie jederzeit auf.',
  'lock.dialog.duration': 'Dauer',
  'lock.dialog.untilUnlocked': 'Bis zur Entsperrung',
  'lock.dialog.untilUnlockedHint': 'Bleibt gesperrt, bis ein Administrator es entsperrt.',
  'lock.dialog.untilTime': 'Bis zu Datum und Uhrzeit',
  'lock.dialog.date': 'Datum',
  'lock.dialog.time': 'Uhrzeit',
  'lock.dialog.timeHint': 'Uhrzeit dieses Rechners ({zone}).',
  'lock.dialog.reason': 'Grund',
  'lock.dialog.reasonHint':
    'Wird im Editor angezeigt und im Audit-Protokoll festgehalten, etwa „Urlaub bis März“ oder „Hat das Unternehmen verlassen“.',
  'lock.dialog.submit': 'Sperren',

  'bulk.action.lock': 'Sperren…',
  'bulk.action.unlock': 'Entsperren',
  'bulk.action.resetFailedAttempts': 'Fehlversuche zurücksetzen',
  'bulk.describe.lock': 'Gesperrt bis {until}: „{reason}“',
  'bulk.describe.unlock': 'Entsperrt',
  'bulk.describe.resetFailedAttempts': 'Fehlversuche zurückgesetzt',
  'bulk.request.lock': '{users} bis {until} sperren.',
  'bulk.request.unlock': '{users} entsperren.',
  'bulk.request.resetFailedAttempts': 'Für {users} die Fehlversuche zurücksetzen.',
  'bulk.untilUnlocked': 'zur Entsperrung',

  'audit.action.lock': 'Gesperrt',
  'audit.action.bulk.lock': 'Massenaktion: gesperrt',
  'audit.action.bulk.unlock': 'Massenaktion: entsperrt',
  'audit.action.bulk.resetFailedAttempts': 'Massenaktion: Fehlversuche zurückgesetzt',
};
