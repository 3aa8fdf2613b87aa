import type { exportMessages as english } from '../../messages/export.js';
import type { Translation } from '../../translation.js';

/** Text of the user export, in Italian. */
export const exportMessages: Translation<typeof english> = {
  'users.export': 'Esporta CSV…',
  'users.exportHint': 'Esporta tutti gli utenti in un file CSV',

  'export.title.all': 'Esporta tutti gli utenti',
  'export.title.selection': { one: 'Esporta {count} utente selezionato', other: 'Esporta {count} utenti selezionati' },
  'export.layout': 'Tracciato',
  'export.layout.callisto': 'Callisto',
  'export.layout.callisto.hint':
    'Tutti i campi del record utente, con le intestazioni dei nomi di campo del modulo utente di Callisto. Roster lo reimporta così com’è. Virgola, UTF-8, CRLF.',
  'export.layout.xivo': 'XiVO',
  'export.layout.xivo.hint':
    'Il file utenti di XiVO: la sezione user e una sezione line (contesto “default”, SIP) per gli utenti con un numero. XiVO non ha l’italiano, quindi quella lingua resta vuota; i nomi utente devono essere ASCII. Barra verticale, UTF-8 senza BOM, LF.',
  'export.layout.cucmBat': 'CUCM BAT',
  'export.layout.cucmBat.hint':
    'I nomi di colonna del file utenti del Bulk Administration Tool di CUCM: il numero come PRIMARY EXTENSION, il telefono come TELEPHONE NUMBER. Virgola, UTF-8, CRLF.',
  'export.format': 'Come viene scritto il file',
  'export.format.hint':
    '{layout} legge {own}. Modifica queste opzioni solo se il file è destinato altrove; Roster ricorda l’ultima scelta per ogni tracciato.',
  'export.format.own': 'Usa quelli del tracciato',
  'export.delimiter': 'Separatore',
  'export.delimiter.comma': 'Virgola ( , )',
  'export.delimiter.semicolon': 'Punto e virgola ( ; )',
  'export.delimiter.tab': 'Tabulazione',
  'export.delimiter.pipe': 'Barra verticale ( | )',
  'export.encoding': 'Codifica',
  'export.encoding.utf-8': 'UTF-8',
  'export.encoding.utf-8-bom': 'UTF-8 con BOM',
  'export.encoding.windows-1252': 'Windows-1252',
  'export.encoding.hint':
    'Windows-1252 contiene solo lettere dell’Europa occidentale: se il nome di un utente contiene un altro carattere, Roster elenca quegli utenti e non scrive nulla.',
  'export.lineEnding': 'Fine riga',
  'export.lineEnding.crlf': 'CRLF (Windows)',
  'export.lineEnding.lf': 'LF (Linux e macOS)',
  'export.forExcel': 'Per Excel',
  'export.forExcel.label': 'Per l’apertura in Excel: proteggi le celle che sembrano formule',
  'export.forExcel.hint':
    'Antepone un apostrofo a ogni valore che inizia con = + - o @, così Excel lo mostra invece di eseguirlo come formula. I valori nel file cambiano (+41 44 … diventa ’+41 44 …): lascia l’opzione disattivata per un file letto da Callisto, XiVO o CUCM.',
  'export.credentials': 'Includi password e PIN',
  'export.credentials.hint': 'Scritti in chiaro. Lascia deselezionato, a meno che il sistema di destinazione non ne abbia bisogno.',
  'export.path': 'Salva come',
  'export.path.hint': 'Il percorso completo del file CSV da scrivere su questo computer.',
  'export.fileName': 'utenti-{date}.csv',
  'export.run': 'Esporta',
  'export.chooseAndRun': 'Esporta…',
  'export.done': { one: '{count} utente esportato in {path}.', other: '{count} utenti esportati in {path}.' },
  'export.confirmCredentials.title': 'Esportare password e PIN?',
  'export.confirmCredentials.message':
    'Il file conterrà in chiaro le password e i PIN degli utenti. Chiunque possa leggere il file può accedere come questi utenti. Conservalo al sicuro ed eliminalo dopo l’uso.',
  'export.confirmCredentials.confirm': 'Esporta con credenziali',
  'export.replace.title': 'Sostituire il file?',
  'export.replace.message': '{file} esiste già. Sostituendolo, tutto il suo contenuto viene sovrascritto.',
  'export.replace.confirm': 'Sostituisci',

  'export.path.folder': 'Questa è una cartella. Aggiungi il nome del file da scrivere al suo interno.',
  'export.error.noFolder': 'La cartella {folder} non esiste. Scegli una cartella esistente.',
  'export.error.write':
    'Roster non è riuscito a scrivere {file}. Verifica che la cartella sia scrivibile e che il file non sia aperto in un altro programma.',
  'export.error.keyMissing':
    'Le password e i PIN di questo sito non possono essere letti su questa postazione (manca la sua chiave). Esporta senza credenziali, oppure apri il sito dove si trova la sua chiave.',
  'export.error.noUsers': 'Non ci sono utenti da esportare.',
  'export.error.encoding': {
    one: 'Windows-1252 non può contenere {characters}, usati da {count} utente. Non è stato scritto nulla. Scegli UTF-8, oppure modifica prima questi nomi:\n{users}',
    other:
      'Windows-1252 non può contenere {characters}, usati da {count} utenti. Non è stato scritto nulla. Scegli UTF-8, oppure modifica prima questi nomi:\n{users}',
  },
  'export.error.asciiUsernames': {
    one: '{layout} accetta solo nomi utente composti da lettere e cifre ASCII, e {count} nome utente contiene altri caratteri. Non è stato scritto nulla. Rinomina questo utente, oppure escludilo dalla selezione:\n{users}',
    other:
      '{layout} accetta solo nomi utente composti da lettere e cifre ASCII, e {count} nomi utente contengono altri caratteri. Non è stato scritto nulla. Rinomina questi utenti, oppure escludili dalla selezione:\n{users}',
  },
  'export.error.moreUsers': { one: '\n… e {count} altro utente', other: '\n… e altri {count} utenti' },

  'audit.action.export': 'Utenti esportati',
  'field.exportRows': 'Utenti',
  'field.exportLayout': 'Tracciato',
  'field.exportFormat': 'Formato',
  'field.exportCredentials': 'Password e PIN inclusi',
  'field.exportFile': 'File',
  'export.error.credentialsDeclined': 'L’esportazione con password e PIN non è stata confermata. Non è stato scritto nulla.',
  'native.exportCredentials.title': 'Esporta password e PIN',
  'native.exportCredentials.message': {
    one: 'Scrivere in chiaro la password e il PIN di {count} utente in {file}?',
    other: 'Scrivere in chiaro le password e i PIN di {count} utenti in {file}?',
  },
  'native.exportCredentials.detail':
    'Sito: {site}\nCartella: {folder}\n\nChiunque possa leggere questo file può accedere come questi utenti. Conservalo al sicuro ed eliminalo dopo l’uso.',
  'native.exportCredentials.confirm': 'Esporta con password e PIN',
  'native.exportCredentials.cancel': 'Annulla',
  'export.progress': 'Esportazione degli utenti…',
  'export.cancelled':
    'L’esportazione è stata interrotta. Non è stato scritto alcun file (un file già presente in quella posizione è rimasto invariato).',
};
