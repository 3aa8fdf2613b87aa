import type { exportMessages as english } from '../../messages/export.js';
import type { Translation } from '../../translation.js';

/** Text of the user export, in German. */
export const exportMessages: Translation<typeof english> = {
  'users.export': 'CSV exportieren…',
  'users.exportHint': 'Alle Benutzer in eine CSV-Datei exportieren',

  'export.title.all': 'Alle Benutzer exportieren',
  'export.title.selection': { one: '{count} ausgewählten Benutzer exportieren', other: '{count} ausgewählte Benutzer exportieren' },
  'export.layout': 'Layout',
  'export.layout.callisto': 'Callisto',
  'export.layout.callisto.hint':
    'Alle Felder des Benutzerdatensatzes, mit den Feldnamen des Callisto-Benutzerformulars als Überschriften. Roster importiert die Datei unverändert wieder. Komma, UTF-8, CRLF.',
  'export.layout.xivo': 'XiVO',
  'export.layout.xivo.hint':
    'Die Benutzerdatei von XiVO: der Benutzerabschnitt und ein Leitungsabschnitt (Kontext „default“, SIP) für Benutzer mit Nummer. XiVO kennt kein Italienisch, diese Sprache bleibt daher leer; Benutzernamen müssen ASCII sein. Pipe, UTF-8 ohne BOM, LF.',
  'export.layout.cucmBat': 'CUCM BAT',
  'export.layout.cucmBat.hint':
    'Die Spaltennamen der Benutzerdatei des CUCM Bulk Administration Tool: die Nummer als PRIMARY EXTENSION, das Telefon als TELEPHONE NUMBER. Komma, UTF-8, CRLF.',
  'export.format': 'Dateiformat',
  'export.format.hint':
    '{layout} liest {own}. Ändern Sie dies nur, wenn die Datei woanders hingeht; Roster merkt sich Ihre letzte Wahl für jedes Layout.',
  'export.format.own': 'Vorgabe des Layouts verwenden',
  'export.delimiter': 'Trennzeichen',
  'export.delimiter.comma': 'Komma ( , )',
  'export.delimiter.semicolon': 'Semikolon ( ; )',
  'export.delimiter.tab': 'Tabulator',
  'export.delimiter.pipe': 'Pipe ( | )',
  'export.encoding': 'Codierung',
  'export.encoding.utf-8': 'UTF-8',
  'export.encoding.utf-8-bom': 'UTF-8 mit BOM',
  'export.encoding.windows-1252': 'Windows-1252',
  'export.encoding.hint':
    'Windows-1252 enthält nur westeuropäische Buchstaben: Enthält der Name eines Benutzers ein anderes Zeichen, listet Roster diese Benutzer auf und schreibt nichts.',
  'export.lineEnding': 'Zeilenenden',
  'export.lineEnding.crlf': 'CRLF (Windows)',
  'export.lineEnding.lf': 'LF (Linux und macOS)',
  'export.forExcel': 'Für Excel',
  'export.forExcel.label': 'Zum Öffnen in Excel: Zellen schützen, die wie Formeln aussehen',
  'export.forExcel.hint':
    'Setzt einen Apostroph vor jeden Wert, der mit = + - oder @ beginnt, damit Excel ihn anzeigt, statt ihn als Formel auszuführen. Die Werte in der Datei ändern sich (aus +41 44 … wird ’+41 44 …): Für eine Datei, die Callisto, XiVO oder CUCM liest, ausgeschaltet lassen.',
  'export.credentials': 'Passwörter und PINs einschließen',
  'export.credentials.hint': 'Im Klartext geschrieben. Nicht markieren, außer das empfangende System benötigt sie.',
  'export.path': 'Speichern unter',
  'export.path.hint': 'Der vollständige Pfad der zu schreibenden CSV-Datei auf diesem Rechner.',
  'export.fileName': 'benutzer-{date}.csv',
  'export.run': 'Exportieren',
  'export.chooseAndRun': 'Exportieren…',
  'export.done': { one: '{count} Benutzer nach {path} exportiert.', other: '{count} Benutzer nach {path} exportiert.' },
  'export.confirmCredentials.title': 'Passwörter und PINs exportieren?',
  'export.confirmCredentials.message':
    'Die Datei wird die Passwörter und PINs der Benutzer im Klartext enthalten. Wer die Datei lesen kann, kann sich als diese Benutzer anmelden. Bewahren Sie sie sicher auf und löschen Sie sie nach der Verwendung.',
  'export.confirmCredentials.confirm': 'Mit Anmeldedaten exportieren',
  'export.replace.title': 'Datei ersetzen?',
  'export.replace.message': '{file} existiert bereits. Beim Ersetzen wird ihr gesamter Inhalt überschrieben.',
  'export.replace.confirm': 'Ersetzen',

  'export.path.folder': 'Dies ist ein Ordner. Ergänzen Sie den Namen der Datei, die darin geschrieben werden soll.',
  'export.error.noFolder': 'Der Ordner {folder} existiert nicht. Wählen Sie einen vorhandenen Ordner.',
  'export.error.write':
    'Roster konnte {file} nicht schreiben. Prüfen Sie, ob der Ordner beschreibbar und die Datei nicht in einem anderen Programm geöffnet ist.',
  'export.error.keyMissing':
    'Die Passwörter und PINs dieses Standorts können auf diesem Rechner nicht gelesen werden (sein Schlüssel fehlt). Exportieren Sie ohne Anmeldedaten oder öffnen Sie den Standort dort, wo sein Schlüssel liegt.',
  'export.error.noUsers': 'Es gibt keinen Benutzer zu exportieren.',
  'export.error.encoding': {
    one: 'Windows-1252 kann {characters} nicht darstellen, verwendet von {count} Benutzer. Es wurde nichts geschrieben. Wählen Sie UTF-8 oder ändern Sie zuerst diese Namen:\n{users}',
    other:
      'Windows-1252 kann {characters} nicht darstellen, verwendet von {count} Benutzern. Es wurde nichts geschrieben. Wählen Sie UTF-8 oder ändern Sie zuerst diese Namen:\n{users}',
  },
  'export.error.asciiUsernames': {
    one: '{layout} akzeptiert nur Benutzernamen aus ASCII-Buchstaben und -Ziffern, und {count} Benutzername enthält andere Zeichen. Es wurde nichts geschrieben. Benennen Sie diesen Benutzer um oder nehmen Sie ihn aus der Auswahl:\n{users}',
    other:
      '{layout} akzeptiert nur Benutzernamen aus ASCII-Buchstaben und -Ziffern, und {count} Benutzernamen enthalten andere Zeichen. Es wurde nichts geschrieben. Benennen Sie diese Benutzer um oder nehmen Sie sie aus der Auswahl:\n{users}',
  },
  'export.error.moreUsers': { one: '\n… und {count} weiterer Benutzer', other: '\n… und {count} weitere Benutzer' },

  'audit.action.export': 'Benutzer exportiert',
  'field.exportRows': 'Benutzer',
  'field.exportLayout': 'Layout',
  'field.exportFormat': 'Format',
  'field.exportCredentials': 'Passwörter und PINs eingeschlossen',
  'field.exportFile': 'Datei',
  'export.error.credentialsDeclined': 'Der Export mit Passwörtern und PINs wurde nicht bestätigt. Es wurde nichts geschrieben.',
  'native.exportCredentials.title': 'Passwörter und PINs exportieren',
  'native.exportCredentials.message': {
    one: 'Passwort und PIN von {count} Benutzer im Klartext nach {file} schreiben?',
    other: 'Passwörter und PINs von {count} Benutzern im Klartext nach {file} schreiben?',
  },
  'native.exportCredentials.detail':
    'Standort: {site}\nOrdner: {folder}\n\nWer diese Datei lesen kann, kann sich als diese Benutzer anmelden. Bewahren Sie sie sicher auf und löschen Sie sie nach der Verwendung.',
  'native.exportCredentials.confirm': 'Mit Passwörtern und PINs exportieren',
  'native.exportCredentials.cancel': 'Abbrechen',
  'export.progress': 'Benutzer werden exportiert…',
  'export.cancelled':
    'Der Export wurde abgebrochen. Es wurde keine Datei geschrieben (eine bereits vorhandene Datei an diesem Ort bleibt unverändert).',
};
