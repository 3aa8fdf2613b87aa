import type { nativeMessages as english } from '../../messages/native.js';
import type { Translation } from '../../translation.js';

/** Text of the native parts of the desktop app, in German. */
export const nativeMessages: Translation<typeof english> = {
  'native.menu.file': '&Datei',
  'native.menu.view': '&Ansicht',
  'native.menu.help': '&Hilfe',
  'native.menu.newUser': 'Neuer Benutzer',
  'native.menu.light': 'Hell',
  'native.menu.dark': 'Dunkel',
  'native.menu.followSystem': 'Systemeinstellung verwenden',
  'native.menu.about': 'Über Roster',
  'native.menu.showLog': 'Protokolldatei anzeigen',
  'native.menu.copyDiagnostics': 'Diagnosedaten kopieren',
  'native.menu.language': 'Sprache',
  'native.dialog.siteFiles': 'Roster-Standort',
  'native.diagnostics.copied': 'Diagnosedaten in die Zwischenablage kopiert',
  'native.diagnostics.copiedDetail': 'Fügen Sie sie in Ihr Support-Ticket ein. Die Protokolldatei ist {file}.',
  'native.failure.title': 'In Roster ist ein unerwarteter Fehler aufgetreten',
  'native.failure.detail':
    '{message}\n\nDie Details wurden in die Protokolldatei geschrieben: {file}\nHilfe > Diagnosedaten kopieren legt sie für ein Support-Ticket in die Zwischenablage.',
  'native.rendererGone.message': 'Das Fenster funktioniert nicht mehr ({reason}).',
  'native.childGone.message': 'Ein Teil des Fensters funktioniert nicht mehr ({type}: {reason}).',
  'native.rendererGone.detail':
    'Laden Sie das Fenster neu, um fortzufahren; noch nicht gespeicherte Änderungen können verloren gehen. Die Protokolldatei ist {file}.',
  'native.rendererGone.reload': 'Neu laden',
  'native.rendererGone.close': 'Schließen',
  'native.about.message': 'Roster {version}',
  'native.about.detail':
    'Konsole für Benutzerverzeichnisse von Unified-Communications-Plattformen.\nElectron {electron}, Chromium {chrome}, Node {node}',
  'native.unload.title': 'Ungespeicherte Änderungen',
  'native.unload.message': 'Nicht gespeicherte Änderungen verwerfen?',
  'native.unload.detail': 'Der bearbeitete Benutzer bzw. die bearbeiteten Einstellungen enthalten noch nicht gespeicherte Änderungen.',
  'native.unload.discard': 'Änderungen verwerfen',
  'native.unload.keep': 'Weiter bearbeiten',
};
