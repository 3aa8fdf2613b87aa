import type { importMessages as english } from '../../messages/import.js';
import type { Translation } from '../../translation.js';

/** The import ledger, the import engine and their refusals, in German. */
export const importMessages: Translation<typeof english> = {
  'rule.import.match.required': 'Markieren Sie mindestens ein Feld, das einen vorhandenen Benutzer identifiziert.',
  'rule.import.mappingName.required': 'Geben Sie der Zuordnung einen Namen.',
  'import.undo.notFound': 'Dieser Import existiert nicht mehr.',
  'import.undo.already': 'Dieser Import wurde bereits am {at} rückgängig gemacht.',
  'import.undo.notLatest': 'Nur der letzte Import kann rückgängig gemacht werden. Machen Sie zuerst die späteren Importe rückgängig.',
  'import.undo.clash':
    'Der Import kann nicht rückgängig gemacht werden: Benutzername oder Nummer von „{username}“ wird jetzt von einem anderen Benutzer verwendet. Benennen Sie diesen Benutzer um und versuchen Sie es erneut.',

  'import.file.notFound': 'Unter {path} gibt es keine Datei. Prüfen Sie den Pfad und wählen Sie die Datei erneut.',
  'import.file.notAFile': '{path} ist ein Ordner, keine Datei. Wählen Sie die CSV-Datei darin.',
  'import.file.unreadable': 'Die Datei {path} konnte nicht gelesen werden. Prüfen Sie, ob sie existiert und ob Sie sie öffnen dürfen.',
  'import.file.empty': 'Die Datei ist leer: Es gibt nichts zu importieren.',
  'import.file.headerOnly': 'Die Datei hat eine Kopfzeile, aber darunter keine Benutzer.',
  'import.file.binary':
    'Dies ist keine Textdatei: Sie enthält Binärdaten (etwa Nullbytes). Wählen Sie eine CSV- oder Textdatei, zum Beispiel eine mit „Speichern unter… CSV“ gespeicherte.',
  'import.file.spreadsheet':
    'Dies ist eine Tabellenkalkulationsmappe, keine CSV-Datei. Öffnen Sie sie im Tabellenkalkulationsprogramm, speichern Sie sie als CSV und importieren Sie diese Datei.',
  'import.file.unterminatedQuote':
    'Zeile {line} öffnet einen Wert in Anführungszeichen (er beginnt mit "), der nie geschlossen wird, sodass der Rest der Datei als ein einziger Wert gelesen würde. Schließen Sie das Anführungszeichen oder verdoppeln Sie ein Anführungszeichen, das zum Text gehört (""), und importieren Sie erneut.',
  'import.file.valueTooLong':
    'Zeile {line} enthält einen Wert in Anführungszeichen mit mehr als {max} Zeichen, mehr als Roster in einer Zeile liest. Kürzen Sie diesen Wert (ein Benutzerfeld fasst höchstens einige tausend Zeichen) und importieren Sie erneut.',
  'import.file.recordTooLong':
    'Die Zeile ab Zeile {line} ist länger als {max} Zeichen. Die Datei ist wahrscheinlich nicht wie gewählt getrennt, oder ein Anführungszeichen ist nicht geschlossen.',
  'import.file.tooManyColumns':
    'Zeile {line} hat mehr als {max} Spalten; Roster liest höchstens {max}. Entfernen Sie die Spalten, die Sie nicht brauchen.',
  'import.file.tooManyRows': 'Die Datei hat mehr als {max} Zeilen. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.',
  'import.xivo.needsHeader': 'Eine XiVO-Datei beginnt mit einer Zeile mit Spaltennamen. Markieren Sie „Erste Zeile enthält Spaltenüberschriften“.',

  'import.mapping.usernameMissing': 'Wählen Sie die Spalte mit dem Benutzernamen: Jeder Benutzer braucht einen.',
  'import.mapping.twice': 'Dieses Feld wird bereits aus der Spalte „{column}“ gefüllt. Wählen Sie ein anderes Feld oder ignorieren Sie diese Spalte.',
  'import.match.notMapped':
    'Keine Spalte füllt dieses Feld, daher kann es keine vorhandenen Benutzer identifizieren. Entfernen Sie die Markierung oder ordnen Sie ihm eine Spalte zu.',

  'import.row.fewerFields': {
    one: 'Diese Zeile hat {count} Wert, die Kopfzeile aber {expected}: Möglicherweise fehlt ein Trennzeichen oder Zeilenumbruch oder ist zu viel.',
    other: 'Diese Zeile hat {count} Werte, die Kopfzeile aber {expected}: Möglicherweise fehlt ein Trennzeichen oder Zeilenumbruch oder ist zu viel.',
  },
  'import.row.moreFields': {
    one: 'Diese Zeile hat {count} Wert, die Kopfzeile aber {expected}: Möglicherweise enthält ein Wert ein Trennzeichen ohne Anführungszeichen.',
    other: 'Diese Zeile hat {count} Werte, die Kopfzeile aber {expected}: Möglicherweise enthält ein Wert ein Trennzeichen ohne Anführungszeichen.',
  },
  'import.row.byteOrderMark':
    'Diese Zeile enthält eine unsichtbare Byte-Order-Mark, wie sie beim Zusammenfügen zweier Dateien zurückbleibt. Entfernen Sie sie (und eine wiederholte Kopfzeile).',
  'import.row.undecodable':
    'Diese Zeile enthält Bytes, die kein gültiger {encoding}-Text sind. Stammt die Datei aus Excel oder einem anderen Windows-Programm, wählen Sie die Codierung Windows-1252.',
  'import.value.language':
    '„{value}“ ist keine Sprache, die Roster kennt. Verwenden Sie 1 bis 5 (1 Englisch, 2 Deutsch, 3 Französisch, 4 Italienisch, 5 Spanisch), einen Namen wie German oder ein Gebietsschema wie de_DE.',
  'import.value.boolean': '„{value}“ ist weder Ja noch Nein. Verwenden Sie 1 oder 0, ja oder nein, true oder false.',
  'import.group.unknown':
    'Es gibt keine Benutzergruppe namens „{name}“. Markieren Sie „Noch nicht vorhandene Gruppen aus der Datei anlegen“, legen Sie sie unter „Benutzergruppen“ an oder korrigieren Sie den Namen.',
  'import.group.badName': '„{name}“ kann kein Gruppenname sein: Ein Name hat 1 bis 64 Zeichen und keine Steuerzeichen.',
  'import.match.keyMissing':
    'Passwörter und PINs können auf diesem Rechner keine vorhandenen Benutzer identifizieren: Der Standortschlüssel fehlt. Entfernen Sie bei den identifizierenden Feldern die Markierung von „Passwort“ und „Benutzer-PIN“ oder öffnen Sie den Standort dort, wo sein Schlüssel liegt.',
  'import.duplicate.inFile':
    'Derselbe Benutzer wie in Zeile {firstLine} (die identifizierenden Felder sind gleich). Nur der erste davon wird importiert.',
  'import.duplicate.ambiguous': {
    one: 'Diese Zeile passt zu {count} vorhandenen Benutzer, daher kann Roster nicht erkennen, welcher aktualisiert werden soll. Markieren Sie weitere identifizierende Felder.',
    other:
      'Diese Zeile passt zu {count} vorhandenen Benutzern, daher kann Roster nicht erkennen, welcher aktualisiert werden soll. Markieren Sie weitere identifizierende Felder.',
  },
  'import.username.takenInFile':
    'Der Benutzername „{username}“ ist bereits durch Zeile {line} dieser Datei belegt (Groß-/Kleinschreibung wird ignoriert).',
  'import.number.takenInFile': 'Die Nummer {number} ist bereits durch Zeile {line} dieser Datei belegt.',
  'import.xivo.required': 'Der XiVO-Abschnitt {section} braucht „{column}“, sobald eine seiner Spalten gefüllt ist.',
  'import.xivo.int': 'XiVO erwartet in „{column}“ eine ganze Zahl, nicht „{value}“.',
  'import.xivo.bool': 'XiVO erwartet in „{column}“ 0 oder 1, nicht „{value}“.',
  'import.xivo.enum': 'XiVO akzeptiert „{value}“ in „{column}“ nicht. Verwenden Sie einen dieser Werte: {allowed}.',
  'import.xivo.voicemailLanguage': 'Eine Voicemail braucht eine Sprache: Füllen Sie „language“ (zum Beispiel en_US).',
  'import.xivo.clientNeeds': 'Wenn enableclient auf 1 steht, braucht XiVO auch „{column}“.',
  'import.xivo.sipOnly': '„{column}“ gilt nur für SIP-Leitungen; diese Leitung verwendet SCCP.',

  'import.busy': 'Ein anderer Import oder eine Vorschau läuft. Warten Sie, bis er beendet ist, oder brechen Sie ihn ab.',
  'import.running':
    'Ein Import wird gerade in diesen Standort geschrieben. Warten Sie, bis er beendet ist (oder brechen Sie ihn ab), und versuchen Sie es dann erneut.',
  'import.cancelled': 'Der Import wurde abgebrochen. Es wurde nichts geändert.',
  'import.worker.failed': 'Der Import wurde unerwartet beendet. Es wurde nichts geändert; versuchen Sie es erneut.',
  'import.worker.outOfMemory':
    'Dem Import ging der Arbeitsspeicher aus, er wurde gestoppt. Es wurde nichts geändert; teilen Sie die Datei auf und importieren Sie die Teile nacheinander.',
  'import.site.outdated':
    'Die Standortdatei wurde, während sie geöffnet war, von einer neueren Roster-Version geändert. Öffnen Sie sie erneut und importieren Sie dann.',
  'import.undo.cancelled': 'Das Rückgängigmachen wurde abgebrochen. Der Import bleibt bestehen: Es wurde nichts geändert.',
};
