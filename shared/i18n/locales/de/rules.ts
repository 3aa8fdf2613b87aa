import type { ruleMessages as english } from '../../messages/rules.js';
import type { Translation } from '../../translation.js';

/** Messages of the validation rules, in German. */
export const ruleMessages: Translation<typeof english> = {
  'rule.tooLong': 'Höchstens {max} Zeichen verwenden.',
  'rule.controlCharacters': 'Zeilenumbrüche, Tabulatoren und andere Steuerzeichen entfernen.',
  'rule.username.required': 'Geben Sie einen Benutzernamen ein.',
  'rule.username.format':
    "Buchstaben, Ziffern, '.', '_' oder '-' ohne Leerzeichen verwenden, optional gefolgt von @domain (zum Beispiel anna.berg@example.com).",
  'rule.username.taken': 'Der Benutzername „{username}“ wird bereits von einem anderen Benutzer verwendet (Groß-/Kleinschreibung wird ignoriert).',
  'rule.email.format': 'Geben Sie eine E-Mail-Adresse wie name@example.com ein oder lassen Sie das Feld leer.',
  'rule.phone.format': 'Ziffern, Leerzeichen, Bindestriche oder Klammern verwenden, optional mit + am Anfang (zum Beispiel +41 79 123 45 67).',
  'rule.number.format': 'Eine Nebenstelle hat 1 bis {max} Ziffern (zum Beispiel 1005).',
  'rule.number.taken': 'Die Nummer {number} ist bereits an {username} vergeben.',
  'rule.alias.format': 'Ein Alias ist eine Rufnummer (+ und Ziffern) oder ein Name aus Buchstaben, Ziffern, ".", "_" oder "-".',
  'rule.alias.duplicate': 'Der Alias „{alias}“ ist doppelt aufgeführt.',
  'rule.alias.tooMany': 'Ein Benutzer kann höchstens {max} Aliasse haben.',
  'rule.vip.range': 'Der VIP-Status ist eine ganze Zahl von Sternen von {min} bis {max}.',
  'rule.language.unknown': 'Wählen Sie Englisch, Deutsch, Französisch, Italienisch oder Spanisch.',
  'rule.authentication.unknown': 'Wählen Sie lokale, LDAP- oder CUCM-Authentifizierung.',
  'rule.password.confirmation': 'Die Bestätigung stimmt nicht mit dem Passwort überein.',
  'rule.password.empty': 'Geben Sie ein Passwort ein oder behalten Sie das aktuelle.',
  'rule.application.unknown':
    '„{name}“ ist keine Anwendung, die Roster kennt. Bekannt sind: oim, startupScripts, ciscoServices, conferenceManager, attendantConsole.',
  'rule.application.option': '„{name}“ ist keine Option von {application}. Wählen Sie die Optionen aus der Liste neben der Anwendung.',
  'rule.application.duplicate': '{name} ist doppelt erteilt. Erteilen Sie jede Anwendung nur einmal, mit all ihren Optionen.',
  'rule.device.name': 'Ein Gerätename besteht aus 1 bis 50 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen, etwa SEP001EBE90DFAD.',
  'rule.device.line': 'Eine Leitung ist eine ganze Zahl von 1 bis 99, oder leer, wenn das Telefon die Hauptnebenstelle nicht führt.',
  'rule.device.tooMany': 'Ein Benutzer hat höchstens 50 Telefone.',
  'rule.device.duplicate': '{device} ist doppelt aufgeführt. Führen Sie jedes Telefon nur einmal auf.',
  'rule.pin.format': 'Eine PIN besteht nur aus Ziffern (0-9), höchstens {max}.',
  'rule.notification.smsNeedsPrivilege': 'SMS-Benachrichtigungen erfordern die Berechtigung „SMS-Versand erlauben“.',
  'rule.group.unknown': 'Die Gruppe {id} existiert nicht (sie wurde möglicherweise gelöscht).',
  'rule.group.name.required': 'Geben Sie einen Gruppennamen ein.',
  'rule.group.name.taken': 'Eine Gruppe namens „{name}“ existiert bereits (Groß-/Kleinschreibung wird ignoriert).',
  'rule.pool.range': 'Die erste Nummer muss kleiner oder gleich der letzten sein, beide 0 bis {digits} Ziffern lang.',
  'rule.pool.overlap': 'Die Bereiche {a} und {b} überschneiden sich.',
  'rule.site.name.required': 'Geben Sie einen Namen für den Standort ein.',
  'rule.path.required': 'Geben Sie den Pfad einer Standortdatei ein.',
  'rule.host.format':
    'Geben Sie einen Hostnamen (zum Beispiel ldap.example.com) oder eine IP-Adresse (zum Beispiel 10.0.0.5) ein, ohne Protokoll und Port.',
  'rule.port.range': 'Ein Port ist eine ganze Zahl von {min} bis {max} (zum Beispiel 389, 636 oder 8443).',
  'rule.domain.format': 'Geben Sie eine Domain wie example.com ein, ohne Protokoll oder Pfad.',
  'rule.guid.format': 'Geben Sie eine GUID wie 0f8fad5b-d9cb-469f-a165-70867728950e ein (32 Hexadezimalziffern in Gruppen zu 8-4-4-4-12).',
  'rule.url.https': 'Geben Sie eine URL ein, die mit https:// beginnt und einen Host nennt (zum Beispiel https://callisto.example.com/notify).',
  'rule.invalid': 'Dieser Wert ist ungültig.',
};
