import type { importMessages as english } from '../../messages/import.js';
import type { Translation } from '../../translation.js';

/** The import ledger, the import engine and their refusals, in Italian. */
export const importMessages: Translation<typeof english> = {
  'rule.import.match.required': 'Seleziona almeno un campo che identifica un utente esistente.',
  'rule.import.mappingName.required': 'Assegna un nome alla mappatura.',
  'import.undo.notFound': 'Questa importazione non esiste più.',
  'import.undo.already': 'Questa importazione è già stata annullata il {at}.',
  'import.undo.notLatest': 'Si può annullare solo l’importazione più recente. Annulla prima le importazioni successive.',
  'import.undo.clash':
    'Impossibile annullare l’importazione: il nome utente o il numero di “{username}” è ora usato da un altro utente. Rinomina quell’utente, poi riprova.',

  'import.file.notFound': 'Non esiste alcun file in {path}. Controlla il percorso e scegli di nuovo il file.',
  'import.file.notAFile': '{path} è una cartella, non un file. Scegli il file CSV al suo interno.',
  'import.file.unreadable': 'Impossibile leggere il file {path}. Verifica che esista e di avere il permesso di aprirlo.',
  'import.file.empty': 'Il file è vuoto: non c’è nulla da importare.',
  'import.file.headerOnly': 'Il file ha una riga di intestazione ma nessun utente sotto di essa.',
  'import.file.binary':
    'Questo non è un file di testo: contiene dati binari (come byte nulli). Scegli un file CSV o di testo, ad esempio uno salvato con “Salva con nome… CSV”.',
  'import.file.spreadsheet':
    'Questa è una cartella di lavoro di un foglio di calcolo, non un file CSV. Aprila nel programma del foglio di calcolo, salvala come CSV e importa quel file.',
  'import.file.unterminatedQuote':
    'La riga {line} apre un valore tra virgolette (inizia con ") che non viene mai chiuso, quindi il resto del file verrebbe letto come un unico valore. Chiudi le virgolette, oppure raddoppia le virgolette che fanno parte del testo (""), e importa di nuovo.',
  'import.file.valueTooLong':
    'La riga {line} contiene un valore tra virgolette più lungo di {max} caratteri, più di quanto Roster legga in una riga. Accorcia quel valore (un campo utente contiene al massimo qualche migliaio di caratteri) e importa di nuovo.',
  'import.file.recordTooLong':
    'La riga che inizia alla riga {line} è più lunga di {max} caratteri. Probabilmente il file non è delimitato come scelto, oppure delle virgolette non sono chiuse.',
  'import.file.tooManyColumns': 'La riga {line} ha più di {max} colonne; Roster ne legge al massimo {max}. Rimuovi le colonne che non servono.',
  'import.file.tooManyRows': 'Il file ha più di {max} righe. Dividilo in file più piccoli e importali uno dopo l’altro.',
  'import.xivo.needsHeader': 'Un file XiVO inizia con una riga di nomi di colonna. Seleziona “La prima riga contiene le intestazioni di colonna”.',

  'import.mapping.usernameMissing': 'Scegli la colonna che contiene il nome utente: ogni utente ne ha bisogno.',
  'import.mapping.twice': 'Questo campo è già compilato dalla colonna “{column}”. Scegli un altro campo, oppure ignora questa colonna.',
  'import.match.notMapped':
    'Nessuna colonna compila questo campo, quindi non può identificare gli utenti esistenti. Deselezionalo oppure associagli una colonna.',

  'import.row.fewerFields': {
    one: 'Questa riga ha {count} valore mentre l’intestazione ne ha {expected}: potrebbe mancare o esserci in più un separatore o un’interruzione di riga.',
    other:
      'Questa riga ha {count} valori mentre l’intestazione ne ha {expected}: potrebbe mancare o esserci in più un separatore o un’interruzione di riga.',
  },
  'import.row.moreFields': {
    one: 'Questa riga ha {count} valore mentre l’intestazione ne ha {expected}: un valore potrebbe contenere un separatore non racchiuso tra virgolette.',
    other:
      'Questa riga ha {count} valori mentre l’intestazione ne ha {expected}: un valore potrebbe contenere un separatore non racchiuso tra virgolette.',
  },
  'import.row.byteOrderMark':
    'Questa riga contiene un byte order mark invisibile, come quelli che restano dove due file sono stati uniti in uno. Rimuovilo (insieme a un’eventuale riga di intestazione ripetuta).',
  'import.row.undecodable':
    'Questa riga contiene byte che non sono testo {encoding} valido. Se il file proviene da Excel o da un altro programma Windows, scegli la codifica Windows-1252.',
  'import.value.language':
    '“{value}” non è una lingua nota a Roster. Usa da 1 a 5 (1 inglese, 2 tedesco, 3 francese, 4 italiano, 5 spagnolo), un nome come German o una impostazione locale come de_DE.',
  'import.value.boolean': '“{value}” non è né sì né no. Usa 1 o 0, yes o no, true o false.',
  'import.group.unknown':
    'Non esiste alcun gruppo utenti di nome “{name}”. Seleziona “Crea i gruppi indicati nel file che non esistono ancora”, crealo in Gruppi utenti oppure correggi il nome.',
  'import.group.badName': '“{name}” non può essere un nome di gruppo: un nome ha da 1 a 64 caratteri e nessun carattere di controllo.',
  'import.match.keyMissing':
    'Su questa postazione password e PIN non possono identificare gli utenti esistenti: manca la chiave del sito. Deseleziona Password e PIN tra i campi che identificano un utente, oppure apri il sito dove si trova la sua chiave.',
  'import.duplicate.inFile': 'Stesso utente della riga {firstLine} (i campi che identificano un utente sono uguali). Viene importato solo il primo.',
  'import.duplicate.ambiguous': {
    one: 'Questa riga corrisponde a {count} utente esistente, quindi Roster non può stabilire quale aggiornare. Seleziona altri campi che identificano un utente.',
    other:
      'Questa riga corrisponde a {count} utenti esistenti, quindi Roster non può stabilire quale aggiornare. Seleziona altri campi che identificano un utente.',
  },
  'import.username.takenInFile': 'Il nome utente “{username}” è già usato dalla riga {line} di questo file (maiuscole e minuscole non contano).',
  'import.number.takenInFile': 'Il numero {number} è già usato dalla riga {line} di questo file.',
  'import.xivo.required': 'La sezione XiVO {section} richiede “{column}” non appena una delle sue colonne è compilata.',
  'import.xivo.int': 'XiVO si aspetta un numero intero in “{column}”, non “{value}”.',
  'import.xivo.bool': 'XiVO si aspetta 0 o 1 in “{column}”, non “{value}”.',
  'import.xivo.enum': 'XiVO non accetta “{value}” in “{column}”. Usa uno tra: {allowed}.',
  'import.xivo.voicemailLanguage': 'Una casella vocale richiede una lingua: compila “language” (ad esempio en_US).',
  'import.xivo.clientNeeds': 'Con enableclient impostato a 1, XiVO richiede anche “{column}”.',
  'import.xivo.sipOnly': '“{column}” vale solo per le linee SIP; questa linea usa SCCP.',

  'import.busy': 'È in corso un’altra importazione o anteprima. Attendi che finisca, oppure interrompila.',
  'import.running': 'È in corso la scrittura di un’importazione in questo sito. Attendi che finisca (oppure interrompila), poi riprova.',
  'import.cancelled': 'L’importazione è stata interrotta. Non è stato modificato nulla.',
  'import.worker.failed': 'L’importazione si è interrotta in modo imprevisto. Non è stato modificato nulla; riprova.',
  'import.worker.outOfMemory':
    'L’importazione ha esaurito la memoria ed è stata interrotta. Non è stato modificato nulla; dividi il file e importa le parti una dopo l’altra.',
  'import.site.outdated':
    'Il file del sito è stato modificato da una versione più recente di Roster mentre era aperto. Aprilo di nuovo, poi importa.',
  'import.undo.cancelled': 'L’annullamento è stato interrotto. L’importazione resta in vigore: non è stato modificato nulla.',
};
