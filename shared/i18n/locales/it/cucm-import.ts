import type { cucmImportMessages as english } from '../../messages/cucm-import.js';
import type { Translation } from '../../translation.js';

/** Text of the CUCM import, in Italian. */
export const cucmImportMessages: Translation<typeof english> = {
  // --- SQL filter ------------------------------------------------------------------------------------------
  'cucmImport.sql.tooLong': 'Il filtro SQL è troppo lungo (al massimo {max} caratteri).',
  'cucmImport.sql.unterminatedText': "Questo testo non ha l’apice di chiusura. Terminalo con ' (scrivi '' per un apice all’interno del testo).",
  'cucmImport.sql.doubleQuotes': "Metti il testo tra apici singoli, come 'support'. Le virgolette doppie non si usano.",
  'cucmImport.sql.typographicQuotes':
    "Usa l’apice singolo semplice ' intorno al testo, non un apice tipografico (spesso inserito dai programmi di videoscrittura).",
  'cucmImport.sql.unquotedNumber': "I numeri vengono confrontati come testo: scrivi '{number}' tra apici singoli.",
  'cucmImport.sql.unexpectedCharacter': '“{character}” non ha significato qui.',
  'cucmImport.sql.unknownField': '“{name}” non è un campo. I campi sono {fields}.',
  'cucmImport.sql.conditionOnly': 'Scrivi solo la condizione, senza {word}.',
  'cucmImport.sql.expectedCondition': 'Qui è prevista una condizione: un campo come usr_Department, NOT oppure una parentesi aperta.',
  'cucmImport.sql.expectedOperator': 'Dopo {operand} è previsto un confronto: =, <>, <, <=, >, >=, LIKE, IN, BETWEEN o IS NULL.',
  'cucmImport.sql.expectedValue': "Qui è previsto un valore: testo tra apici singoli come 'support', oppure un campo.",
  'cucmImport.sql.expectedPattern': "LIKE richiede un modello tra apici singoli, come '%@example.com'.",
  'cucmImport.sql.expectedList': "IN richiede un elenco tra parentesi, come ('sales', 'support').",
  'cucmImport.sql.expectedListItem': "Nell’elenco è previsto un valore tra apici singoli, come 'sales'.",
  'cucmImport.sql.expectedListSeparator': 'Nell’elenco è prevista una virgola o una parentesi chiusa.',
  'cucmImport.sql.expectedNull': 'IS deve essere seguito da NULL o NOT NULL.',
  'cucmImport.sql.expectedBetweenAnd': "BETWEEN richiede AND tra i suoi due valori, come BETWEEN '1000' AND '1999'.",
  'cucmImport.sql.expectedNegatable': 'Qui NOT deve essere seguito da LIKE, IN o BETWEEN.',
  'cucmImport.sql.expectedConnector': 'Qui è previsto AND, OR, una parentesi chiusa o la fine del filtro.',
  'cucmImport.sql.expectedCloseParen': 'Qui manca una parentesi chiusa.',
  'cucmImport.sql.unmatchedParen': 'Questa parentesi chiusa non ha una parentesi aperta corrispondente.',
  'cucmImport.sql.tooDeep': 'Il filtro annida parentesi o NOT per più di {max} livelli.',

  // --- XML filter ------------------------------------------------------------------------------------------
  'cucmImport.xml.tooLong': 'Il filtro XML è troppo lungo (al massimo {max} caratteri).',
  'cucmImport.xml.controlCharacter': 'Il filtro XML contiene un carattere di controllo.',
  'cucmImport.xml.bareAmpersand': 'Scrivi & come &amp;.',
  'cucmImport.xml.entity': '&{entity}; non è accettato. Usa &amp; &lt; &gt; &quot; &apos; oppure un riferimento numerico a un carattere come &#38;.',
  'cucmImport.xml.unclosedComment': 'Questo commento non è chiuso con -->.',
  'cucmImport.xml.declaration': 'Le dichiarazioni (<!DOCTYPE …>, <![CDATA[ …) non sono accettate: scrivi solo gli elementi e i loro valori.',
  'cucmImport.xml.processingInstruction': 'Le istruzioni di elaborazione come <?xml …?> non servono: inizia con <searchCriteria> o con un criterio.',
  'cucmImport.xml.badTag': 'Questo tag non è ben formato. Scrivi un criterio come <lastName>S%</lastName>.',
  'cucmImport.xml.attribute': 'Attributi (e namespace) non sono accettati: scrivi <{name}> solo con il suo valore.',
  'cucmImport.xml.unknownElement': 'La ricerca utenti di CUCM non ha il criterio <{name}>. Usa {elements}.',
  'cucmImport.xml.nested': 'All’interno di <{name}> non può esserci altro che il suo valore.',
  'cucmImport.xml.rootOnce': '<searchCriteria> può comparire una sola volta, intorno a tutti i criteri.',
  'cucmImport.xml.outsideRoot': '<{name}> deve trovarsi all’interno di <searchCriteria> come gli altri criteri.',
  'cucmImport.xml.duplicate': '<{name}> compare due volte. Indica ogni criterio una sola volta.',
  'cucmImport.xml.emptyValue': '<{name}> richiede un valore. Usa % come carattere jolly; % da solo corrisponde a tutti gli utenti.',
  'cucmImport.xml.valueTooLong': 'Il valore di <{name}> è troppo lungo (al massimo {max} caratteri).',
  'cucmImport.xml.textOutside': 'Il testo deve essere il valore di un criterio, come <lastName>S%</lastName>.',
  'cucmImport.xml.unclosed': '<{name}> non è chiuso: aggiungi </{name}>.',
  'cucmImport.xml.mismatchedEnd': '</{found}> non chiude <{expected}>: scrivi </{expected}>.',
  'cucmImport.xml.unexpectedEnd': '</{name}> non chiude nulla.',

  // --- preview, apply ---------------------------------------------------------------------------------------
  'cucmImport.busy': 'Un’anteprima sta già leggendo da CUCM. Attendi che finisca oppure interrompila.',
  'cucmImport.siteChanged': 'È stato aperto un altro sito durante la lettura degli utenti da CUCM. Rigenera l’anteprima.',
  'cucmImport.previewGone': 'Questa anteprima non è più disponibile. Rigenera l’anteprima.',
  'cucmImport.compare.failed':
    'Il confronto degli utenti letti da CUCM con questo sito si è interrotto in modo imprevisto. Non è stato modificato nulla; rigenera l’anteprima.',
  'cucmImport.compare.outOfMemory':
    'Il confronto degli utenti letti da CUCM ha esaurito la memoria ed è stato interrotto. Non è stato modificato nulla; restringi il filtro XML in modo che CUCM restituisca meno utenti, poi rigenera l’anteprima.',
  'cucmImport.stale': 'Il sito è cambiato dopo la creazione di questa anteprima. Rigenera l’anteprima per vedere cosa farebbe ora l’importazione.',
  'cucmImport.problem.duplicate': 'CUCM ha restituito due volte l’ID utente {username} (anche nella riga {line}); viene importato una sola volta.',
  // --- reading from CUCM: complete or nothing ----------------------------------------------------------------
  'cucmImport.read.busy':
    'La lettura degli utenti finali da CUCM si è interrotta: CUCM è rimasto occupato per {seconds} s (HTTP 503 o “Maximum AXL Memory Allocation Consumed”) dopo {users} utenti in {pages} pagine. Non è stato modificato nulla e non è stata creata alcuna anteprima. Riprova più tardi, quando meno applicazioni usano AXL (amministrazione di massa, altre importazioni).',
  'cucmImport.read.stopped':
    'La lettura degli utenti finali da CUCM si è interrotta: CUCM non ha più risposto dopo {users} utenti in {pages} pagine ({tries} tentativi). Non è stato modificato nulla e non è stata creata alcuna anteprima. Verifica che il publisher sia in esecuzione e raggiungibile, poi rigenera l’anteprima.',
  'cucmImport.read.changed':
    'La lettura degli utenti finali da CUCM si è interrotta: gli utenti finali sono cambiati in CUCM durante la lettura (dopo {users} utenti). Non è stato modificato nulla e non è stata creata alcuna anteprima. Rigenera l’anteprima quando nessuno sta aggiungendo o eliminando utenti finali.',
  'cucmImport.read.short':
    'La lettura degli utenti finali da CUCM si è interrotta: CUCM ha indicato almeno {total} utenti finali corrispondenti, ma le sue pagine sono terminate dopo {users}. Non è stato modificato nulla e non è stata creata alcuna anteprima. Rigenera l’anteprima; se succede di nuovo, controlla il servizio AXL di CUCM.',
  'cucmImport.read.gap':
    'La lettura degli utenti finali da CUCM si è interrotta: le righe da {from} a {to} non hanno mai ricevuto risposta. Non è stato modificato nulla e non è stata creata alcuna anteprima. Rigenera l’anteprima.',
  'cucmImport.read.failed':
    'La lettura degli utenti finali da CUCM si è interrotta in modo imprevisto. Non è stato modificato nulla e non è stata creata alcuna anteprima; rigenera l’anteprima.',
  'cucmImport.read.noEnd':
    'La lettura degli utenti finali da CUCM non è terminata (dopo {users} utenti). Non è stato modificato nulla e non è stata creata alcuna anteprima. Rigenera l’anteprima.',
  'cucmImport.read.tooMany':
    'La lettura degli utenti finali da CUCM si è interrotta: sono stati richiesti {asked} utenti e CUCM ne ha restituiti {found}. CUCM non risponde in questo modo; verifica che publisher e porta in Impostazioni > CUCM corrispondano al servizio AXL di CUCM.',
  // --- mass deletion ---------------------------------------------------------------------------------------
  'cucmImport.threshold.range': 'Immetti un numero intero compreso nell’intervallo indicato.',
  'cucmImport.massDelete.typeCount': 'Digita il numero di utenti da eliminare ({count}) per eliminarli, oppure disattivali invece di eliminarli.',
  'cucmImport.massDelete.wrongCount': 'Non è il numero di utenti da eliminare. Digita {count}, oppure disattivali invece di eliminarli.',
  // --- screen ----------------------------------------------------------------------------------------------
  'nav.cucmImport': 'Importa da CUCM',
  'cucmImport.title': 'Importa da CUCM',
  'cucmImport.open': 'Importa da CUCM',
  'cucmImport.intro':
    'Legge gli utenti finali di Cisco Unified Communications Manager e mostra cosa cambierebbe in questo sito. Nulla cambia finché non si applica l’importazione. Gli utenti importati in precedenza da CUCM che i filtri non restituiscono più vengono eliminati; gli utenti inseriti manualmente o importati da un file non vengono mai modificati.',
  'cucmImport.publisher': 'Gli utenti finali vengono letti da {publisher} (Impostazioni > CUCM).',
  'cucmImport.notConfigured.title': 'CUCM non è configurato',
  'cucmImport.notConfigured.message':
    'Immetti il publisher, l’utente AXL e la relativa password in Impostazioni > CUCM, testa la connessione e poi torna qui.',
  'cucmImport.notConfigured.open': 'Apri Impostazioni > CUCM',
  'cucmImport.save': 'Salva filtri',
  'cucmImport.saveHint': 'Ctrl+S. Ogni importazione conserva anche i filtri e la mappatura con cui è stata eseguita.',
  'cucmImport.saved': 'Filtri e mappatura salvati.',
  'settings.section.cucmImport': 'Importazione CUCM',
  'field.xmlFilter': 'Filtro XML',
  'field.sqlFilter': 'Filtro SQL',
  'field.deleteThresholdPercent': 'Eliminazione di massa: quota degli utenti CUCM',
  'field.deleteThresholdUsers': 'Eliminazione di massa: numero di utenti',
  'cucmMapping.firstName': 'Mappatura di Nome',
  'cucmMapping.lastName': 'Mappatura di Cognome',
  'cucmMapping.department': 'Mappatura di Reparto',
  'cucmMapping.email': 'Mappatura di E-mail',
  'cucmMapping.language': 'Mappatura di Lingua',
  'cucmMapping.mobile': 'Mappatura di Cellulare',
  'cucmMapping.pager': 'Mappatura di Cercapersone',
  'cucmMapping.phone': 'Mappatura di Telefono',
  'cucmMapping.number': 'Mappatura di Numero',
  'cucmMapping.phones': 'Mappatura di Telefoni',

  'cucmImport.section.filters': 'Filtri',
  'cucmImport.xml.label': 'Filtro XML (applicato da CUCM)',
  'cucmImport.xml.hint':
    'Inviato a CUCM, che seleziona gli utenti finali: i criteri di ricerca di listUser di AXL, come intero elemento <searchCriteria> o solo i criteri al suo interno. Criteri: firstName, lastName, userid, department, ciascuno una volta, con % come carattere jolly; devono corrispondere tutti. Vuoto: tutti gli utenti finali.',
  'cucmImport.sql.label': 'Filtro SQL (applicato da Roster in seguito)',
  'cucmImport.sql.hint':
    "Applicato da Roster agli utenti restituiti da CUCM: una condizione come usr_Department = 'support'. Maiuscole e minuscole sono equivalenti, i numeri vengono confrontati come testo e un valore vuoto è NULL. Vuoto: mantieni tutti gli utenti.",
  'cucmImport.reference': 'Campi e operatori',
  'cucmImport.reference.fields': 'Campi del filtro SQL',
  'cucmImport.reference.field': 'Campo',
  'cucmImport.reference.value': 'Valore da CUCM',
  'cucmImport.reference.usr_Name': 'ID utente (userid)',
  'cucmImport.reference.usr_FirstName': 'Nome (firstName)',
  'cucmImport.reference.usr_LastName': 'Cognome (lastName)',
  'cucmImport.reference.usr_eMail': 'ID e-mail (mailid); usr_Email è lo stesso campo',
  'cucmImport.reference.usr_PhoneNumber': 'Numero di telefono (telephoneNumber)',
  'cucmImport.reference.usr_Department': 'Reparto (department)',
  'cucmImport.reference.usr_PhoneMac':
    'Il nome dispositivo del telefono fisso, SEP seguito dal suo indirizzo MAC, ad es. SEP002304342534 (il primo telefono associato; NULL se l’utente non ne ha)',
  'cucmImport.reference.operators': 'Confronto',
  'cucmImport.reference.combine': 'Combinazione',
  'cucmImport.reference.text': 'Testo',
  'cucmImport.reference.textValue': "tra apici singoli: 'support'; un apice all’interno si scrive due volte: 'O''Brien'",
  'cucmImport.reference.likeValue': 'LIKE: % qualsiasi testo, _ un carattere',
  'cucmImport.example': 'Inserisci l’esempio',
  'cucmImport.xml.exampleHint': 'Personale di supporto il cui cognome inizia con S',
  'cucmImport.sql.exampleHint': 'Personale di supporto con un numero di telefono da 1000 a 1999 e un indirizzo in company.domain',
  'cucmImport.filter.at': 'Riga {line}, colonna {column}: {message}',
  'cucmImport.filter.marker': 'Dove si trova il problema',

  'cucmImport.section.mapping': 'Mappatura dei campi',
  'cucmImport.mapping.intro':
    'Quale campo CUCM compila quale campo Roster. Un campo non importato mantiene il suo valore negli utenti importati in precedenza e riceve il valore predefinito nei nuovi utenti.',
  'cucmImport.mapping.tableLabel': 'Mappatura dei campi da CUCM a Roster',
  'cucmImport.mapping.roster': 'Campo Roster',
  'cucmImport.mapping.cucm': 'Campo CUCM',
  'cucmImport.mapping.select': 'Campo CUCM per {field}',
  'cucmImport.mapping.username': 'ID utente (userid), sempre: l’importazione successiva riconosce l’utente da questo',
  'cucmImport.mapping.none': 'Non importato',
  'cucmImport.mapping.languageHint':
    'Impostazioni locali inglesi, tedesche, francesi, italiane e spagnole di qualsiasi paese; le altre danno la lingua predefinita.',
  'cucmImport.mapping.phonesHint':
    'Ogni dispositivo associato all’utente finale; un telefono già presente in Roster mantiene modello e linea principale.',
  'cucmImport.source.firstName': 'Nome (firstName)',
  'cucmImport.source.lastName': 'Cognome (lastName)',
  'cucmImport.source.mailid': 'ID e-mail (mailid)',
  'cucmImport.source.department': 'Reparto (department)',
  'cucmImport.source.telephoneNumber': 'Numero di telefono (telephoneNumber)',
  'cucmImport.source.primaryExtension': 'Interno principale (primaryExtension)',
  'cucmImport.source.mobileNumber': 'Numero di cellulare (mobileNumber)',
  'cucmImport.source.pagerNumber': 'Numero cercapersone (pagerNumber)',
  'cucmImport.source.userid': 'ID utente (userid)',
  'cucmImport.source.userLocale': 'Impostazioni locali (userLocale)',
  'cucmImport.source.associatedDevices': 'Dispositivi associati (associatedDevices)',
  'cucmImport.newUsers.local':
    'I nuovi utenti ricevono l’autenticazione locale, i valori predefiniti e la password e il PIN iniziali dei valori predefiniti.',
  'cucmImport.newUsers.cucm': 'I nuovi utenti accedono con l’autenticazione CUCM (Impostazioni > Utente finale) e ricevono i valori predefiniti.',

  'cucmImport.preview': 'Anteprima',
  'cucmImport.previewAgain': 'Rigenera anteprima',
  'cucmImport.fixFilters': 'Correggi prima i filtri.',
  'cucmImport.progress.fetching': {
    one: 'Lettura da CUCM: {count} pagina, finora {users} utenti…',
    other: 'Lettura da CUCM: {count} pagine, finora {users} utenti…',
  },
  'cucmImport.progress.starting': 'Connessione a CUCM…',
  'cucmImport.progress.filtering': 'Lettura completata: {users} utenti finali. Applicazione del filtro SQL…',
  'cucmImport.progress.comparing': 'Confronto con questo sito dei {users} utenti finali mantenuti dal filtro SQL…',
  'cucmImport.progress.waiting.busy': 'CUCM è occupato, nuovo tentativo tra {seconds} s. Finora letti {users} utenti; l’attesa non fa perdere nulla.',
  'cucmImport.progress.waiting.memory':
    'CUCM ha poca memoria AXL (usata da altre applicazioni), nuovo tentativo tra {seconds} s. Finora letti {users} utenti; l’attesa non fa perdere nulla.',
  'cucmImport.progress.waiting.connection': 'CUCM non ha risposto, nuovo tentativo tra {seconds} s. Finora letti {users} utenti.',
  'cucmImport.progress.stage': 'Passaggio {step} di 3: {name}',
  'cucmImport.stage.read': 'lettura da CUCM',
  'cucmImport.stage.filter': 'filtro SQL',
  'cucmImport.stage.compare': 'confronto con questo sito',
  'cucmImport.progress.label': 'Lettura da CUCM',
  'cucmImport.cancel': 'Interrompi',
  'cucmImport.cancelling': 'Interruzione…',

  'cucmImport.section.preview': 'Anteprima',
  'cucmImport.unchanged': {
    one: '{count} utente importato in precedenza è già allineato.',
    other: '{count} utenti importati in precedenza sono già allineati.',
  },
  'cucmImport.outdated': 'I filtri o la mappatura sono cambiati dopo questa anteprima. Rigenera l’anteprima prima di applicare.',
  'cucmImport.list.add': 'Da aggiungere',
  'cucmImport.list.update': 'Da aggiornare',
  'cucmImport.list.delete': 'Da eliminare',
  'cucmImport.list.conflict': 'Conflitti',
  'cucmImport.list.problem': 'Problemi',
  'cucmImport.list.add.intro': 'Nuovi utenti, così come verranno memorizzati.',
  'cucmImport.list.update.intro': 'Utenti importati in precedenza da CUCM i cui campi sono cambiati in CUCM.',
  'cucmImport.list.delete.intro':
    'Utenti importati in precedenza da CUCM che i filtri non restituiscono più. Vengono spostati in Utenti eliminati, da dove possono essere ripristinati.',
  'cucmImport.list.conflict.intro':
    'CUCM ha un utente con questo nome, ma l’utente Roster è stato inserito manualmente o importato da un file. Resta invariato.',
  'cucmImport.list.problem.intro':
    'Non importati: i loro valori violano le regole dell’editor utenti o sono in conflitto con un altro utente. Correggili in CUCM oppure modifica la mappatura.',
  'cucmImport.list.empty': 'Nessuno.',
  'cucmImport.col.changes': 'Modifiche',
  'cucmImport.col.problem': 'Problema',
  'cucmImport.change': '{field}: {before} → {after}',
  'cucmImport.problem.at': '{field}: {message}',

  'cucmImport.apply': 'Applica importazione',
  'cucmImport.apply.nothing': 'Niente da modificare: questo sito corrisponde già a CUCM.',
  'cucmImport.confirm.title': 'Applicare l’importazione?',
  'cucmImport.confirm.adds': {
    zero: 'Non viene aggiunto alcun utente.',
    one: 'Viene aggiunto {count} utente.',
    other: 'Vengono aggiunti {count} utenti.',
  },
  'cucmImport.confirm.updates': {
    zero: 'Non viene aggiornato alcun utente.',
    one: 'Viene aggiornato {count} utente.',
    other: 'Vengono aggiornati {count} utenti.',
  },
  'cucmImport.confirm.deletes': {
    zero: 'Non viene eliminato alcun utente.',
    one: 'Viene eliminato {count} utente importato in precedenza da CUCM.',
    other: 'Vengono eliminati {count} utenti importati in precedenza da CUCM.',
  },
  'cucmImport.confirm.undo': 'L’importazione viene registrata e può essere annullata per intero.',
  'cucmImport.massDelete.title': 'Eliminare {count} utenti?',
  'cucmImport.massDelete.message':
    'Questa importazione rimuoverebbe {count} dei {imported} utenti importati da CUCM: più dei {threshold} che può rimuovere con un clic (Eliminazione di massa nei filtri). La lettura da CUCM è stata completa ({read} utenti finali), quindi CUCM non restituisce più questi utenti per i filtri impostati. Se non è ciò che ci si aspetta, annulla e controlla i filtri.',
  'cucmImport.massDelete.choice': 'Cosa fare con questi utenti?',
  'cucmImport.massDelete.disable': 'Disattiva i {count} utenti',
  'cucmImport.massDelete.disableHint': 'Restano nel sito ma non possono accedere. Non si perde nulla; l’annullamento li riattiva.',
  'cucmImport.massDelete.delete': 'Elimina i {count} utenti',
  'cucmImport.massDelete.deleteHint':
    'Vengono spostati in Utenti eliminati, da dove possono essere ripristinati. L’annullamento li riporta indietro.',
  'cucmImport.massDelete.typeLabel': 'Digita il numero di utenti da eliminare ({count}) per confermare',
  'cucmImport.massDelete.applyDelete': 'Applica ed elimina {count} utenti',
  'cucmImport.massDelete.applyDisable': 'Applica e disattiva {count} utenti',
  'cucmImport.failed.title': 'L’anteprima si è interrotta al passaggio “{step}”',
  'cucmImport.failed.safe': 'In questo sito non è stato modificato nulla e nessun utente viene eliminato a causa di una lettura incompleta.',
  'cucmImport.readComplete': {
    one: 'Lettura completata: {users} utenti finali letti da {publisher} in {count} pagina ({seconds} s); CUCM ha indicato che non ce ne sono altri.',
    other:
      'Lettura completata: {users} utenti finali letti da {publisher} in {count} pagine ({seconds} s); CUCM ha indicato che non ce ne sono altri.',
  },
  'cucmImport.readWaited':
    'CUCM è stato occupato {busy} volte ({waited} s di attesa) e ha rifiutato {throttled} pagine perché troppo grandi; sono state tutte richieste di nuovo.',
  'cucmImport.kept': 'Il filtro SQL ha mantenuto {matched}.',
  'cucmImport.shared.title': {
    one: '{count} utente riceverebbe un numero che ha anche un altro utente (una linea condivisa)',
    other: '{count} utenti riceverebbero un numero che ha anche un altro utente (linee condivise)',
  },
  'cucmImport.shared.intro': 'Sono evidenziati negli elenchi sotto. All’applicazione:',
  'cucmImport.shared.keep': 'Mantieni i numeri condivisi (ogni utente riceve il numero fornito da CUCM)',
  'cucmImport.shared.omit': 'Importa questi utenti senza il numero condiviso (lo mantiene il primo titolare)',
  'cucmImport.sharedWith': 'Condiviso con {usernames}',
  'cucmImport.overThreshold':
    'Gli utenti da eliminare superano la soglia ({threshold}): all’applicazione verrà chiesto di digitarne il numero, oppure di disattivarli invece di eliminarli.',
  'cucmImport.section.deletion': 'Eliminazione di massa',
  'cucmImport.deletion.intro':
    'Un’importazione che eliminerebbe più utenti importati da CUCM di entrambi i limiti chiede di digitare il numero di utenti da eliminare e propone di disattivarli invece di eliminarli.',
  'cucmImport.deletion.percent': 'Quota degli utenti importati da CUCM (%)',
  'cucmImport.deletion.percentHint': 'Da 1 a 100. Predefinito: 10.',
  'cucmImport.deletion.users': 'Numero di utenti',
  'cucmImport.deletion.usersHint': 'Da 1 a 100.000. Predefinito: 50. Si applica il maggiore dei due limiti.',
  'cucmImport.confirm.apply': 'Applica',
  'cucmImport.result.title': 'Importazione applicata',
  'cucmImport.result.message':
    '{created} aggiunti, {updated} aggiornati, {deleted} eliminati. Non importati: {rejected} con problemi, {skipped} in conflitto con utenti non provenienti da CUCM.',
  'cucmImport.result.undoneTitle': 'Importazione annullata',
  'cucmImport.result.undone': 'Il sito è com’era prima di questa importazione.',
  'cucmImport.result.imports': 'Tutte le importazioni',
  'cucmImport.undo': 'Annulla importazione',
  'cucmImport.undo.title': 'Annullare questa importazione?',
  'cucmImport.undo.message':
    'Gli utenti aggiunti vengono rimossi; gli utenti aggiornati o eliminati riprendono ciò che avevano prima, comprese le modifiche manuali apportate nel frattempo.',
  'cucmImport.undo.confirm': 'Annulla importazione',
  'cucmImport.undone': 'Importazione annullata.',
};
