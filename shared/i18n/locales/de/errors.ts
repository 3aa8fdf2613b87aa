import type { errorMessages as english } from '../../messages/errors.js';
import type { Translation } from '../../translation.js';

/** Messages of the error codes and refusals, in German. */
export const errorMessages: Translation<typeof english> = {
  'error.VALIDATION': 'Einige Werte sind ungültig. Prüfen Sie die markierten Felder.',
  'error.NOT_FOUND': 'Dieses Element existiert nicht mehr. Es wurde möglicherweise endgültig gelöscht oder der Standort wurde gewechselt.',
  'error.CONFLICT': 'Die Änderung steht im Konflikt mit vorhandenen Daten.',
  'error.POLICY': 'Die Änderung wird von der Sicherheitsrichtlinie abgelehnt.',
  'error.SECRET_MISSING': 'Der Schlüsselbund dieses Rechners enthält den Schlüssel dieses Standorts nicht.',
  'error.IO': 'Die Datei konnte nicht gelesen oder geschrieben werden.',
  'error.NO_SITE': 'Es ist kein Standort geöffnet. Erstellen oder öffnen Sie zuerst einen Standort.',
  'error.UNSUPPORTED': 'Diese Aktion ist in diesem Modus nicht verfügbar.',
  'error.INTERNAL': 'In Roster ist ein Fehler aufgetreten. Die Änderung wurde nicht gespeichert.',
  'error.site.notFound': 'Unter {path} gibt es keine Datei. Prüfen Sie den Pfad oder erstellen Sie dort einen neuen Standort.',
  'error.site.unreadable': 'Die Datei {path} konnte nicht gelesen werden. Prüfen Sie, ob sie existiert und ob Sie sie lesen dürfen.',
  'error.site.notSqlite':
    'Die Datei {path} ist kein Roster-Standort: Unabhängig vom Namen ist ihr Inhalt keine Standortdatenbank. Sie wurde nicht verändert; wählen Sie eine andere Datei.',
  'error.site.foreign':
    'Die Datei {path} ist die Datenbank eines anderen Programms, kein Roster-Standort. Sie wurde nicht verändert; wählen Sie eine .roster-Datei.',
  'error.site.newer':
    'Der Standort {path} wurde mit einer neueren Roster-Version gespeichert. Aktualisieren Sie Roster, um ihn zu öffnen; die Datei wurde nicht verändert.',
  'error.site.damaged':
    'Der Standort {path} ist beschädigt und kann nicht geöffnet werden. Er wurde nicht verändert; öffnen Sie stattdessen eine Sicherungskopie.',
  'error.site.unwritable':
    'Der Standort {path} kann nicht zum Schreiben geöffnet werden. Prüfen Sie, ob der Ordner beschreibbar und die Datei nicht schreibgeschützt ist.',
  'error.site.exists': 'Unter {path} existiert bereits eine Datei. Wählen Sie einen anderen Namen oder öffnen Sie den vorhandenen Standort.',
  'error.site.copyOntoOpen': 'Eine Kopie kann nicht den geöffneten Standort selbst ersetzen. Wählen Sie einen anderen Dateinamen für die Kopie.',
  'error.site.copyFailed': 'Die Kopie konnte nicht nach {path} geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.',
  'error.keychain.write':
    'Der Standortschlüssel konnte nicht im Schlüsselbund dieses Rechners gespeichert werden. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.',
  'error.restore.usernameTaken':
    'Der Benutzer „{username}“ kann nicht wiederhergestellt werden: Der aktive Benutzer „{holder}“ hat denselben Benutzernamen. Benennen Sie zuerst einen der beiden um.',
  'error.restore.numberTaken':
    'Der Benutzer „{username}“ kann nicht wiederhergestellt werden: Die Nummer {number} gehört jetzt „{holder}“. Geben Sie zuerst einem der beiden eine andere Nummer.',
  'error.group.referenced': {
    one: 'Die Gruppe „{group}“ kann nicht gelöscht werden: {usernames} verwendet sie für interne oder externe Kontakte. Wählen Sie für diesen Benutzer zuerst eine andere Gruppe.',
    other:
      'Die Gruppe „{group}“ kann nicht gelöscht werden: {count} Benutzer verwenden sie für interne oder externe Kontakte ({usernames}). Wählen Sie für diese zuerst eine andere Gruppe.',
  },
};
