import type { accountLockMessages as english } from '../../messages/account-lock.js';
import type { Translation } from '../../translation.js';

/** Text of locking an account on purpose and of the PIN's confirmation, in Spanish. */
export const accountLockMessages: Translation<typeof english> = {
  'rule.lock.until.format': 'Indique la fecha y la hora en que termina el bloqueo, o elija “Hasta desbloquear”.',
  'rule.lock.until.past': 'Elija una hora futura, o bloquee hasta desbloquear.',
  'rule.lock.reason.required': 'Indique por qué se bloquea la cuenta: el motivo se muestra en el editor y queda en el registro de auditoría.',
  'rule.pin.confirmation': 'Los dos PIN no coinciden: escriba el mismo PIN en ambos campos.',

  'field.pinConfirm': 'Confirmar PIN',
  'field.lockReason': 'Motivo del bloqueo',

  'account.lock': 'Bloquear…',
  'account.locked': '{username} está bloqueado.',
  'account.untilUnlocked': 'Hasta desbloquear',
  'account.lockState.until': 'Bloqueada hasta {until} — {reason}',
  'account.lockState.indefinite': 'Bloqueada hasta que se desbloquee — {reason}',
  'account.lockState.failedAttempts': {
    one: 'Bloqueada tras {count} intento fallido de inicio de sesión hasta {until}',
    other: 'Bloqueada tras {count} intentos fallidos de inicio de sesión hasta {until}',
  },
  'account.lockState.noReason': 'Bloqueada hasta {until}',

  'lock.dialog.title': 'Bloquear a {username}',
  'lock.dialog.titleBulk': { one: 'Bloquear a {count} usuario', other: 'Bloquear a {count} usuarios' },
  'lock.dialog.intro': 'Una cuenta bloqueada no puede iniciar sesión hasta que termine el bloqueo. Desbloquear lo levanta en cualquier momento.',
  'lock.dialog.duration': 'Duración',
  'lock.dialog.untilUnlocked': 'Hasta desbloquear',
  'lock.dialog.untilUnlockedHint': 'Sigue bloqueada hasta que un administrador la desbloquee.',
  'lock.dialog.untilTime': 'Hasta una fecha y hora',
  'lock.dialog.date': 'Fecha',
  'lock.dialog.time': 'Hora',
  'lock.dialog.timeHint': 'Hora de este equipo ({zone}).',
  'lock.dialog.reason': 'Motivo',
  'lock.dialog.reasonHint':
    'Se muestra en el editor y queda en el registro de auditoría; por ejemplo, “De baja hasta marzo” o “Ha dejado la empresa”.',
  'lock.dialog.submit': 'Bloquear',

  'bulk.action.lock': 'Bloquear…',
  'bulk.action.unlock': 'Desbloquear',
  'bulk.action.resetFailedAttempts': 'Restablecer intentos fallidos',
  'bulk.describe.lock': 'Bloqueados hasta {until}: “{reason}”',
  'bulk.describe.unlock': 'Desbloqueados',
  'bulk.describe.resetFailedAttempts': 'Intentos fallidos restablecidos',
  'bulk.request.lock': 'Bloquear a {users} hasta {until}.',
  'bulk.request.unlock': 'Desbloquear a {users}.',
  'bulk.request.resetFailedAttempts': 'Restablecer los intentos fallidos de {users}.',
  'bulk.untilUnlocked': 'que se desbloqueen',

  'audit.action.lock': 'Bloqueado',
  'audit.action.bulk.lock': 'Masivo: bloqueados',
  'audit.action.bulk.unlock': 'Masivo: desbloqueados',
  'audit.action.bulk.resetFailedAttempts': 'Masivo: intentos fallidos restablecidos',
};
