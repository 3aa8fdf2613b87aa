import type { securityMessages as english } from '../../messages/security.js';
import type { Translation } from '../../translation.js';

/** Text of the security screens and refusals, in German. */
export const securityMessages: Translation<typeof english> = {
  'policy.password.length': 'Ein sicheres Passwort hat mindestens {min} Zeichen.',
  'policy.password.upper': 'Ein sicheres Passwort braucht mindestens einen Großbuchstaben (A-Z).',
  'policy.password.lower': 'Ein sicheres Passwort braucht mindestens einen Kleinbuchstaben (a-z).',
  'policy.password.digit': 'Ein sicheres Passwort braucht mindestens eine Ziffer (0-9).',
  'policy.password.special': 'Ein sicheres Passwort braucht mindestens ein Zeichen, das weder Buchstabe noch Ziffer ist, etwa ! # % oder -.',
  'policy.password.username': 'Ein sicheres Passwort darf den Benutzernamen nicht enthalten (unabhängig von Groß-/Kleinschreibung).',
  'policy.pin.digits': 'Eine sichere PIN besteht nur aus den Ziffern 0-9.',
  'policy.pin.length': 'Eine sichere PIN hat {pinMin} bis {pinMax} Ziffern.',
  'policy.pin.sameNeighbour': 'Eine sichere PIN hat keine gleichen Ziffern nebeneinander (wie die 88 in 3885).',
  'policy.pin.run': 'Eine sichere PIN hat keine {run} aufeinanderfolgenden Ziffern, die um eins auf- oder absteigen (wie 123 oder 876).',
  'policy.pin.repeatedGroup': 'Eine sichere PIN wiederholt keine Zifferngruppe direkt hintereinander (wie 1212 oder 408408).',
  'policy.unknown': 'Nicht geprüft: Der geheime Wert wurde gespeichert, als dieser Rechner keinen Standortschlüssel hatte.',

  'security.rule.days': 'Geben Sie eine ganze Zahl von Tagen von {min} bis {max} ein oder lassen Sie das Feld leer für keinen Ablauf.',
  'security.rule.attempts':
    'Geben Sie eine ganze Zahl von Versuchen von {min} bis {max} ein oder lassen Sie das Feld leer, um Konten nie zu sperren.',
  'security.rule.minutes': 'Geben Sie eine ganze Zahl von Minuten von {min} bis {max} ein.',
  'security.rule.minutesNeeded': 'Geben Sie an, wie viele Minuten ein Konto gesperrt bleibt.',
  'security.expireAll.needsDays': 'Legen Sie fest, nach wie vielen Tagen Passwörter ablaufen, bevor Sie alle ablaufen lassen.',
  'security.expireAll.needsPinDays': 'Legen Sie fest, nach wie vielen Tagen PINs ablaufen, bevor Sie alle ablaufen lassen.',

  'security.keychain.forget':
    'Die gespeicherten Anmeldedaten konnten nicht aus dem Schlüsselbund dieses Rechners gelöscht werden, daher wurden die Einstellungen nicht gespeichert. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.',
  'security.title': 'Sicherheit',
  'security.form': 'Sicherheitseinstellungen',
  'security.save': 'Speichern',
  'security.saved': 'Sicherheitseinstellungen gespeichert.',
  'security.credentials': 'Anmeldedaten auf diesem Rechner',
  'security.rememberCredentials': 'Zuletzt verwendete Anmeldedaten lokal merken',
  'security.rememberCredentialsHint':
    'Der zuletzt in einem Verbindungstest eingegebene Benutzername und das Passwort werden im Schlüsselbund dieses Rechners aufbewahrt und beim nächsten Mal angeboten, nur für diesen Standort und denselben Server. Beim Ausschalten werden die Daten dieses Standorts aus dem Schlüsselbund gelöscht.',
  'security.lockout': 'Kontosperre',
  'security.lockoutAttempts': 'Fehlversuche bis zur Sperre',
  'security.lockoutAttemptsHint': 'Leer: Konten werden nie gesperrt.',
  'security.lockoutMinutes': 'Sperrdauer in Minuten',
  'security.passwords': 'Passwörter',
  'security.securePasswords': 'Sichere Passwörter erforderlich',
  'security.securePasswordsHint':
    'Mindestens {min} Zeichen mit einem Großbuchstaben, einem Kleinbuchstaben, einer Ziffer und einem Zeichen, das keines davon ist (etwa ! oder #), ohne den Benutzernamen.',
  'security.passwordExpiryDays': 'Passwörter laufen ab nach (Tagen)',
  'security.expiryDaysHint': 'Gezählt ab dem Tag, an dem der geheime Wert gesetzt wurde. Leer: läuft nie ab.',
  'security.expireAllPasswords': 'Alle Passwörter jetzt ablaufen lassen',
  'security.expireAllPasswordsHint': 'Verfügbar, sobald eine Ablaufzeit in Tagen gespeichert ist.',
  'security.expireAllPasswords.title': 'Alle Passwörter ablaufen lassen?',
  'security.expireAllPasswords.message':
    'Das Passwort jedes Benutzers wird sofort als abgelaufen markiert: Jeder Benutzer muss bei der nächsten Anmeldung ein neues wählen. Dies kann nicht rückgängig gemacht werden.',
  'security.expireAllPasswords.done': {
    one: 'Das Passwort von {count} Benutzer ist jetzt abgelaufen.',
    other: 'Die Passwörter von {count} Benutzern sind jetzt abgelaufen.',
    zero: 'Kein Benutzer hat ein Passwort, das ablaufen könnte.',
  },
  'security.pins': 'PINs',
  'security.securePins': 'Sichere PINs erforderlich',
  'security.securePinsHint':
    '{pinMin} bis {pinMax} Ziffern (0-9); keine gleichen Ziffern nebeneinander (3885); keine {run} aufeinanderfolgenden Ziffern, die um eins auf- oder absteigen (123, 876; 9 und 0 sind keine Nachbarn, daher ist 890 erlaubt); keine Zifferngruppe direkt wiederholt (1212, 408408).',
  'security.pinExpiryDays': 'PINs laufen ab nach (Tagen)',
  'security.expireAllPins': 'Alle PINs jetzt ablaufen lassen',
  'security.expireAllPinsHint': 'Verfügbar, sobald eine Ablaufzeit in Tagen gespeichert ist.',
  'security.expireAllPins.title': 'Alle PINs ablaufen lassen?',
  'security.expireAllPins.message':
    'Die PIN jedes Benutzers wird sofort als abgelaufen markiert: Jeder Benutzer muss bei der nächsten Anmeldung eine neue wählen. Dies kann nicht rückgängig gemacht werden.',
  'security.expireAllPins.done': {
    one: 'Die PIN von {count} Benutzer ist jetzt abgelaufen.',
    other: 'Die PINs von {count} Benutzern sind jetzt abgelaufen.',
    zero: 'Kein Benutzer hat eine PIN, die ablaufen könnte.',
  },
  'security.sso': 'Single Sign-on',
  'security.ssoUrl': 'Single-Sign-on-URL',
  'security.ssoUrlHint': 'Die https://-Adresse des Identitätsanbieters. Leer: kein Single Sign-on.',
  'security.compliance': 'Benutzer, die die geltenden Regeln nicht erfüllen',
  'security.compliance.none': 'Alle gespeicherten Passwörter und PINs erfüllen die geltenden Regeln.',
  'security.compliance.off': 'Aktivieren Sie sichere Passwörter oder sichere PINs, um die gespeicherten Benutzer zu prüfen.',
  'security.compliance.note':
    'Geprüft anhand dessen, was beim Setzen jedes geheimen Werts festgehalten wurde, ohne die Werte selbst zu lesen. Diese Benutzer behalten ihren Wert, bis er geändert wird.',
  'security.compliance.count': {
    one: '{count} gespeicherter geheimer Wert verstößt gegen eine Regel:',
    other: '{count} gespeicherte geheime Werte verstoßen gegen eine Regel:',
  },
  'security.compliance.table': 'Benutzer, die die Regeln nicht erfüllen',
  'security.compliance.username': 'Benutzername',
  'security.compliance.secret': 'Geheimer Wert',
  'security.compliance.reason': 'Grund',
  'security.secret.password': 'Passwort',
  'security.secret.pin': 'PIN',

  'account.unlock': 'Entsperren',
  'account.unlocked': '{username} ist entsperrt.',
  'account.resetAttempts': 'Fehlversuche zurücksetzen',
  'account.attemptsReset': 'Fehlversuche von {username} auf 0 zurückgesetzt.',
  'account.expirePassword': 'Passwort jetzt ablaufen lassen',
  'account.passwordExpired': 'Das Passwort von {username} ist jetzt abgelaufen.',
  'account.expirePin': 'PIN jetzt ablaufen lassen',
  'account.pinExpired': 'Die PIN von {username} ist jetzt abgelaufen.',
  'account.noPassword': 'Dieser Benutzer hat kein Passwort, das ablaufen könnte.',
  'account.noPin': 'Dieser Benutzer hat keine PIN, die ablaufen könnte.',
  'account.expiredByAge': 'Ja (älter als {days} Tage)',
  'account.actionsNote': 'Jede Aktion wird sofort gespeichert und im Audit-Protokoll festgehalten.',

  'users.stateFilter': 'Status',
  'users.state.passwordExpired': 'Passwort abgelaufen',
  'users.state.pinExpired': 'PIN abgelaufen',
  'users.state.locked': 'Gesperrt',
  'security.expireAllPasswords.progress': 'Alle Passwörter werden als abgelaufen markiert…',
  'security.expireAllPins.progress': 'Alle PINs werden als abgelaufen markiert…',
  'security.expireAllPasswords.cancelled':
    'Das Ablaufen wurde abgebrochen. Kein Passwort ist abgelaufen: Alle Benutzer behalten ihr bisheriges Passwort.',
  'security.expireAllPins.cancelled': 'Das Ablaufen wurde abgebrochen. Keine PIN ist abgelaufen: Alle Benutzer behalten ihre bisherige PIN.',
};
