import type { cucmMessages as english } from '../../messages/cucm.js';
import type { Translation } from '../../translation.js';

/** Text of Settings > CUCM, its connection tests and the AXL client's refusals, in Italian. */
export const cucmMessages: Translation<typeof english> = {
  // --- validation ------------------------------------------------------------------------------------------
  'rule.cucm.axlVersion': 'Scegli la versione AXL, una tra {values}.',
  'rule.cucm.timeout': 'Il timeout è un numero intero di secondi da {min} a {max}.',
  'rule.cucm.hostRequired': 'Immetti il publisher CUCM (necessario con un utente AXL e per il test).',
  'rule.cucm.axlUserRequired': 'Immetti l’utente AXL con cui Roster accede (necessario con un publisher e per il test).',
  'rule.cucm.endUserId': 'Immetti l’ID utente di un utente finale CUCM.',

  // --- refusals (the AXL client's reasons) -----------------------------------------------------------------
  'cucm.error.notConfigured': 'CUCM non è configurato: immetti il publisher e l’utente AXL in Impostazioni > CUCM.',
  'cucm.error.noPassword': 'Nessuna password AXL memorizzata: immettila in Impostazioni > CUCM e salva.',
  'cucm.error.passwordUnreadable':
    'La password AXL memorizzata non può essere decifrata su questa postazione: immettila di nuovo in Impostazioni > CUCM.',
  'cucm.error.unauthorized':
    'CUCM ha rifiutato l’accesso di {user} (HTTP 401): credenziali errate, oppure l’utente AXL non ha il ruolo Standard AXL API Access.',
  'cucm.error.forbidden': 'CUCM conosce {user} ma non gli consente di usare AXL (HTTP 403): assegnagli il ruolo Standard AXL API Access.',
  'cucm.error.fault': 'CUCM ha rifiutato la richiesta (codice AXL {axlcode}): {message}',
  'cucm.error.throttled': 'CUCM ha rifiutato anche una singola riga perché troppo grande ({rows} righe corrispondenti). Restringi il filtro.',
  'cucm.error.hostNotFound': 'Impossibile risolvere il nome {host}. Controlla il nome del publisher oppure usa il suo indirizzo IP.',
  'cucm.error.refused':
    '{host} ha rifiutato la connessione sulla porta {port}. Controlla la porta (8443) e che i servizi web di CUCM siano in esecuzione.',
  'cucm.error.unreachable': 'Non esiste alcun percorso di rete verso {host}. Controlla la VPN o la connessione di rete.',
  'cucm.error.connectTimeout': 'Nessuna connessione a {host} porta {port} entro {seconds} s. Potrebbe bloccarla un firewall.',
  'cucm.error.answerTimeout': 'CUCM non ha risposto entro {seconds} s. Riprova, oppure aumenta il timeout in Impostazioni > CUCM.',
  'cucm.error.connectionClosed': 'CUCM ({host} porta {port}) ha chiuso la connessione senza rispondere.',
  'cucm.error.tlsProtocol':
    'L’handshake TLS con CUCM non è riuscito ({reason}). Questa porta potrebbe non parlare TLS: CUCM risponde ad AXL via HTTPS sulla porta 8443; controlla publisher e porta, poi testa la connessione.',
  'cucm.error.certUntrusted': 'Il certificato di {host} non è attendibile. Testa la connessione in Impostazioni > CUCM e consideralo attendibile lì.',
  'cucm.error.certExpired': 'Il certificato di {host} è scaduto il {date}.',
  'cucm.error.certNotYetValid': 'Il certificato di {host} è valido solo a partire dal {date}. Controlla l’orologio di questa postazione.',
  'cucm.error.certWrongName':
    'Il certificato di {host} è per {names}. Usa quel nome, oppure considera attendibile il certificato in Impostazioni > CUCM.',
  'cucm.error.httpStatus': 'CUCM ha risposto HTTP {status} invece di una risposta AXL. Verifica che AXL Web Service sia attivato.',
  'cucm.error.notAxl': 'La risposta non è una risposta AXL ({reason}).',
  'cucm.error.answerTooLarge':
    'La risposta a {operation} da {host} porta {port} ha superato {megabytes} MB ed è stata rifiutata: CUCM non invia mai più di 8 MB. Verifica che si tratti del publisher CUCM e della sua porta AXL, non di un altro server o di un proxy, poi riprova.',
  'cucm.error.wrongAnswer': 'CUCM ha risposto con {found} invece di {expected}.',
  'cucm.error.cancelled': 'Interrotto. Non è stato modificato nulla.',

  // --- screen -----------------------------------------------------------------------------------------------
  'nav.cucm': 'CUCM',
  'cucm.title': 'CUCM',
  'cucm.save': 'Salva',
  'cucm.saved': 'Impostazioni CUCM salvate.',
  'cucm.note':
    'Roster legge gli utenti finali da Cisco Unified Communications Manager tramite il suo servizio web AXL. I test usano i valori di questa schermata, salvati o no, e non salvano nulla.',
  'cucm.section.publisher': 'Connessione',
  'cucm.section.axlUser': 'Accesso AXL',
  'cucm.section.trust': 'Attendibilità dei certificati',
  'cucm.field.host': 'Publisher',
  'cucm.field.hostHint': 'Nome host o indirizzo IP del publisher CUCM, senza https:// né porta.',
  'cucm.field.port': 'Porta',
  'cucm.field.portHint': 'CUCM risponde ad AXL sulla sua porta HTTPS, 8443 se non è stata modificata.',
  'cucm.field.axlVersion': 'Versione AXL',
  'cucm.field.axlVersionHint': 'Lo schema della release di CUCM, ad es. 14.0 per CUCM 14. Una release risponde anche agli schemi precedenti.',
  'cucm.field.timeout': 'Timeout (secondi)',
  'cucm.field.timeoutHint': 'Quanto ogni passaggio, e ogni pagina di un’importazione, può attendere CUCM.',
  'cucm.field.axlUser': 'Utente AXL',
  'cucm.field.axlUserHint': 'Un application user di CUCM con il ruolo Standard AXL API Access (basta l’accesso in lettura).',
  'cucm.field.password': 'Password AXL',
  'cucm.trust.note':
    'CUCM presenta di solito un certificato autofirmato. Esegui il test di connessione, confronta l’impronta SHA-256 con il certificato tomcat in Cisco Unified OS Administration, poi consideralo attendibile. Viene accettato solo quel certificato esatto, oppure uno emesso da una CA considerata attendibile da questa postazione.',
  'cucm.trust.none':
    'Nessun certificato è considerato attendibile singolarmente: vengono accettati solo i certificati emessi da una CA considerata attendibile da questa postazione.',
  'cucm.trust.forget': 'Rimuovi',
  'cucm.trust.forgetLabel': 'Rimuovi il certificato {fingerprint}',
  'cucm.trust.forgotten': 'Certificato rimosso. Salva per mantenere la modifica.',
  'cucm.cert.trustConfirm':
    'Considerare attendibile questo certificato per {host}? Verrà accettato solo questo certificato esatto (impronta {fingerprint}). Confronta l’impronta con quella mostrata da CUCM. Salva le impostazioni per mantenerlo.',
  'cucm.cert.trusted': 'Certificato considerato attendibile. Esegui di nuovo il test e salva per mantenerlo.',
  'cucm.test.connection': 'Testa connessione',
  'cucm.test.endUser': 'Testa l’autenticazione CUCM di un utente finale',
  'cucm.test.endUserTitle': 'Utente finale da autenticare',
  'cucm.test.endUserNote':
    'CUCM verifica la password di questo utente finale, come farà “Usa autenticazione CUCM”. La password viene inviata a CUCM solo per questo test; non viene né memorizzata né registrata nel log.',
  'cucm.test.userid': 'ID utente finale',
  'cucm.test.useridHint': 'L’ID utente come appare in CUCM in User Management > End User.',
  'cucm.test.password': 'Password dell’utente finale',
  'cucm.test.run': 'Autentica',
  'cucm.text.header': 'Test CUCM di Roster: {kind}',
  'cucm.text.target': 'Publisher: {host}:{port}, AXL {axlVersion}, utente AXL {axlUser} (password non mostrata), timeout {timeout} s',
  'cucm.text.endUser': 'Utente finale: {userid} (password non mostrata)',

  // --- steps ------------------------------------------------------------------------------------------------
  'cucm.step.resolve': 'Risoluzione host',
  'cucm.step.connect': 'Connessione TCP',
  'cucm.step.tls': 'Handshake TLS',
  'cucm.step.auth': 'Accesso AXL (HTTP)',
  'cucm.step.version': 'Versione AXL',
  'cucm.step.endUser': 'Autenticazione utente finale',

  // --- step notes -------------------------------------------------------------------------------------------
  'cucm.note.tlsProtocol': '{protocol}, {cipher}',
  'cucm.note.accepted': 'HTTP {status}: CUCM ha accettato {user} per AXL',
  'cucm.note.request': 'Richiesta getCCMVersion con SOAPAction {action}',
  'cucm.note.version': 'CUCM {version} ha risposto con lo schema AXL {axlVersion}',
  'cucm.note.versionOlderSchema': 'Questo è CUCM {release}: AXL {axlVersion} funziona, e {release} userebbe il proprio schema',
  'cucm.note.endUserAccepted': 'CUCM ha accettato la password di {userid}',

  // --- failures: explanation and advice -------------------------------------------------------------------
  'cucm.problem.hostNotFound': 'Impossibile risolvere il nome {host} in un indirizzo.',
  'cucm.advice.hostNotFound':
    'Controlla l’ortografia oppure usa l’indirizzo IP del publisher. Assicurati che questa postazione usi il DNS del cliente (VPN connessa?).',
  'cucm.problem.refused': '{address} ha rifiutato la connessione sulla porta {port}: nessun servizio in ascolto.',
  'cucm.advice.refused':
    'Controlla la porta: CUCM risponde ad AXL sulla 8443. Assicurati che si tratti del publisher e che il suo servizio Tomcat sia in esecuzione.',
  'cucm.problem.unreachable': 'Non esiste alcun percorso di rete verso {address}.',
  'cucm.advice.unreachable': 'Controlla la VPN o la connessione di rete e l’indirizzo.',
  'cucm.problem.connectTimeout': 'Nessuna risposta da {address} porta {port} entro {seconds} s.',
  'cucm.advice.connectTimeout':
    'Probabilmente un firewall blocca la connessione. Verifica che la porta 8443 sia aperta da questa postazione, oppure aumenta il timeout su un collegamento lento.',
  'cucm.problem.answerTimeout': 'CUCM ha accettato la connessione ma non ha risposto entro {seconds} s.',
  'cucm.advice.answerTimeout':
    'Questa porta potrebbe non essere la porta HTTPS di CUCM, oppure CUCM è molto occupato. Controlla la porta (8443) o aumenta il timeout.',
  'cucm.problem.connectionClosed': 'Il server ha chiuso la connessione senza rispondere.',
  'cucm.advice.connectionClosed': 'La porta potrebbe non parlare HTTPS. CUCM risponde ad AXL sulla 8443.',
  'cucm.problem.tlsProtocol': 'L’handshake TLS non è riuscito: {reason}.',
  'cucm.advice.tlsProtocol': 'Questa porta potrebbe non parlare TLS. CUCM risponde ad AXL via HTTPS sulla 8443.',
  'cucm.problem.certUntrusted':
    'Il certificato non è stato emesso da una CA considerata attendibile da questa postazione (il certificato tomcat di CUCM è autofirmato).',
  'cucm.advice.certUntrusted':
    'Confronta l’impronta sotto con il certificato tomcat in Cisco Unified OS Administration > Security > Certificate Management, poi consideralo attendibile.',
  'cucm.problem.certExpired': 'Il certificato è scaduto il {date}.',
  'cucm.advice.certExpired': 'L’amministratore di CUCM deve rigenerare il certificato tomcat; controlla anche l’orologio di questa postazione.',
  'cucm.problem.certNotYetValid': 'Il certificato è valido solo a partire dal {date}.',
  'cucm.advice.certNotYetValid': 'Controlla data e ora di questa postazione.',
  'cucm.problem.certWrongName': 'Il certificato è per {names}, non per {host}.',
  'cucm.advice.certWrongName': 'Indica il publisher con uno dei nomi elencati nel certificato, oppure considera attendibile questo certificato.',
  'cucm.problem.unauthorized': 'CUCM ha rifiutato l’accesso di {user} (HTTP 401).',
  'cucm.advice.unauthorized':
    'Il nome utente o la password sono errati, oppure l’utente non ha il ruolo Standard AXL API Access. Controlla entrambi in CUCM in User Management > Application User (il ruolo si ottiene con un gruppo come Standard AXL API Access).',
  'cucm.problem.forbidden': 'CUCM conosce {user} ma non gli consente di usare AXL (HTTP 403).',
  'cucm.advice.forbidden': 'Assegna all’utente il ruolo Standard AXL API Access (User Management > Application User > Permissions).',
  'cucm.problem.fault': 'CUCM ha rifiutato la richiesta (codice AXL {axlcode}).',
  'cucm.advice.fault':
    'Il messaggio di CUCM è riportato sotto. Se indica la versione o l’operazione, scegli la versione AXL di questa release di CUCM.',
  'cucm.problem.throttled': 'CUCM ha rifiutato la risposta perché troppo grande ({rows} righe corrispondenti).',
  'cucm.advice.throttled': 'Restringi il filtro.',
  'cucm.problem.busy': 'CUCM è occupato (HTTP {status}): ha risposto, ma chiede di ripetere la richiesta più tardi.',
  'cucm.advice.busy':
    'Le impostazioni sono corrette. Ripeti il test tra un minuto; se CUCM resta occupato, altre applicazioni potrebbero caricare il cluster: chiedi al suo amministratore quando è meno carico. Un’importazione attende CUCM automaticamente.',
  'cucm.problem.httpStatus': 'CUCM ha risposto HTTP {status} invece di una risposta AXL.',
  'cucm.advice.httpStatus':
    'Verifica che AXL Web Service sia attivato sul publisher (Cisco Unified Serviceability > Service Activation) e che si tratti di CUCM.',
  'cucm.problem.notAxl': 'La risposta non è una risposta AXL ({reason}).',
  'cucm.advice.notAxl': 'Su questa porta potrebbe essere in ascolto un altro server web. Controlla publisher e porta.',
  'cucm.problem.answerTooLarge': 'La risposta a {operation} ha superato {megabytes} MB ed è stata rifiutata: CUCM non invia mai più di 8 MB.',
  'cucm.advice.answerTooLarge':
    'Su questa porta potrebbe rispondere un altro server o un proxy invece di CUCM. Controlla publisher e porta (8443), poi ripeti il test.',
  'cucm.problem.wrongAnswer': 'CUCM ha risposto con {found} invece di {expected}.',
  'cucm.advice.wrongAnswer': 'Scegli la versione AXL di questa release di CUCM.',
  'cucm.problem.noPassword': 'Nessuna password AXL: CUCM rifiuterebbe l’accesso.',
  'cucm.advice.noPassword': 'Digita la password dell’utente AXL.',
  'cucm.problem.endUserRejected': 'CUCM non ha accettato la password di {userid}.',
  'cucm.advice.endUserRejected':
    'Controlla la password (e il Bloc Maiusc). In CUCM, controlla le credenziali dell’utente finale: la password potrebbe essere bloccata dopo tentativi non riusciti o scaduta, oppure l’utente potrebbe essere autenticato tramite LDAP con una password diversa.',
  'cucm.problem.cancelled': 'Interrotto.',
  'cucm.advice.cancelled': 'Esegui di nuovo il test al momento opportuno.',
  'cucm.problem.unexpected': 'Il passaggio non è riuscito per un errore imprevisto: {reason}.',
  'cucm.advice.unexpected': 'Copia questo risultato e invialo con un ticket di assistenza.',
};
