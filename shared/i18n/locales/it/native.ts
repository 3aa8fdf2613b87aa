import type { nativeMessages as english } from '../../messages/native.js';
import type { Translation } from '../../translation.js';

/** Text of the native parts of the desktop app, in Italian. */
export const nativeMessages: Translation<typeof english> = {
  'native.menu.file': '&File',
  'native.menu.view': '&Visualizza',
  'native.menu.help': '&Guida',
  'native.menu.newUser': 'Nuovo utente',
  'native.menu.light': 'Chiaro',
  'native.menu.dark': 'Scuro',
  'native.menu.followSystem': 'Come il sistema',
  'native.menu.about': 'Informazioni su Roster',
  'native.menu.showLog': 'Mostra file di log',
  'native.menu.copyDiagnostics': 'Copia diagnostica',
  'native.menu.language': 'Lingua',
  'native.dialog.siteFiles': 'Sito Roster',
  'native.diagnostics.copied': 'Diagnostica copiata negli appunti',
  'native.diagnostics.copiedDetail': 'Incollala nel ticket di assistenza. Il file di log è {file}.',
  'native.failure.title': 'Roster ha riscontrato un errore imprevisto',
  'native.failure.detail':
    '{message}\n\nI dettagli sono stati scritti nel file di log: {file}\nGuida > Copia diagnostica li copia negli appunti per un ticket di assistenza.',
  'native.rendererGone.message': 'La finestra ha smesso di funzionare ({reason}).',
  'native.childGone.message': 'Una parte della finestra ha smesso di funzionare ({type}: {reason}).',
  'native.rendererGone.detail':
    'Ricarica la finestra per continuare; le modifiche non ancora salvate potrebbero andare perse. Il file di log è {file}.',
  'native.rendererGone.reload': 'Ricarica',
  'native.rendererGone.close': 'Chiudi',
  'native.about.message': 'Roster {version}',
  'native.about.detail':
    'Console di gestione della directory utenti per piattaforme di comunicazione unificata.\nElectron {electron}, Chromium {chrome}, Node {node}',
  'native.unload.title': 'Modifiche non salvate',
  'native.unload.message': 'Scartare le modifiche non salvate?',
  'native.unload.detail': 'L’utente o le impostazioni in modifica contengono modifiche non ancora salvate.',
  'native.unload.discard': 'Scarta modifiche',
  'native.unload.keep': 'Continua a modificare',
};
