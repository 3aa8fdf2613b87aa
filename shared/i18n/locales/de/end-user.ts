import type { endUserMessages as english } from '../../messages/end-user.js';
import type { Translation } from '../../translation.js';

/** Text of the end-user screens and refusals, in German. */
export const endUserMessages: Translation<typeof english> = {
  'endUser.intro':
    'Wie sich Endbenutzer (nicht Administratoren) anmelden und woher die Plattform erfährt, ob sie verfügbar, beschäftigt oder abwesend sind.',
  'endUser.save': 'Speichern',
  'endUser.saved': 'Endbenutzer-Einstellungen gespeichert.',
  'endUser.nothingToSave': 'Es wurde nichts geändert.',
  'endUser.hiddenIssues':
    'Die Einstellungen von {service} enthalten einen Fehler. Wählen Sie {service} als Präsenzdienst, um ihn zu korrigieren, und speichern Sie dann.',

  'endUser.authentication': 'Authentifizierung',
  'endUser.useCucmAuthentication': 'CUCM-Authentifizierung verwenden',
  'endUser.useCucmAuthenticationHint':
    'Endbenutzer melden sich mit ihren CUCM-Anmeldedaten an statt mit einem von der Plattform verwalteten Passwort.',

  'endUser.presence': 'Präsenz',
  'endUser.service': 'Präsenzdienst',
  'endUser.serviceHint': 'Nur der gewählte Dienst wird verwendet. Die Einstellungen der anderen bleiben erhalten, sodass Sie zurückwechseln können.',
  'endUser.service.none': 'Keiner',
  'endUser.service.cups': 'Cisco Unified Presence Server (CUPS)',
  'endUser.service.teams': 'Microsoft Teams',
  'endUser.noService': 'Für Endbenutzer wird keine Präsenz angezeigt.',

  'endUser.cups.title': 'Präsenzserver Cisco Unified Presence Server (CUPS)',
  'endUser.cups.activated': 'Aktiviert',
  'endUser.cups.activatedHint': 'Mit diesem Server verbinden, um anzuzeigen, ob Benutzer verfügbar, beschäftigt oder abwesend sind.',
  'endUser.cups.host': 'Server',
  'endUser.cups.hostHint': 'Hostname oder IP-Adresse des Präsenzservers, zum Beispiel cups.example.com.',
  'endUser.cups.port': 'Port',
  'endUser.cups.portHint': 'Meist 5060 (SIP über UDP oder TCP), 5061 (SIP über TLS) oder 8443 (HTTPS).',
  'endUser.cups.domain': 'Domain',
  'endUser.cups.domainHint': 'Die Domain der SIP-Adressen der Benutzer, zum Beispiel example.com.',

  'endUser.teams.title': 'Microsoft Teams',
  'endUser.teams.activated': 'Aktiviert',
  'endUser.teams.activatedHint': 'Präsenz über die Microsoft Graph API aus Microsoft Teams lesen.',
  'endUser.teams.applicationId': 'Anwendungs-ID',
  'endUser.teams.applicationIdHint': 'Die Anwendungs-ID (Client-ID) der in Microsoft Entra ID (Azure AD) registrierten App.',
  'endUser.teams.tenantId': 'Mandanten-ID',
  'endUser.teams.tenantIdHint': 'Die Verzeichnis-ID (Mandanten-ID) Ihrer Microsoft-365-Organisation.',
  'endUser.teams.clientSecret': 'Wert des Clientgeheimnisses',
  'endUser.teams.clientSecretHint':
    'Der Wert des für die App-Registrierung erstellten Clientgeheimnisses. Er wird verschlüsselt gespeichert und nie wieder angezeigt.',
  'endUser.teams.clientSecretId': 'ID des Clientgeheimnisses',
  'endUser.teams.clientSecretIdHint': 'Die ID, die Azure neben dem Geheimnis anzeigt, um zu erkennen, welches Geheimnis verwendet wird.',
  'endUser.teams.notificationUrl': 'Benachrichtigungs-URL',
  'endUser.teams.notificationUrlHint':
    'Wohin Microsoft Graph Präsenzänderungen sendet. Es muss eine von Azure aus erreichbare https://-Adresse sein.',
  'endUser.teams.certificateId': 'Zertifikats-ID',
  'endUser.teams.certificateIdHint': 'Nur wenn ein Zertifikat die Präsenzdaten schützt: dessen Kennung.',
  'endUser.teams.domain': 'Domain',
  'endUser.teams.domainHint': 'Die Domain der Teams-Konten, zum Beispiel example.com.',

  'endUser.integrationUsers.title': 'Integrationsbenutzer',
  'endUser.integrationUsers.hint': 'Microsoft-Teams-Konten, mit denen sich die Plattform anmeldet, um Präsenz zu abonnieren. Höchstens {max}.',
  'endUser.integrationUsers.count': '{count} von {max}',
  'endUser.integrationUsers.none': 'Noch keine Integrationsbenutzer.',
  'endUser.integrationUsers.add': 'Integrationsbenutzer hinzufügen',
  'endUser.integrationUsers.full':
    'Die Höchstzahl von {max} Integrationsbenutzern ist erreicht. Entfernen Sie einen, um einen weiteren hinzuzufügen.',
  'endUser.integrationUser.legend': 'Integrationsbenutzer {n}',
  'endUser.integrationUser.username': 'Benutzername',
  'endUser.integrationUser.usernameHint': 'Der Benutzerprinzipalname (UPN) des Kontos, zum Beispiel presence.bot@example.com.',
  'endUser.integrationUser.password': 'Passwort',
  'endUser.integrationUser.passwordSet': 'Gesetzt. Leer lassen, um es zu behalten, oder ein neues eingeben, um es zu ersetzen.',
  'endUser.integrationUser.remove': 'Integrationsbenutzer {n} entfernen',

  'rule.endUser.secret.empty': 'Geben Sie den neuen Wert ein oder fügen Sie ihn ein, oder behalten Sie den aktuellen.',
  'rule.endUser.service.unknown': 'Wählen Sie Keiner, Cisco Unified Presence Server (CUPS) oder Microsoft Teams.',
  'rule.endUser.cups.required': 'Erforderlich, solange die Präsenz über Cisco Unified Presence Server aktiviert ist.',
  'rule.endUser.teams.required': 'Erforderlich, solange die Präsenz über Microsoft Teams aktiviert ist.',
  'rule.endUser.teams.clientSecretRequired': 'Die Präsenz über Microsoft Teams benötigt den Wert des Clientgeheimnisses, solange sie aktiviert ist.',
  'rule.endUser.integrationUsers.tooMany':
    'Es können höchstens {max} Integrationsbenutzer hinzugefügt werden. Entfernen Sie einen, bevor Sie einen weiteren hinzufügen.',
  'rule.endUser.integrationUser.username.required': 'Geben Sie den Benutzernamen des Integrationsbenutzers ein.',
  'rule.endUser.integrationUser.username.format': 'Geben Sie einen Benutzerprinzipalnamen wie presence.bot@example.com ein.',
  'rule.endUser.integrationUser.duplicate': '„{username}“ ist mehrfach aufgeführt (Groß-/Kleinschreibung wird ignoriert).',
  'rule.endUser.integrationUser.password.required': 'Geben Sie das Passwort des Integrationsbenutzers ein.',
};
