import type { fileMessages as english } from '../../messages/files.js';
import type { Translation } from '../../translation.js';

/** Text of the file rules, in Italian. */
export const fileMessages: Translation<typeof english> = {
  'file.notChosen.site': 'Roster apre o crea un sito solo nella posizione scelta. Usa Apri sito, Nuovo sito o i siti recenti per selezionare {file}.',
  'file.notChosen.copy':
    'Roster salva una copia solo nella posizione scelta nella finestra di salvataggio. Usa di nuovo Salva una copia e scegli lì la posizione.',
  'file.notChosen.import': 'Roster legge solo un file scelto con “Scegli file…” o trascinato su questa finestra. Scegli di nuovo {file}.',
  'file.notChosen.export':
    'Roster scrive solo nella posizione scelta nella finestra di salvataggio. Fai di nuovo clic su Esporta e scegli lì la posizione.',
  'file.rule.absolute':
    'Immetti il percorso completo, dall’unità o dalla cartella radice (ad esempio /home/anna/users.csv o C:\\Users\\anna\\users.csv).',
  'file.rule.hidden':
    '{file} è un file nascosto (il nome inizia con un punto). Roster non legge né scrive file nascosti; scegli un file con un nome normale.',
  'file.rule.siteExtension': 'Il nome di un file del sito termina con .roster, ma {file} no. Scegli un nome che termini con .roster.',
  'file.rule.importExtension':
    'Roster importa file di testo delimitato con estensione .csv, .txt o .tsv, e {file} non lo è. Salva l’elenco come CSV (in Excel: “CSV UTF-8”) e scegli quel file.',
  'file.rule.csvExtension':
    'Le esportazioni vengono scritte in un file con estensione .csv o .txt, e {file} non lo è. Cambia il nome in modo che termini con .csv.',
  'file.rule.notText': '{file} esiste già in {folder} e non è un file di testo. Roster sostituisce solo file CSV o di testo; scegli un altro nome.',
  'file.exists': '{file} esiste già.',
  'error.site.copyKeyMissing':
    'Questa postazione non ha la chiave di questo sito, quindi password e PIN non possono essere riportati in una copia. Apri il sito dove si trova la sua chiave e salva lì la copia.',
};
