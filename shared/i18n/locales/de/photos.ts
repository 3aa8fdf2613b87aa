import type { photosMessages as english } from '../../messages/photos.js';
import type { Translation } from '../../translation.js';

/** Text of the contact photo cache, in German. */
export const photosMessages: Translation<typeof english> = {
  'rule.photos.attribute':
    'Geben Sie einen LDAP-Attributnamen wie employeeNumber (Buchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben) oder eine OID ein.',
  'rule.photos.attributeRequired': 'Geben Sie das zu vergleichende Verzeichnisattribut ein, zum Beispiel employeeNumber.',

  'error.photos.running': 'Eine Fotosynchronisierung läuft bereits. Warten Sie, bis sie beendet ist, oder brechen Sie sie ab.',
  'error.photos.cancelled': 'Die Fotosynchronisierung wurde abgebrochen. Der Foto-Cache ist unverändert.',
  'error.photos.notConfigured':
    'In den Kontaktfoto-Einstellungen fehlen noch Server oder Basis-DN. Geben Sie sie oben im Bereich „Kontaktfotos“ ein, speichern Sie und synchronisieren Sie erneut.',
  'error.photos.passwordMissing':
    'Die Kontaktfoto-Einstellungen nennen einen Bind-Benutzer, aber es ist kein Bind-Passwort gespeichert. Geben Sie das Passwort im Bereich „Kontaktfotos“ ein, speichern Sie und synchronisieren Sie erneut.',
  'error.photos.passwordUnreadable':
    'Das Bind-Passwort der Kontaktfoto-Einstellungen kann auf diesem Rechner nicht gelesen werden (der Standortschlüssel ist nicht in seinem Schlüsselbund). Geben Sie das Passwort im Bereich „Kontaktfotos“ erneut ein und speichern Sie.',
  'photos.failed.title': 'Die Fotos konnten nicht aus dem Verzeichnis gelesen werden. Der Foto-Cache ist unverändert.',
  'photos.failed.serverSaid': 'Antwort des Servers: {message}',
  'photos.failed.testHint': 'Führen Sie oben „Kontaktfotos testen“ aus, um zu sehen, welcher Schritt fehlschlägt.',

  'photos.panel.title': 'Foto-Cache',
  'photos.panel.intro':
    'Liest die Fotos mit den gespeicherten Kontaktfoto-Einstellungen aus dem Verzeichnis, ordnet jeden Eintrag einem Roster-Benutzer zu und speichert die Fotos in der Standortdatei, wo Benutzerliste und Editor sie anzeigen. Ein Foto gilt für die oben unter „Fotos behalten für“ angegebenen Tage als aktuell; eine spätere Synchronisierung holt ältere erneut und lässt aktuelle unverändert.',
  'photos.panel.notConfigured': 'Geben Sie oben Server und Basis-DN der Kontaktfotos ein und speichern Sie sie vor der ersten Synchronisierung.',
  'photos.panel.cacheState': {
    zero: 'Noch keine Fotos im Cache.',
    one: '1 Foto im Cache; davon {stale} älter als {days} Tage.',
    other: '{count} Fotos im Cache; davon {stale} älter als {days} Tage.',
  },
  'photos.panel.lastRun': 'Letzte Synchronisierung ({when}): {stored} gespeichert, {refreshed} aktualisiert, {kept} noch aktuell.',
  'photos.panel.matchBy': 'Verzeichniseinträge Benutzern zuordnen über',
  'photos.panel.matchBy.username': 'Benutzername (uid, sAMAccountName oder userPrincipalName)',
  'photos.panel.matchBy.email': 'E-Mail-Adresse (mail)',
  'photos.panel.matchBy.attribute': 'Ein anderes Verzeichnisattribut',
  'photos.panel.matchAttribute': 'Verzeichnisattribut',
  'photos.panel.matchAttributeHint': 'Sein Wert muss dem unten gewählten Roster-Feld entsprechen, ohne Beachtung der Groß-/Kleinschreibung.',
  'photos.panel.matchField': 'Verglichen mit dem Roster-Feld',
  'photos.panel.field.username': 'Benutzername',
  'photos.panel.field.email': 'E-Mail',
  'photos.panel.field.number': 'Nummer',
  'photos.panel.sync': 'Fotos jetzt synchronisieren',
  'photos.panel.cancel': 'Synchronisierung abbrechen',
  'photos.panel.phase.connecting': 'Verbindung zum Verzeichnis wird hergestellt…',
  'photos.panel.phase.searching': { zero: 'Einträge werden gelesen…', one: '1 Eintrag gelesen…', other: '{count} Einträge gelesen…' },
  'photos.panel.phase.storing': 'Fotos werden gespeichert…',
  'photos.panel.progressLabel': 'Fortschritt der Fotosynchronisierung',
  'photos.panel.done': 'Fotosynchronisierung abgeschlossen: {stored} gespeichert, {refreshed} aktualisiert.',

  'photos.result.title': 'Ergebnis der Synchronisierung vom {when} (Dauer {duration})',
  'photos.duration.ms': '{count} ms',
  'photos.duration.s': '{value} s',
  'photos.result.label': 'Ergebnis der Synchronisierung',
  'photos.result.entries': 'Gelesene Einträge',
  'photos.result.matched': 'Benutzern zugeordnet',
  'photos.result.stored': 'Gespeichert (neu)',
  'photos.result.refreshed': 'Aktualisiert',
  'photos.result.kept': 'Noch aktuell, behalten',
  'photos.result.withoutPhoto': 'Zugeordnet, ohne Foto',
  'photos.result.tooLarge': 'Übersprungen: zu groß',
  'photos.result.notImage': 'Übersprungen: kein Bild',
  'photos.result.sameUser': 'Übersprungen: Benutzer bereits zugeordnet',
  'photos.result.unmatched': 'Nicht zugeordnete Einträge',
  'photos.result.skippedTitle': { one: '1 übersprungener Eintrag', other: '{count} übersprungene Einträge' },
  'photos.result.unmatchedTitle': {
    one: '1 Eintrag passt zu keinem Roster-Benutzer',
    other: '{count} Einträge passen zu keinem Roster-Benutzer',
  },
  'photos.result.unmatchedHint':
    'Diese Einträge wurden gelesen, aber kein aktiver Roster-Benutzer hat denselben Wert. Prüfen Sie die Zuordnungsregel oder legen Sie die Benutzer zuerst an.',
  'photos.result.truncated': 'Von jeder Liste werden nur die ersten {limit} Einträge angezeigt; die Zahlen oben sind vollständig.',
  'photos.result.col.dn': 'Verzeichniseintrag (DN)',
  'photos.result.col.user': 'Roster-Benutzer',
  'photos.result.col.reason': 'Grund für das Überspringen',
  'photos.skip.tooLarge':
    'Das Foto ist {size} groß; der Cache nimmt Fotos bis {maxKb} KB auf. Legen Sie im Verzeichnis ein kleineres Vorschaubild ab.',
  'photos.skip.notImage': 'Der Wert ({size}) ist kein JPEG-, PNG-, GIF- oder WebP-Bild.',
  'photos.skip.sameUser': 'Diesem Benutzer wurde bereits ein anderer Eintrag zugeordnet; dessen Foto wurde übernommen.',
  'photos.size.bytes': '{count} Byte',
  'photos.size.kb': '{value} KB',
};
