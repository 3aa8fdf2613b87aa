import type { cucmImportMessages as english } from '../../messages/cucm-import.js';
import type { Translation } from '../../translation.js';

/** Text of the CUCM import, in German. */
export const cucmImportMessages: Translation<typeof english> = {
  'cucmImport.sql.tooLong': 'Der SQL-Filter ist zu lang (höchstens {max} Zeichen).',
  'cucmImport.sql.unterminatedText':
    "Diesem Text fehlt das schließende Anführungszeichen. Beenden Sie ihn mit ' (schreiben Sie '' für ein Anführungszeichen im Text).",
  'cucmImport.sql.doubleQuotes': "Setzen Sie Text in einfache Anführungszeichen, etwa 'support'. Doppelte Anführungszeichen werden nicht verwendet.",
  'cucmImport.sql.typographicQuotes':
    "Verwenden Sie das einfache gerade Anführungszeichen ' um Text, kein typografisches (wird oft von Textverarbeitungen eingefügt).",
  'cucmImport.sql.unquotedNumber': "Zahlen werden als Text verglichen: Schreiben Sie '{number}' mit einfachen Anführungszeichen.",
  'cucmImport.sql.unexpectedCharacter': '„{character}“ hat hier keine Bedeutung.',
  'cucmImport.sql.unknownField': '„{name}“ ist kein Feld. Die Felder sind {fields}.',
  'cucmImport.sql.conditionOnly': 'Schreiben Sie nur die Bedingung, ohne {word}.',
  'cucmImport.sql.expectedCondition': 'Hier wird eine Bedingung erwartet: ein Feld wie usr_Department, NOT oder eine öffnende Klammer.',
  'cucmImport.sql.expectedOperator': 'Nach {operand} wird ein Vergleich erwartet: =, <>, <, <=, >, >=, LIKE, IN, BETWEEN oder IS NULL.',
  'cucmImport.sql.expectedValue': "Hier wird ein Wert erwartet: Text in einfachen Anführungszeichen wie 'support' oder ein Feld.",
  'cucmImport.sql.expectedPattern': "LIKE braucht ein Muster in einfachen Anführungszeichen, etwa '%@example.com'.",
  'cucmImport.sql.expectedList': "IN braucht eine Liste in Klammern, etwa ('sales', 'support').",
  'cucmImport.sql.expectedListItem': "In der Liste wird ein Wert in einfachen Anführungszeichen erwartet, etwa 'sales'.",
  'cucmImport.sql.expectedListSeparator': 'In der Liste wird ein Komma oder eine schließende Klammer erwartet.',
  'cucmImport.sql.expectedNull': 'Auf IS muss NULL oder NOT NULL folgen.',
  'cucmImport.sql.expectedBetweenAnd': "BETWEEN braucht AND zwischen seinen beiden Werten, etwa BETWEEN '1000' AND '1999'.",
  'cucmImport.sql.expectedNegatable': 'Auf NOT muss hier LIKE, IN oder BETWEEN folgen.',
  'cucmImport.sql.expectedConnector': 'Hier wird AND, OR, eine schließende Klammer oder das Ende des Filters erwartet.',
  'cucmImport.sql.expectedCloseParen': 'Hier fehlt eine schließende Klammer.',
  'cucmImport.sql.unmatchedParen': 'Zu dieser schließenden Klammer gibt es keine öffnende.',
  'cucmImport.sql.tooDeep': 'Der Filter verschachtelt Klammern oder NOT tiefer als {max} Ebenen.',

  'cucmImport.xml.tooLong': 'Der XML-Filter ist zu lang (höchstens {max} Zeichen).',
  'cucmImport.xml.controlCharacter': 'Der XML-Filter enthält ein Steuerzeichen.',
  'cucmImport.xml.bareAmpersand': 'Schreiben Sie & als &amp;.',
  'cucmImport.xml.entity': '&{entity}; wird nicht akzeptiert. Verwenden Sie &amp; &lt; &gt; &quot; &apos; oder eine Zeichennummer wie &#38;.',
  'cucmImport.xml.unclosedComment': 'Dieser Kommentar ist nicht mit --> geschlossen.',
  'cucmImport.xml.declaration': 'Deklarationen (<!DOCTYPE …>, <![CDATA[ …) werden nicht akzeptiert: Schreiben Sie nur Elemente und ihre Werte.',
  'cucmImport.xml.processingInstruction':
    'Verarbeitungsanweisungen wie <?xml …?> sind nicht nötig: Beginnen Sie mit <searchCriteria> oder einem Kriterium.',
  'cucmImport.xml.badTag': 'Dieses Tag ist nicht wohlgeformt. Schreiben Sie ein Kriterium als <lastName>S%</lastName>.',
  'cucmImport.xml.attribute': 'Attribute (und Namespaces) werden nicht akzeptiert: Schreiben Sie <{name}> nur mit seinem Wert.',
  'cucmImport.xml.unknownElement': 'Die Benutzersuche von CUCM kennt kein Kriterium <{name}>. Verwenden Sie {elements}.',
  'cucmImport.xml.nested': 'In <{name}> darf nur sein Wert stehen.',
  'cucmImport.xml.rootOnce': '<searchCriteria> darf nur einmal vorkommen, um alle Kriterien herum.',
  'cucmImport.xml.outsideRoot': '<{name}> muss wie die anderen Kriterien innerhalb von <searchCriteria> stehen.',
  'cucmImport.xml.duplicate': '<{name}> kommt doppelt vor. Geben Sie jedes Kriterium nur einmal an.',
  'cucmImport.xml.emptyValue': '<{name}> braucht einen Wert. Verwenden Sie % als Platzhalter; % allein trifft auf jeden Benutzer zu.',
  'cucmImport.xml.valueTooLong': 'Der Wert von <{name}> ist zu lang (höchstens {max} Zeichen).',
  'cucmImport.xml.textOutside': 'Text muss der Wert eines Kriteriums sein, etwa <lastName>S%</lastName>.',
  'cucmImport.xml.unclosed': '<{name}> ist nicht geschlossen: Ergänzen Sie </{name}>.',
  'cucmImport.xml.mismatchedEnd': '</{found}> schließt nicht <{expected}>: Schreiben Sie </{expected}>.',
  'cucmImport.xml.unexpectedEnd': '</{name}> schließt nichts.',

  'cucmImport.busy': 'Eine Vorschau liest bereits aus CUCM. Warten Sie darauf oder brechen Sie sie ab.',
  'cucmImport.siteChanged': 'Während die Benutzer aus CUCM gelesen wurden, wurde ein anderer Standort geöffnet. Erstellen Sie die Vorschau erneut.',
  'cucmImport.previewGone': 'Diese Vorschau ist nicht mehr verfügbar. Erstellen Sie die Vorschau erneut.',
  'cucmImport.compare.failed':
    'Der Vergleich der aus CUCM gelesenen Benutzer mit diesem Standort wurde unerwartet beendet. Es wurde nichts geändert; erstellen Sie die Vorschau erneut.',
  'cucmImport.compare.outOfMemory':
    'Beim Vergleich der aus CUCM gelesenen Benutzer ging der Arbeitsspeicher aus, er wurde gestoppt. Es wurde nichts geändert; schränken Sie den XML-Filter ein, damit CUCM weniger Benutzer liefert, und erstellen Sie die Vorschau erneut.',
  'cucmImport.stale':
    'Der Standort hat sich seit dieser Vorschau geändert. Erstellen Sie die Vorschau erneut, um zu sehen, was der Import jetzt tun würde.',
  'cucmImport.problem.duplicate': 'CUCM hat die Benutzer-ID {username} doppelt geliefert (auch in Zeile {line}); sie wird einmal importiert.',
  'cucmImport.read.busy':
    'Das Lesen der Endbenutzer aus CUCM wurde gestoppt: CUCM blieb {seconds} s lang ausgelastet (HTTP 503 oder „Maximum AXL Memory Allocation Consumed“), nach {users} Benutzern auf {pages} Seiten. Es wurde nichts geändert und keine Vorschau erstellt. Versuchen Sie es später erneut, wenn weniger Anwendungen AXL nutzen (Massenverwaltung, andere Importe).',
  'cucmImport.read.stopped':
    'Das Lesen der Endbenutzer aus CUCM wurde gestoppt: CUCM antwortete nach {users} Benutzern auf {pages} Seiten nicht mehr ({tries} Versuche). Es wurde nichts geändert und keine Vorschau erstellt. Prüfen Sie, ob der Publisher läuft und erreichbar ist, und erstellen Sie die Vorschau erneut.',
  'cucmImport.read.changed':
    'Das Lesen der Endbenutzer aus CUCM wurde gestoppt: Die Endbenutzer haben sich in CUCM während des Lesens geändert (nach {users} Benutzern). Es wurde nichts geändert und keine Vorschau erstellt. Erstellen Sie die Vorschau erneut, wenn niemand Endbenutzer hinzufügt oder löscht.',
  'cucmImport.read.short':
    'Das Lesen der Endbenutzer aus CUCM wurde gestoppt: CUCM meldete mindestens {total} passende Endbenutzer, aber seine Seiten endeten nach {users}. Es wurde nichts geändert und keine Vorschau erstellt. Erstellen Sie die Vorschau erneut; tritt das wieder auf, prüfen Sie den AXL-Dienst von CUCM.',
  'cucmImport.read.gap':
    'Das Lesen der Endbenutzer aus CUCM wurde gestoppt: Die Zeilen {from} bis {to} wurden nie beantwortet. Es wurde nichts geändert und keine Vorschau erstellt. Erstellen Sie die Vorschau erneut.',
  'cucmImport.read.failed':
    'Das Lesen der Endbenutzer aus CUCM wurde unerwartet beendet. Es wurde nichts geändert und keine Vorschau erstellt; erstellen Sie die Vorschau erneut.',
  'cucmImport.read.noEnd':
    'Das Lesen der Endbenutzer aus CUCM wurde nicht abgeschlossen (nach {users} Benutzern). Es wurde nichts geändert und keine Vorschau erstellt. Erstellen Sie die Vorschau erneut.',
  'cucmImport.read.tooMany':
    'Das Lesen der Endbenutzer aus CUCM wurde gestoppt: {asked} Benutzer angefragt, CUCM lieferte {found}. So antwortet CUCM nicht; prüfen Sie, ob Publisher und Port unter Einstellungen > CUCM auf den AXL-Dienst von CUCM zeigen.',
  'cucmImport.threshold.range': 'Geben Sie eine ganze Zahl aus dem angezeigten Bereich ein.',
  'cucmImport.massDelete.typeCount':
    'Geben Sie die Anzahl der zu löschenden Benutzer ({count}) ein, um sie zu löschen, oder deaktivieren Sie sie stattdessen.',
  'cucmImport.massDelete.wrongCount':
    'Das ist nicht die Anzahl der zu löschenden Benutzer. Geben Sie {count} ein oder deaktivieren Sie sie stattdessen.',
  'nav.cucmImport': 'Import aus CUCM',
  'cucmImport.title': 'Import aus CUCM',
  'cucmImport.open': 'Aus CUCM importieren',
  'cucmImport.intro':
    'Liest die Endbenutzer des Cisco Unified Communications Manager und zeigt, was sich in diesem Standort ändern würde. Nichts ändert sich, bevor Sie anwenden. Früher aus CUCM importierte Benutzer, die die Filter nicht mehr liefern, werden gelöscht; manuell erfasste oder aus einer Datei importierte Benutzer werden nie geändert.',
  'cucmImport.publisher': 'Die Endbenutzer werden von {publisher} gelesen (Einstellungen > CUCM).',
  'cucmImport.notConfigured.title': 'CUCM ist nicht konfiguriert',
  'cucmImport.notConfigured.message':
    'Geben Sie unter Einstellungen > CUCM den Publisher, den AXL-Benutzer und sein Passwort ein, testen Sie die Verbindung und kehren Sie dann hierher zurück.',
  'cucmImport.notConfigured.open': 'Einstellungen > CUCM öffnen',
  'cucmImport.save': 'Filter speichern',
  'cucmImport.saveHint': 'Ctrl+S. Jeder Import speichert außerdem die Filter und die Zuordnung, mit denen er lief.',
  'cucmImport.saved': 'Filter und Zuordnung gespeichert.',
  'settings.section.cucmImport': 'CUCM-Import',
  'field.xmlFilter': 'XML-Filter',
  'field.sqlFilter': 'SQL-Filter',
  'field.deleteThresholdPercent': 'Massenlöschung: Anteil der CUCM-Benutzer',
  'field.deleteThresholdUsers': 'Massenlöschung: Anzahl Benutzer',
  'cucmMapping.firstName': 'Zuordnung von Vorname',
  'cucmMapping.lastName': 'Zuordnung von Nachname',
  'cucmMapping.department': 'Zuordnung von Abteilung',
  'cucmMapping.email': 'Zuordnung von E-Mail',
  'cucmMapping.language': 'Zuordnung von Sprache',
  'cucmMapping.mobile': 'Zuordnung von Mobil',
  'cucmMapping.pager': 'Zuordnung von Pager',
  'cucmMapping.phone': 'Zuordnung von Telefon',
  'cucmMapping.number': 'Zuordnung von Nummer',
  'cucmMapping.phones': 'Zuordnung von Telefone',

  'cucmImport.section.filters': 'Filter',
  'cucmImport.xml.label': 'XML-Filter (von CUCM angewendet)',
  'cucmImport.xml.hint':
    'Wird an CUCM gesendet, das die Endbenutzer auswählt: die Suchkriterien von listUser in AXL, als ganzes <searchCriteria>-Element oder nur die Kriterien darin. Kriterien: firstName, lastName, userid, department, je einmal, % als Platzhalter; alle müssen zutreffen. Leer: alle Endbenutzer.',
  'cucmImport.sql.label': 'SQL-Filter (danach von Roster angewendet)',
  'cucmImport.sql.hint':
    "Wird von Roster auf die von CUCM gelieferten Benutzer angewendet: eine Bedingung wie usr_Department = 'support'. Groß- und Kleinschreibung sind gleich, Zahlen werden als Text verglichen, und ein leerer Wert ist NULL. Leer: alle Benutzer behalten.",
  'cucmImport.reference': 'Felder und Operatoren',
  'cucmImport.reference.fields': 'Felder des SQL-Filters',
  'cucmImport.reference.field': 'Feld',
  'cucmImport.reference.value': 'Wert aus CUCM',
  'cucmImport.reference.usr_Name': 'Benutzer-ID (userid)',
  'cucmImport.reference.usr_FirstName': 'Vorname (firstName)',
  'cucmImport.reference.usr_LastName': 'Nachname (lastName)',
  'cucmImport.reference.usr_eMail': 'Mail-ID (mailid); usr_Email ist dasselbe Feld',
  'cucmImport.reference.usr_PhoneNumber': 'Telefonnummer (telephoneNumber)',
  'cucmImport.reference.usr_Department': 'Abteilung (department)',
  'cucmImport.reference.usr_PhoneMac':
    'Der Gerätename des Tischtelefons, SEP und seine MAC-Adresse, z. B. SEP002304342534 (das erste zugeordnete Telefon; NULL, wenn der Benutzer keines hat)',
  'cucmImport.reference.operators': 'Vergleichen',
  'cucmImport.reference.combine': 'Verknüpfen',
  'cucmImport.reference.text': 'Text',
  'cucmImport.reference.textValue': "in einfachen Anführungszeichen: 'support'; ein Anführungszeichen darin wird doppelt geschrieben: 'O''Brien'",
  'cucmImport.reference.likeValue': 'LIKE: % beliebiger Text, _ ein Zeichen',
  'cucmImport.example': 'Beispiel einfügen',
  'cucmImport.xml.exampleHint': 'Support-Mitarbeitende, deren Nachname mit S beginnt',
  'cucmImport.sql.exampleHint': 'Support-Mitarbeitende mit einer Telefonnummer von 1000 bis 1999 und einer Adresse bei company.domain',
  'cucmImport.filter.at': 'Zeile {line}, Spalte {column}: {message}',
  'cucmImport.filter.marker': 'Stelle des Problems',

  'cucmImport.section.mapping': 'Feldzuordnung',
  'cucmImport.mapping.intro':
    'Welches CUCM-Feld welches Roster-Feld füllt. Ein nicht importiertes Feld behält bei früher importierten Benutzern seinen Wert und erhält bei neuen Benutzern den Standardwert.',
  'cucmImport.mapping.tableLabel': 'Feldzuordnung von CUCM zu Roster',
  'cucmImport.mapping.roster': 'Roster-Feld',
  'cucmImport.mapping.cucm': 'CUCM-Feld',
  'cucmImport.mapping.select': 'CUCM-Feld für {field}',
  'cucmImport.mapping.username': 'Benutzer-ID (userid), immer: Der nächste Import erkennt den Benutzer daran',
  'cucmImport.mapping.none': 'Nicht importiert',
  'cucmImport.mapping.languageHint':
    'Englische, deutsche, französische, italienische und spanische Gebietsschemas jedes Landes; andere ergeben die Standardsprache.',
  'cucmImport.mapping.phonesHint':
    'Alle dem Endbenutzer zugeordneten Geräte; ein bereits in Roster vorhandenes Telefon behält Modell und Hauptleitung.',
  'cucmImport.source.firstName': 'Vorname (firstName)',
  'cucmImport.source.lastName': 'Nachname (lastName)',
  'cucmImport.source.mailid': 'Mail-ID (mailid)',
  'cucmImport.source.department': 'Abteilung (department)',
  'cucmImport.source.telephoneNumber': 'Telefonnummer (telephoneNumber)',
  'cucmImport.source.primaryExtension': 'Primäre Nebenstelle (primaryExtension)',
  'cucmImport.source.mobileNumber': 'Mobilnummer (mobileNumber)',
  'cucmImport.source.pagerNumber': 'Pager-Nummer (pagerNumber)',
  'cucmImport.source.userid': 'Benutzer-ID (userid)',
  'cucmImport.source.userLocale': 'Gebietsschema (userLocale)',
  'cucmImport.source.associatedDevices': 'Zugeordnete Geräte (associatedDevices)',
  'cucmImport.newUsers.local': 'Neue Benutzer erhalten lokale Authentifizierung, die Standardwerte sowie Anfangspasswort und -PIN der Standardwerte.',
  'cucmImport.newUsers.cucm': 'Neue Benutzer melden sich mit CUCM-Authentifizierung an (Einstellungen > Endbenutzer) und erhalten die Standardwerte.',

  'cucmImport.preview': 'Vorschau',
  'cucmImport.previewAgain': 'Vorschau erneuern',
  'cucmImport.fixFilters': 'Korrigieren Sie zuerst die Filter.',
  'cucmImport.progress.fetching': {
    one: 'Lesen aus CUCM: {count} Seite, bisher {users} Benutzer…',
    other: 'Lesen aus CUCM: {count} Seiten, bisher {users} Benutzer…',
  },
  'cucmImport.progress.starting': 'Verbindung zu CUCM wird hergestellt…',
  'cucmImport.progress.filtering': 'Lesen abgeschlossen: {users} Endbenutzer. SQL-Filter wird angewendet…',
  'cucmImport.progress.comparing': 'Die {users} vom SQL-Filter behaltenen Endbenutzer werden mit diesem Standort verglichen…',
  'cucmImport.progress.waiting.busy':
    'CUCM ist ausgelastet, neuer Versuch in {seconds} s. Bisher {users} Benutzer gelesen; durch das Warten geht nichts verloren.',
  'cucmImport.progress.waiting.memory':
    'CUCM fehlt AXL-Speicher (andere Anwendungen nutzen ihn), neuer Versuch in {seconds} s. Bisher {users} Benutzer gelesen; durch das Warten geht nichts verloren.',
  'cucmImport.progress.waiting.connection': 'CUCM hat nicht geantwortet, neuer Versuch in {seconds} s. Bisher {users} Benutzer gelesen.',
  'cucmImport.progress.stage': 'Schritt {step} von 3: {name}',
  'cucmImport.stage.read': 'aus CUCM lesen',
  'cucmImport.stage.filter': 'SQL-Filter',
  'cucmImport.stage.compare': 'mit diesem Standort vergleichen',
  'cucmImport.progress.label': 'Lesen aus CUCM',
  'cucmImport.cancel': 'Abbrechen',
  'cucmImport.cancelling': 'Wird abgebrochen…',

  'cucmImport.section.preview': 'Vorschau',
  'cucmImport.unchanged': {
    one: '{count} früher importierter Benutzer ist aktuell.',
    other: '{count} früher importierte Benutzer sind aktuell.',
  },
  'cucmImport.outdated': 'Filter oder Zuordnung haben sich seit dieser Vorschau geändert. Erneuern Sie die Vorschau vor dem Anwenden.',
  'cucmImport.list.add': 'Neu',
  'cucmImport.list.update': 'Zu aktualisieren',
  'cucmImport.list.delete': 'Zu löschen',
  'cucmImport.list.conflict': 'Konflikte',
  'cucmImport.list.problem': 'Probleme',
  'cucmImport.list.add.intro': 'Neue Benutzer, so wie sie gespeichert werden.',
  'cucmImport.list.update.intro': 'Früher aus CUCM importierte Benutzer, deren Felder sich in CUCM geändert haben.',
  'cucmImport.list.delete.intro':
    'Früher aus CUCM importierte Benutzer, die die Filter nicht mehr liefern. Sie werden nach „Gelöschte Benutzer“ verschoben und können dort wiederhergestellt werden.',
  'cucmImport.list.conflict.intro':
    'CUCM hat einen Benutzer dieses Namens, aber der Roster-Benutzer wurde manuell erfasst oder aus einer Datei importiert. Er bleibt unverändert.',
  'cucmImport.list.problem.intro':
    'Nicht importiert: Ihre Werte verletzen die Regeln des Benutzereditors oder kollidieren mit einem anderen Benutzer. Korrigieren Sie sie in CUCM oder ändern Sie die Zuordnung.',
  'cucmImport.list.empty': 'Keine.',
  'cucmImport.col.changes': 'Änderungen',
  'cucmImport.col.problem': 'Problem',
  'cucmImport.change': '{field}: {before} → {after}',
  'cucmImport.problem.at': '{field}: {message}',

  'cucmImport.apply': 'Import anwenden',
  'cucmImport.apply.nothing': 'Nichts zu ändern: Dieser Standort stimmt bereits mit CUCM überein.',
  'cucmImport.confirm.title': 'Import anwenden?',
  'cucmImport.confirm.adds': {
    zero: 'Es wird kein Benutzer hinzugefügt.',
    one: '{count} Benutzer wird hinzugefügt.',
    other: '{count} Benutzer werden hinzugefügt.',
  },
  'cucmImport.confirm.updates': {
    zero: 'Es wird kein Benutzer aktualisiert.',
    one: '{count} Benutzer wird aktualisiert.',
    other: '{count} Benutzer werden aktualisiert.',
  },
  'cucmImport.confirm.deletes': {
    zero: 'Es wird kein Benutzer gelöscht.',
    one: '{count} früher aus CUCM importierter Benutzer wird gelöscht.',
    other: '{count} früher aus CUCM importierte Benutzer werden gelöscht.',
  },
  'cucmImport.confirm.undo': 'Der Import wird festgehalten und kann als Ganzes rückgängig gemacht werden.',
  'cucmImport.massDelete.title': '{count} Benutzer löschen?',
  'cucmImport.massDelete.message':
    'Dieser Import würde {count} der {imported} aus CUCM importierten Benutzer entfernen: mehr als die {threshold}, die er mit einem Klick entfernen darf (Massenlöschung in den Filtern). Das Lesen aus CUCM war vollständig ({read} Endbenutzer), CUCM liefert diese Benutzer für die Filter also nicht mehr. Wenn Sie das nicht erwarten, brechen Sie ab und prüfen Sie die Filter.',
  'cucmImport.massDelete.choice': 'Was soll mit diesen Benutzern geschehen?',
  'cucmImport.massDelete.disable': 'Die {count} Benutzer deaktivieren',
  'cucmImport.massDelete.disableHint':
    'Sie bleiben im Standort, können sich aber nicht anmelden. Nichts geht verloren; „Rückgängig“ aktiviert sie wieder.',
  'cucmImport.massDelete.delete': 'Die {count} Benutzer löschen',
  'cucmImport.massDelete.deleteHint':
    'Sie werden nach „Gelöschte Benutzer“ verschoben und können dort wiederhergestellt werden. „Rückgängig“ holt sie zurück.',
  'cucmImport.massDelete.typeLabel': 'Zur Bestätigung die Anzahl der zu löschenden Benutzer ({count}) eingeben',
  'cucmImport.massDelete.applyDelete': 'Anwenden und {count} Benutzer löschen',
  'cucmImport.massDelete.applyDisable': 'Anwenden und {count} Benutzer deaktivieren',
  'cucmImport.failed.title': 'Die Vorschau wurde beim Schritt „{step}“ gestoppt',
  'cucmImport.failed.safe': 'In diesem Standort wurde nichts geändert, und wegen eines unvollständigen Lesens wird kein Benutzer gelöscht.',
  'cucmImport.readComplete': {
    one: 'Lesen abgeschlossen: {users} Endbenutzer von {publisher} auf {count} Seite gelesen ({seconds} s); laut CUCM gibt es keine weiteren.',
    other: 'Lesen abgeschlossen: {users} Endbenutzer von {publisher} auf {count} Seiten gelesen ({seconds} s); laut CUCM gibt es keine weiteren.',
  },
  'cucmImport.readWaited':
    'CUCM war {busy}-mal ausgelastet ({waited} s gewartet) und hat {throttled} Seiten als zu groß abgelehnt; alle wurden erneut angefragt.',
  'cucmImport.kept': 'Der SQL-Filter hat {matched} Benutzer behalten.',
  'cucmImport.shared.title': {
    one: '{count} Benutzer würde eine Nummer erhalten, die auch ein anderer Benutzer hat (eine gemeinsame Leitung)',
    other: '{count} Benutzer würden eine Nummer erhalten, die auch ein anderer Benutzer hat (gemeinsame Leitungen)',
  },
  'cucmImport.shared.intro': 'Sie sind in den Listen unten markiert. Beim Anwenden:',
  'cucmImport.shared.keep': 'Gemeinsame Nummern beibehalten (jeder Benutzer erhält die Nummer aus CUCM)',
  'cucmImport.shared.omit': 'Diese Benutzer ohne die gemeinsame Nummer importieren (der erste Inhaber behält sie)',
  'cucmImport.sharedWith': 'Gemeinsam mit {usernames}',
  'cucmImport.overThreshold':
    'Mehr zu löschende Benutzer als der Schwellenwert ({threshold}): Beim Anwenden müssen Sie deren Anzahl eingeben oder sie stattdessen deaktivieren.',
  'cucmImport.section.deletion': 'Massenlöschung',
  'cucmImport.deletion.intro':
    'Ein Import, der mehr aus CUCM importierte Benutzer löschen würde als beide Grenzen zulassen, verlangt die Eingabe der Anzahl zu löschender Benutzer und bietet an, sie stattdessen zu deaktivieren.',
  'cucmImport.deletion.percent': 'Anteil der aus CUCM importierten Benutzer (%)',
  'cucmImport.deletion.percentHint': 'Von 1 bis 100. Standard 10.',
  'cucmImport.deletion.users': 'Anzahl Benutzer',
  'cucmImport.deletion.usersHint': 'Von 1 bis 100.000. Standard 50. Es gilt die größere der beiden Grenzen.',
  'cucmImport.confirm.apply': 'Anwenden',
  'cucmImport.result.title': 'Import angewendet',
  'cucmImport.result.message':
    '{created} hinzugefügt, {updated} aktualisiert, {deleted} gelöscht. Nicht importiert: {rejected} mit Problemen, {skipped} im Konflikt mit Benutzern, die nicht aus CUCM stammen.',
  'cucmImport.result.undoneTitle': 'Import rückgängig gemacht',
  'cucmImport.result.undone': 'Der Standort ist wieder so wie vor diesem Import.',
  'cucmImport.result.imports': 'Alle Importe',
  'cucmImport.undo': 'Import rückgängig machen',
  'cucmImport.undo.title': 'Diesen Import rückgängig machen?',
  'cucmImport.undo.message':
    'Von ihm hinzugefügte Benutzer werden entfernt; von ihm aktualisierte oder gelöschte Benutzer erhalten zurück, was sie vorher hatten, einschließlich seither manuell vorgenommener Änderungen.',
  'cucmImport.undo.confirm': 'Import rückgängig machen',
  'cucmImport.undone': 'Import rückgängig gemacht.',
};
