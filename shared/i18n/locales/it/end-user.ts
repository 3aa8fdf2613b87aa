import type { endUserMessages as english } from '../../messages/end-user.js';
import type { Translation } from '../../translation.js';

/** Text of the end-user screens and refusals, in Italian. */
export const endUserMessages: Translation<typeof english> = {
  'endUser.intro':
    'Come accedono gli utenti finali (non gli amministratori) e da dove la piattaforma ricava se sono disponibili, occupati o assenti.',
  'endUser.save': 'Salva',
  'endUser.saved': 'Impostazioni utente finale salvate.',
  'endUser.nothingToSave': 'Non è cambiato nulla.',
  'endUser.hiddenIssues':
    'Le impostazioni di {service} presentano un problema. Scegli {service} come servizio di presenza per correggerlo, poi salva.',

  'endUser.authentication': 'Autenticazione',
  'endUser.useCucmAuthentication': 'Usa autenticazione CUCM',
  'endUser.useCucmAuthenticationHint': 'Gli utenti finali accedono con le credenziali CUCM invece che con una password conservata dalla piattaforma.',

  'endUser.presence': 'Presenza',
  'endUser.service': 'Servizio di presenza',
  'endUser.serviceHint': 'Viene usato solo il servizio scelto. Le impostazioni degli altri restano conservate, per poter tornare indietro.',
  'endUser.service.none': 'Nessuno',
  'endUser.service.cups': 'Cisco Unified Presence Server (CUPS)',
  'endUser.service.teams': 'Microsoft Teams',
  'endUser.noService': 'Per gli utenti finali non viene mostrata alcuna presenza.',

  'endUser.cups.title': 'Impostazioni di Cisco Unified Presence Server (CUPS)',
  'endUser.cups.activated': 'Attivato',
  'endUser.cups.activatedHint': 'Si collega a questo server per mostrare se gli utenti sono disponibili, occupati o assenti.',
  'endUser.cups.host': 'Server',
  'endUser.cups.hostHint': 'Nome host o indirizzo IP del server di presenza, ad esempio cups.example.com.',
  'endUser.cups.port': 'Porta',
  'endUser.cups.portHint': 'Di solito 5060 (SIP su UDP o TCP), 5061 (SIP su TLS) o 8443 (HTTPS).',
  'endUser.cups.domain': 'Dominio',
  'endUser.cups.domainHint': 'Il dominio degli indirizzi SIP degli utenti, ad esempio example.com.',

  'endUser.teams.title': 'Impostazioni di Microsoft Teams',
  'endUser.teams.activated': 'Attivato',
  'endUser.teams.activatedHint': 'Legge la presenza da Microsoft Teams tramite l’API Microsoft Graph.',
  'endUser.teams.applicationId': 'ID applicazione',
  'endUser.teams.applicationIdHint': 'L’ID applicazione (client) dell’app registrata in Microsoft Entra ID (Azure AD).',
  'endUser.teams.tenantId': 'ID tenant',
  'endUser.teams.tenantIdHint': 'L’ID directory (tenant) dell’organizzazione Microsoft 365.',
  'endUser.teams.clientSecret': 'Valore del segreto client',
  'endUser.teams.clientSecretHint':
    'Il valore del segreto client creato per la registrazione dell’app. Viene memorizzato cifrato e non viene più mostrato.',
  'endUser.teams.clientSecretId': 'ID del segreto client',
  'endUser.teams.clientSecretIdHint': 'L’ID che Azure mostra accanto al segreto, per capire quale segreto è in uso.',
  'endUser.teams.notificationUrl': 'URL di notifica',
  'endUser.teams.notificationUrlHint':
    'Dove Microsoft Graph invia le variazioni di presenza. Deve essere un indirizzo https:// raggiungibile da Azure.',
  'endUser.teams.certificateId': 'ID certificato',
  'endUser.teams.certificateIdHint': 'Solo se un certificato protegge i dati di presenza: il suo identificatore.',
  'endUser.teams.domain': 'Dominio',
  'endUser.teams.domainHint': 'Il dominio degli account Teams, ad esempio example.com.',

  'endUser.integrationUsers.title': 'Utenti di integrazione',
  'endUser.integrationUsers.hint': 'Account Microsoft Teams con cui la piattaforma accede per sottoscrivere la presenza. Al massimo {max}.',
  'endUser.integrationUsers.count': '{count} di {max}',
  'endUser.integrationUsers.none': 'Ancora nessun utente di integrazione.',
  'endUser.integrationUsers.add': 'Aggiungi utente di integrazione',
  'endUser.integrationUsers.full': 'È stato raggiunto il limite di {max} utenti di integrazione. Rimuovine uno per aggiungerne un altro.',
  'endUser.integrationUser.legend': 'Utente di integrazione {n}',
  'endUser.integrationUser.username': 'Nome utente',
  'endUser.integrationUser.usernameHint': 'Il nome dell’entità utente (UPN) dell’account, ad esempio presence.bot@example.com.',
  'endUser.integrationUser.password': 'Password',
  'endUser.integrationUser.passwordSet': 'Impostata. Lascia vuoto per mantenerla, oppure digitane una nuova per sostituirla.',
  'endUser.integrationUser.remove': 'Rimuovi utente di integrazione {n}',

  'rule.endUser.secret.empty': 'Digita o incolla il nuovo valore, oppure mantieni quello attuale.',
  'rule.endUser.service.unknown': 'Scegli Nessuno, Cisco Unified Presence Server (CUPS) o Microsoft Teams.',
  'rule.endUser.cups.required': 'Obbligatorio quando la presenza di Cisco Unified Presence Server è attivata.',
  'rule.endUser.teams.required': 'Obbligatorio quando la presenza di Microsoft Teams è attivata.',
  'rule.endUser.teams.clientSecretRequired': 'Quando è attivata, la presenza di Microsoft Teams richiede il valore del segreto client.',
  'rule.endUser.integrationUsers.tooMany':
    'Si possono aggiungere al massimo {max} utenti di integrazione. Rimuovine uno prima di aggiungerne un altro.',
  'rule.endUser.integrationUser.username.required': 'Immetti il nome utente dell’utente di integrazione.',
  'rule.endUser.integrationUser.username.format': 'Immetti un nome dell’entità utente (UPN) come presence.bot@example.com.',
  'rule.endUser.integrationUser.duplicate': '“{username}” compare più di una volta (maiuscole e minuscole non contano).',
  'rule.endUser.integrationUser.password.required': 'Immetti la password dell’utente di integrazione.',
};
