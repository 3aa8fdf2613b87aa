import type { bulkMessages as english } from '../../messages/bulk.js';
import type { Translation } from '../../translation.js';

/** Text of the bulk features, in German. */
export const bulkMessages: Translation<typeof english> = {
  'rule.bulk.group.required': 'Wählen Sie eine Gruppe.',
  'rule.bulk.privilege.required': 'Wählen Sie eine Berechtigung.',
  'rule.bulk.selection.empty': 'Wählen Sie mindestens einen Benutzer aus.',
  'rule.bulk.selection.tooLarge': 'Wählen Sie höchstens {max} Benutzer auf einmal aus.',

  'bulk.bar.label': 'Massenaktionen',
  'bulk.bar.selected': { one: '{count} Benutzer ausgewählt', other: '{count} Benutzer ausgewählt' },
  'bulk.action.addToGroup': 'Zu Gruppe hinzufügen…',
  'bulk.action.removeFromGroup': 'Aus Gruppe entfernen…',
  'bulk.action.privilege': 'Berechtigung…',
  'bulk.action.account': 'Konto',
  'bulk.action.enable': 'Aktivieren',
  'bulk.action.disable': 'Deaktivieren',
  'bulk.action.expirePassword': 'Passwort ablaufen lassen',
  'bulk.action.expirePasswordHint': 'Nur Benutzer mit Passwort; sie müssen bei der nächsten Anmeldung ein neues wählen.',
  'bulk.action.expirePin': 'PIN ablaufen lassen',
  'bulk.action.expirePinHint': 'Nur Benutzer mit PIN; sie müssen eine neue wählen, wenn sie das nächste Mal abgefragt wird.',
  'bulk.action.export': 'Exportieren…',
  'bulk.action.delete': 'Löschen…',
  'bulk.action.recent': 'Letzte Massenänderungen',

  'bulk.group.addTitle': { one: '{count} Benutzer zu einer Gruppe hinzufügen', other: '{count} Benutzer zu einer Gruppe hinzufügen' },
  'bulk.group.removeTitle': { one: '{count} Benutzer aus einer Gruppe entfernen', other: '{count} Benutzer aus einer Gruppe entfernen' },
  'bulk.group.label': 'Gruppe',
  'bulk.group.placeholder': 'Gruppe wählen',
  'bulk.group.none': 'Dieser Standort hat noch keine Benutzergruppen. Legen Sie unter „Benutzergruppen“ eine an.',
  'bulk.group.add': 'Zur Gruppe hinzufügen',
  'bulk.group.remove': 'Aus Gruppe entfernen',

  'bulk.privilege.title': {
    one: 'Eine Berechtigung von {count} Benutzer ändern',
    other: 'Eine Berechtigung von {count} Benutzern ändern',
  },
  'bulk.privilege.label': 'Berechtigung',
  'bulk.privilege.placeholder': 'Berechtigung wählen',
  'bulk.privilege.set': 'Erteilen',
  'bulk.privilege.clear': 'Entziehen',
  'bulk.privilege.smsNote':
    'Das Entziehen dieser Berechtigung schaltet auch die SMS-Benachrichtigungen über neue Sprachnachrichten und Faxe aus, die sie erfordern.',

  'bulk.confirm.deleteTitle': { one: '{count} Benutzer löschen?', other: '{count} Benutzer löschen?' },
  'bulk.confirm.deleteMessage':
    'Sie werden nach „Gelöschte Benutzer“ verschoben und können dort wiederhergestellt werden; „Rückgängig“ holt alle auf einmal zurück.',
  'bulk.confirm.largeTitle': { one: '{count} Benutzer ändern?', other: '{count} Benutzer ändern?' },
  'bulk.confirm.largeMessage': '{request} Die Änderung kann danach unter „Letzte Massenänderungen“ rückgängig gemacht werden.',
  'bulk.confirm.apply': 'Anwenden',

  'bulk.describe.addToGroup': 'Zur Gruppe „{group}“ hinzugefügt',
  'bulk.describe.removeFromGroup': 'Aus der Gruppe „{group}“ entfernt',
  'bulk.describe.setPrivilege': '„{privilege}“ erteilt',
  'bulk.describe.clearPrivilege': '„{privilege}“ entzogen',
  'bulk.describe.enable': 'Aktiviert',
  'bulk.describe.disable': 'Deaktiviert',
  'bulk.describe.expirePassword': 'Passwort abgelaufen',
  'bulk.describe.expirePin': 'PIN abgelaufen',
  'bulk.describe.delete': 'Nach „Gelöschte Benutzer“ verschoben',
  'bulk.users': { one: '{count} Benutzer', other: '{count} Benutzer' },

  'bulk.request.addToGroup': '{users} zur Gruppe „{group}“ hinzufügen.',
  'bulk.request.removeFromGroup': '{users} aus der Gruppe „{group}“ entfernen.',
  'bulk.request.setPrivilege': 'Für {users} „{privilege}“ erteilen.',
  'bulk.request.clearPrivilege': 'Für {users} „{privilege}“ entziehen.',
  'bulk.request.enable': '{users} aktivieren.',
  'bulk.request.disable': '{users} deaktivieren.',
  'bulk.request.expirePassword': 'Für {users} die Passwörter ablaufen lassen.',
  'bulk.request.expirePin': 'Für {users} die PINs ablaufen lassen.',
  'bulk.request.delete': '{users} nach „Gelöschte Benutzer“ verschieben.',

  'bulk.done': '{change}: {users}.',
  'bulk.done.unchanged': {
    one: '{count} ausgewählter Benutzer benötigte keine Änderung.',
    other: '{count} ausgewählte Benutzer benötigten keine Änderung.',
  },
  'bulk.done.nothing': 'Nichts zu ändern: Alle ausgewählten Benutzer waren bereits wie gewünscht.',
  'bulk.done.nothingExpire': 'Nichts zu ändern: Die ausgewählten Benutzer haben kein Passwort, oder es ist bereits abgelaufen.',
  'bulk.undo': 'Rückgängig',
  'bulk.undo.label': 'Rückgängig: {change}',
  'bulk.undo.done': {
    one: 'Für {count} Benutzer rückgängig gemacht: {change}.',
    other: 'Für {count} Benutzer rückgängig gemacht: {change}.',
  },
  'bulk.undo.already': 'Diese Änderung wurde bereits rückgängig gemacht.',
  'bulk.undo.notFound': 'Diese Massenänderung ist im Standort nicht festgehalten.',
  'bulk.undo.groupGone': 'Die Gruppe „{group}“ wurde inzwischen gelöscht, daher können ihre früheren Mitglieder nicht wieder aufgenommen werden.',
  'bulk.undo.usernameTaken':
    '{username} kann nicht zurückgeholt werden: Der aktive Benutzer {holder} hat jetzt diesen Benutzernamen. Benennen Sie diesen Benutzer um oder löschen Sie ihn und machen Sie die Änderung dann erneut rückgängig.',
  'bulk.error.unknownGroup': 'Diese Gruppe existiert nicht. Wählen Sie eine andere Gruppe.',

  'bulk.progress.apply': 'Änderung wird angewendet…',
  'bulk.progress.undo': 'Änderung wird rückgängig gemacht…',
  'bulk.progress.count': '{done} von {total} Benutzern',
  'bulk.progress.label': 'Fortschritt',

  'bulk.recent.title': 'Letzte Massenänderungen',
  'bulk.recent.help':
    '„Rückgängig“ gibt jedem noch vorhandenen Benutzer zurück, was er vor der Änderung hatte. Eine Änderung kann einmal rückgängig gemacht werden.',
  'bulk.recent.empty': 'In diesem Standort wurde noch keine Massenänderung vorgenommen.',
  'bulk.recent.tableLabel': 'Letzte Massenänderungen',
  'bulk.recent.when': 'Wann',
  'bulk.recent.change': 'Änderung',
  'bulk.recent.users': 'Benutzer',
  'bulk.recent.by': 'Von',
  'bulk.recent.state': 'Rückgängig',
  'bulk.recent.undone': 'Rückgängig gemacht: {when}',
  'bulk.recent.undoLabel': '„{change}“ vom {when} rückgängig machen',

  'bulk.cancelled': 'Die Änderung wurde abgebrochen. Es wurde nichts geändert.',
  'job.busy.bulkApply': 'Ein anderer Vorgang läuft: eine Massenänderung. Warten Sie, bis er beendet ist, und versuchen Sie es dann erneut.',
  'job.busy.bulkUndo':
    'Ein anderer Vorgang läuft: das Rückgängigmachen einer Massenänderung. Warten Sie, bis er beendet ist, und versuchen Sie es dann erneut.',
  'job.busy.importUndo':
    'Ein anderer Vorgang läuft: das Rückgängigmachen eines Imports. Warten Sie, bis er beendet ist, und versuchen Sie es dann erneut.',
  'job.busy.expireAll':
    'Ein anderer Vorgang läuft: Alle Passwörter oder PINs werden als abgelaufen markiert. Warten Sie, bis er beendet ist, und versuchen Sie es dann erneut.',
  'job.busy.export': 'Ein anderer Vorgang läuft: ein Export. Warten Sie, bis er beendet ist, und versuchen Sie es dann erneut.',
  'job.busy.import':
    'Ein anderer Vorgang läuft: ein Import oder eine Vorschau. Warten Sie, bis er beendet ist (oder brechen Sie ihn ab), und versuchen Sie es dann erneut.',

  'field.bulkUsers': 'Geänderte Benutzer',
  'job.busy.demo':
    'Ein anderer Vorgang läuft: Ein Demo-Standort wird erstellt. Warten Sie, bis er abgeschlossen ist (oder brechen Sie ihn ab), und versuchen Sie es dann erneut.',
};
