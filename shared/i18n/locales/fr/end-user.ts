import type { endUserMessages as english } from '../../messages/end-user.js';
import type { Translation } from '../../translation.js';

/** Text of the end-user screens and refusals, in French. */
export const endUserMessages: Translation<typeof english> = {
  'endUser.intro':
    'Comment les utilisateurs finaux (et non les administrateurs) se connectent, et d’où la plateforme apprend s’ils sont disponibles, occupés ou absents.',
  'endUser.save': 'Enregistrer',
  'endUser.saved': 'Paramètres utilisateur final enregistrés.',
  'endUser.nothingToSave': 'Rien n’a changé.',
  'endUser.hiddenIssues':
    'Les paramètres {service} présentent un problème. Choisissez {service} comme service de présence pour le corriger, puis enregistrez.',

  'endUser.authentication': 'Authentification',
  'endUser.useCucmAuthentication': 'Utiliser l’authentification CUCM',
  'endUser.useCucmAuthenticationHint':
    'Les utilisateurs finaux se connectent avec leurs identifiants CUCM au lieu d’un mot de passe conservé par la plateforme.',

  'endUser.presence': 'Présence',
  'endUser.service': 'Service de présence',
  'endUser.serviceHint': 'Seul le service choisi est utilisé. Les paramètres des autres sont conservés : vous pouvez revenir en arrière.',
  'endUser.service.none': 'Aucun',
  'endUser.service.cups': 'Cisco Unified Presence Server (CUPS)',
  'endUser.service.teams': 'Microsoft Teams',
  'endUser.noService': 'Aucune présence n’est affichée pour les utilisateurs finaux.',

  'endUser.cups.title': 'CUPS — Cisco Unified Presence Server',
  'endUser.cups.activated': 'Activé',
  'endUser.cups.activatedHint': 'Se connecter à ce serveur pour indiquer si les utilisateurs sont disponibles, occupés ou absents.',
  'endUser.cups.host': 'Serveur',
  'endUser.cups.hostHint': 'Nom d’hôte ou adresse IP du serveur de présence, par exemple cups.example.com.',
  'endUser.cups.port': 'Port',
  'endUser.cups.portHint': 'Généralement 5060 (SIP sur UDP ou TCP), 5061 (SIP sur TLS) ou 8443 (HTTPS).',
  'endUser.cups.domain': 'Domaine',
  'endUser.cups.domainHint': 'Le domaine des adresses SIP des utilisateurs, par exemple example.com.',

  'endUser.teams.title': 'Microsoft Teams',
  'endUser.teams.activated': 'Activé',
  'endUser.teams.activatedHint': 'Lire la présence depuis Microsoft Teams via l’API Microsoft Graph.',
  'endUser.teams.applicationId': 'ID d’application',
  'endUser.teams.applicationIdHint': 'L’ID d’application (client) de l’application inscrite dans Microsoft Entra ID (Azure AD).',
  'endUser.teams.tenantId': 'ID de locataire',
  'endUser.teams.tenantIdHint': 'L’ID de l’annuaire (locataire) de votre organisation Microsoft 365.',
  'endUser.teams.clientSecret': 'Valeur du secret client',
  'endUser.teams.clientSecretHint':
    'La valeur du secret client créé pour l’inscription de l’application. Elle est stockée chiffrée et n’est plus jamais affichée.',
  'endUser.teams.clientSecretId': 'ID du secret client',
  'endUser.teams.clientSecretIdHint': 'L’ID qu’Azure affiche à côté du secret, pour savoir quel secret est utilisé.',
  'endUser.teams.notificationUrl': 'URL de notification',
  'endUser.teams.notificationUrlHint':
    'Adresse à laquelle Microsoft Graph envoie les changements de présence. Ce doit être une adresse https:// accessible depuis Azure.',
  'endUser.teams.certificateId': 'ID du certificat',
  'endUser.teams.certificateIdHint': 'Uniquement si un certificat protège les données de présence : son identifiant.',
  'endUser.teams.domain': 'Domaine',
  'endUser.teams.domainHint': 'Le domaine des comptes Teams, par exemple example.com.',

  'endUser.integrationUsers.title': 'Utilisateurs d’intégration',
  'endUser.integrationUsers.hint': 'Comptes Microsoft Teams avec lesquels la plateforme se connecte pour s’abonner à la présence. {max} au maximum.',
  'endUser.integrationUsers.count': '{count} sur {max}',
  'endUser.integrationUsers.none': 'Aucun utilisateur d’intégration pour l’instant.',
  'endUser.integrationUsers.add': 'Ajouter un utilisateur d’intégration',
  'endUser.integrationUsers.full': 'La limite de {max} utilisateurs d’intégration est atteinte. Retirez-en un pour en ajouter un autre.',
  'endUser.integrationUser.legend': 'Utilisateur d’intégration {n}',
  'endUser.integrationUser.username': 'Nom d’utilisateur',
  'endUser.integrationUser.usernameHint': 'Le nom d’utilisateur principal (UPN) du compte, par exemple presence.bot@example.com.',
  'endUser.integrationUser.password': 'Mot de passe',
  'endUser.integrationUser.passwordSet': 'Défini. Laissez vide pour le conserver, ou saisissez-en un nouveau pour le remplacer.',
  'endUser.integrationUser.remove': 'Retirer l’utilisateur d’intégration {n}',

  'rule.endUser.secret.empty': 'Saisissez ou collez la nouvelle valeur, ou conservez la valeur actuelle.',
  'rule.endUser.service.unknown': 'Choisissez Aucun, Cisco Unified Presence Server ou Microsoft Teams.',
  'rule.endUser.cups.required': 'Obligatoire tant que la présence Cisco Unified Presence Server est activée.',
  'rule.endUser.teams.required': 'Obligatoire tant que la présence Microsoft Teams est activée.',
  'rule.endUser.teams.clientSecretRequired': 'La présence Microsoft Teams nécessite la valeur du secret client tant qu’elle est activée.',
  'rule.endUser.integrationUsers.tooMany':
    'Au plus {max} utilisateurs d’intégration peuvent être ajoutés. Retirez-en un avant d’en ajouter un autre.',
  'rule.endUser.integrationUser.username.required': 'Saisissez le nom d’utilisateur de l’utilisateur d’intégration.',
  'rule.endUser.integrationUser.username.format': 'Saisissez un nom d’utilisateur principal tel que presence.bot@example.com.',
  'rule.endUser.integrationUser.duplicate': '« {username} » figure plus d’une fois (sans distinction de casse).',
  'rule.endUser.integrationUser.password.required': 'Saisissez le mot de passe de l’utilisateur d’intégration.',
};
