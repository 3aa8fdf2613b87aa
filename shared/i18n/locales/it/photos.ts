import type { photosMessages as english } from '../../messages/photos.js';
import type { Translation } from '../../translation.js';

/** Text of the contact photo cache, in Italian. */
export const photosMessages: Translation<typeof english> = {
  'rule.photos.attribute': 'Immetti un nome di attributo LDAP come employeeNumber (lettere, cifre e trattini, che inizi con una lettera) o un OID.',
  'rule.photos.attributeRequired': 'Immetti l’attributo della directory da confrontare, ad esempio employeeNumber.',

  'error.photos.running': 'È già in corso una sincronizzazione delle foto. Attendi che finisca oppure interrompila.',
  'error.photos.cancelled': 'La sincronizzazione delle foto è stata interrotta. La cache delle foto è rimasta com’era prima.',
  'error.photos.notConfigured':
    'Le impostazioni delle foto dei contatti non hanno ancora un server o un base DN. Immettili nella sezione Foto dei contatti qui sopra, salva e sincronizza di nuovo.',
  'error.photos.passwordMissing':
    'Le impostazioni delle foto dei contatti indicano un utente di bind, ma non è salvata alcuna password di bind. Immetti la password nella sezione Foto dei contatti, salva e sincronizza di nuovo.',
  'error.photos.passwordUnreadable':
    'La password di bind delle impostazioni delle foto dei contatti non può essere letta su questa postazione (la chiave del sito non è nel suo portachiavi). Immetti di nuovo la password nella sezione Foto dei contatti e salva.',
  'photos.failed.title': 'Impossibile leggere le foto dalla directory. La cache delle foto è rimasta com’era.',
  'photos.failed.serverSaid': 'Messaggio del server: {message}',
  'photos.failed.testHint': 'Esegui “Testa foto dei contatti” qui sopra per vedere quale passaggio non riesce.',

  'photos.panel.title': 'Cache delle foto',
  'photos.panel.intro':
    'Legge le foto dalla directory con le impostazioni salvate delle foto dei contatti, associa ogni voce a un utente Roster e conserva le foto nel file del sito, dove l’elenco utenti e l’editor le mostrano. Una foto è considerata recente per i giorni indicati in “Conserva le foto per” qui sopra; una sincronizzazione successiva recupera di nuovo quelle più vecchie e lascia invariate quelle recenti.',
  'photos.panel.notConfigured': 'Prima della prima sincronizzazione, immetti qui sopra il server e il base DN delle foto dei contatti e salvali.',
  'photos.panel.cacheState': {
    zero: 'Ancora nessuna foto nella cache.',
    one: '1 foto nella cache; più vecchie di {days} giorni: {stale}.',
    other: '{count} foto nella cache; più vecchie di {days} giorni: {stale}.',
  },
  'photos.panel.lastRun': 'Ultima sincronizzazione ({when}): {stored} memorizzate, {refreshed} aggiornate, {kept} ancora recenti.',
  'photos.panel.matchBy': 'Associa le voci della directory agli utenti in base a',
  'photos.panel.matchBy.username': 'Nome utente (uid, sAMAccountName o userPrincipalName)',
  'photos.panel.matchBy.email': 'Indirizzo e-mail (mail)',
  'photos.panel.matchBy.attribute': 'Un altro attributo della directory',
  'photos.panel.matchAttribute': 'Attributo della directory',
  'photos.panel.matchAttributeHint': 'Il suo valore deve essere uguale al campo Roster sotto, senza distinzione tra maiuscole e minuscole.',
  'photos.panel.matchField': 'Confrontato con il campo Roster',
  'photos.panel.field.username': 'Nome utente',
  'photos.panel.field.email': 'E-mail',
  'photos.panel.field.number': 'Numero',
  'photos.panel.sync': 'Sincronizza foto ora',
  'photos.panel.cancel': 'Interrompi sincronizzazione',
  'photos.panel.phase.connecting': 'Connessione alla directory…',
  'photos.panel.phase.searching': { zero: 'Lettura delle voci…', one: '1 voce letta…', other: '{count} voci lette…' },
  'photos.panel.phase.storing': 'Memorizzazione delle foto…',
  'photos.panel.progressLabel': 'Avanzamento della sincronizzazione delle foto',
  'photos.panel.done': 'Sincronizzazione delle foto completata: {stored} memorizzate, {refreshed} aggiornate.',

  'photos.result.title': 'Risultato della sincronizzazione ({when}, durata {duration})',
  'photos.duration.ms': '{count} ms',
  'photos.duration.s': '{value} s',
  'photos.result.label': 'Risultato della sincronizzazione',
  'photos.result.entries': 'Voci lette',
  'photos.result.matched': 'Associate a utenti',
  'photos.result.stored': 'Memorizzate (nuove)',
  'photos.result.refreshed': 'Aggiornate',
  'photos.result.kept': 'Ancora recenti, mantenute',
  'photos.result.withoutPhoto': 'Associate, senza foto',
  'photos.result.tooLarge': 'Saltate: troppo grandi',
  'photos.result.notImage': 'Saltate: non sono immagini',
  'photos.result.sameUser': 'Saltate: utente già associato',
  'photos.result.unmatched': 'Voci non associate',
  'photos.result.skippedTitle': { one: '1 voce saltata', other: '{count} voci saltate' },
  'photos.result.unmatchedTitle': {
    one: '1 voce non corrisponde ad alcun utente Roster',
    other: '{count} voci non corrispondono ad alcun utente Roster',
  },
  'photos.result.unmatchedHint':
    'Queste voci sono state lette, ma nessun utente Roster attivo ha lo stesso valore. Controlla la regola di associazione, oppure crea prima gli utenti.',
  'photos.result.truncated': 'Sono mostrate solo le prime {limit} voci di ciascun elenco; i conteggi sopra sono completi.',
  'photos.result.col.dn': 'Voce della directory (DN)',
  'photos.result.col.user': 'Utente Roster',
  'photos.result.col.reason': 'Motivo per cui è stata saltata',
  'photos.skip.tooLarge': 'La foto è di {size}; la cache accetta foto fino a {maxKb} KB. Memorizza una miniatura più piccola nella directory.',
  'photos.skip.notImage': 'Il valore ({size}) non è un’immagine JPEG, PNG, GIF o WebP.',
  'photos.skip.sameUser': 'Un’altra voce era già stata associata a questo utente; è stata usata la sua foto.',
  'photos.size.bytes': '{count} byte',
  'photos.size.kb': '{value} KB',
};
