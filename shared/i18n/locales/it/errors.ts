import type { errorMessages as english } from '../../messages/errors.js';
import type { Translation } from '../../translation.js';

/** Messages of the contract's error codes and of the main process's refusals, in Italian. */
export const errorMessages: Translation<typeof english> = {
  'error.VALIDATION': 'Alcuni valori non sono validi. Controlla i campi evidenziati.',
  'error.NOT_FOUND': 'L’elemento non esiste più. Potrebbe essere stato eliminato definitivamente, oppure il sito è cambiato.',
  'error.CONFLICT': 'La modifica è in conflitto con i dati esistenti.',
  'error.POLICY': 'La modifica è rifiutata dai criteri di sicurezza.',
  'error.SECRET_MISSING': 'Il portachiavi di questa postazione non contiene la chiave di questo sito.',
  'error.IO': 'Impossibile leggere o scrivere il file.',
  'error.NO_SITE': 'Nessun sito aperto. Crea o apri prima un sito.',
  'error.UNSUPPORTED': 'Questa azione non è disponibile in questa modalità.',
  'error.INTERNAL': 'Si è verificato un problema interno di Roster. La modifica non è stata salvata.',
  'error.site.notFound': 'Non esiste alcun file in {path}. Controlla il percorso o crea lì un nuovo sito.',
  'error.site.unreadable': 'Impossibile leggere il file {path}. Verifica che esista e di avere il permesso di leggerlo.',
  'error.site.notSqlite':
    'Il file {path} non è un sito Roster: qualunque sia il nome, il contenuto non è un database di sito. Il file non è stato modificato; scegline un altro.',
  'error.site.foreign':
    'Il file {path} è un database di un altro programma, non un sito Roster. Il file non è stato modificato; scegli un file .roster.',
  'error.site.newer':
    'Il sito {path} è stato salvato da una versione più recente di Roster. Aggiorna Roster per aprirlo; il file non è stato modificato.',
  'error.site.damaged': 'Il sito {path} è danneggiato e non può essere aperto. Il file non è stato modificato; apri invece una copia di backup.',
  'error.site.unwritable':
    'Impossibile aprire il sito {path} in scrittura. Verifica che la cartella sia scrivibile e che il file non sia di sola lettura.',
  'error.site.exists': 'Esiste già un file in {path}. Scegli un altro nome oppure apri il sito esistente.',
  'error.site.copyOntoOpen': 'Una copia non può sostituire il sito aperto. Scegli un altro nome di file per la copia.',
  'error.site.copyFailed': 'Impossibile scrivere la copia in {path}. Verifica che la cartella esista e sia scrivibile.',
  'error.keychain.write': 'Impossibile salvare la chiave del sito nel portachiavi di questa postazione. Sblocca il portachiavi e riprova.',
  'error.restore.usernameTaken':
    'Impossibile ripristinare l’utente “{username}”: l’utente attivo “{holder}” ha lo stesso nome utente. Rinomina prima uno dei due.',
  'error.restore.numberTaken':
    'Impossibile ripristinare l’utente “{username}”: il numero {number} ora appartiene a “{holder}”. Assegna prima un altro numero a uno dei due.',
  'error.group.referenced': {
    one: 'Impossibile eliminare il gruppo “{group}”: {usernames} lo usa per i contatti interni o esterni. Scegli prima un altro gruppo per questo utente.',
    other:
      'Impossibile eliminare il gruppo “{group}”: {count} utenti lo usano per i contatti interni o esterni ({usernames}). Scegli prima un altro gruppo per loro.',
  },
};
