import type { cucmMessages as english } from '../../messages/cucm.js';
import type { Translation } from '../../translation.js';

/** Text of Settings > CUCM, its connection tests and the AXL client's refusals, in French. */
export const cucmMessages: Translation<typeof english> = {
  'rule.cucm.axlVersion': 'Choisissez la version AXL parmi {values}.',
  'rule.cucm.timeout': 'Le délai d’attente est un nombre entier de secondes de {min} à {max}.',
  'rule.cucm.hostRequired': 'Saisissez le publisher CUCM (nécessaire avec un utilisateur AXL, et pour tester).',
  'rule.cucm.axlUserRequired': 'Saisissez l’utilisateur AXL avec lequel Roster se connecte (nécessaire avec un publisher, et pour tester).',
  'rule.cucm.endUserId': 'Saisissez l’ID utilisateur d’un utilisateur final CUCM.',

  'cucm.error.notConfigured': 'CUCM n’est pas configuré : saisissez le publisher et l’utilisateur AXL dans Paramètres > CUCM.',
  'cucm.error.noPassword': 'Aucun mot de passe AXL n’est enregistré : saisissez-le dans Paramètres > CUCM et enregistrez.',
  'cucm.error.passwordUnreadable':
    'Le mot de passe AXL enregistré ne peut pas être déchiffré sur ce poste de travail : saisissez-le à nouveau dans Paramètres > CUCM.',
  'cucm.error.unauthorized':
    'CUCM a refusé la connexion de {user} (HTTP 401) : identifiants incorrects, ou l’utilisateur AXL n’a pas le rôle Standard AXL API Access.',
  'cucm.error.forbidden': 'CUCM connaît {user} mais ne l’autorise pas à utiliser AXL (HTTP 403) : attribuez-lui le rôle Standard AXL API Access.',
  'cucm.error.fault': 'CUCM a refusé la requête (code AXL {axlcode}) : {message}',
  'cucm.error.throttled': 'CUCM a refusé même une seule ligne comme trop volumineuse ({rows} lignes correspondantes). Restreignez le filtre.',
  'cucm.error.hostNotFound': 'Le nom {host} n’a pas pu être résolu. Vérifiez le nom du publisher ou utilisez son adresse IP.',
  'cucm.error.refused':
    '{host} a refusé la connexion sur le port {port}. Vérifiez le port (8443) et que les services web de CUCM sont en cours d’exécution.',
  'cucm.error.unreachable': 'Aucune route réseau vers {host}. Vérifiez le VPN ou la connexion réseau.',
  'cucm.error.connectTimeout': 'Aucune connexion à {host} port {port} en {seconds} s. Un pare-feu la bloque peut-être.',
  'cucm.error.answerTimeout': 'CUCM n’a pas répondu en {seconds} s. Réessayez, ou augmentez le délai d’attente dans Paramètres > CUCM.',
  'cucm.error.connectionClosed': 'CUCM ({host} port {port}) a fermé la connexion sans répondre.',
  'cucm.error.tlsProtocol':
    'La négociation TLS avec CUCM a échoué ({reason}). Ce port ne parle peut-être pas TLS : CUCM répond à AXL en HTTPS sur le port 8443 ; vérifiez le publisher et le port, puis testez la connexion.',
  'cucm.error.certUntrusted': 'Le certificat de {host} n’est pas approuvé. Testez la connexion dans Paramètres > CUCM et approuvez-le à cet endroit.',
  'cucm.error.certExpired': 'Le certificat de {host} a expiré le {date}.',
  'cucm.error.certNotYetValid': 'Le certificat de {host} n’est valide qu’à partir du {date}. Vérifiez l’horloge de ce poste de travail.',
  'cucm.error.certWrongName': 'Le certificat de {host} est émis pour {names}. Utilisez ce nom, ou approuvez le certificat dans Paramètres > CUCM.',
  'cucm.error.httpStatus': 'CUCM a répondu HTTP {status} au lieu d’une réponse AXL. Vérifiez que le service AXL Web Service est activé.',
  'cucm.error.notAxl': 'La réponse n’est pas une réponse AXL ({reason}).',
  'cucm.error.answerTooLarge':
    'La réponse à {operation} de {host} port {port} a dépassé {megabytes} Mo et a été refusée : CUCM n’envoie jamais plus de 8 Mo. Vérifiez qu’il s’agit bien du publisher CUCM et de son port AXL, et non d’un autre serveur ou d’un proxy, puis réessayez.',
  'cucm.error.wrongAnswer': 'CUCM a répondu par {found} au lieu de {expected}.',
  'cucm.error.cancelled': 'Interrompu. Rien n’a été modifié.',

  'nav.cucm': 'CUCM',
  'cucm.title': 'CUCM',
  'cucm.save': 'Enregistrer',
  'cucm.saved': 'Paramètres CUCM enregistrés.',
  'cucm.note':
    'Roster lit les utilisateurs finaux de Cisco Unified Communications Manager via son service web AXL. Les tests utilisent les valeurs de cet écran, enregistrées ou non, et n’enregistrent rien.',
  'cucm.section.publisher': 'Connexion',
  'cucm.section.axlUser': 'Identifiants AXL',
  'cucm.section.trust': 'Approbation du certificat',
  'cucm.field.host': 'Publisher',
  'cucm.field.hostHint': 'Nom d’hôte ou adresse IP du publisher CUCM, sans https:// ni port.',
  'cucm.field.port': 'Port',
  'cucm.field.portHint': 'CUCM répond à AXL sur son port HTTPS, 8443 sauf modification.',
  'cucm.field.axlVersion': 'Version AXL',
  'cucm.field.axlVersionHint': 'Le schéma de la version de CUCM, p. ex. 14.0 pour CUCM 14. Une version répond aussi aux schémas plus anciens.',
  'cucm.field.timeout': 'Délai d’attente (secondes)',
  'cucm.field.timeoutHint': 'Durée pendant laquelle chaque étape, et chaque page d’une importation, peut attendre CUCM.',
  'cucm.field.axlUser': 'Utilisateur AXL',
  'cucm.field.axlUserHint': 'Un utilisateur d’application de CUCM doté du rôle Standard AXL API Access (l’accès en lecture suffit).',
  'cucm.field.password': 'Mot de passe AXL',
  'cucm.trust.note':
    'CUCM présente généralement un certificat auto-signé. Lancez le test de connexion, comparez l’empreinte SHA-256 avec le certificat tomcat dans Cisco Unified OS Administration, puis approuvez-le. Seul ce certificat précis, ou un certificat émis par une autorité de certification approuvée par ce poste de travail, est accepté.',
  'cucm.trust.none':
    'Aucun certificat n’est approuvé individuellement : seuls les certificats émis par une autorité de certification approuvée par ce poste de travail sont acceptés.',
  'cucm.trust.forget': 'Oublier',
  'cucm.trust.forgetLabel': 'Oublier le certificat {fingerprint}',
  'cucm.trust.forgotten': 'Certificat oublié. Enregistrez pour conserver la modification.',
  'cucm.cert.trustConfirm':
    'Approuver ce certificat pour {host} ? Seul ce certificat précis (empreinte {fingerprint}) sera accepté. Comparez l’empreinte avec celle qu’affiche CUCM. Enregistrez les paramètres pour le conserver.',
  'cucm.cert.trusted': 'Certificat approuvé. Relancez le test, et enregistrez pour le conserver.',
  'cucm.test.connection': 'Tester la connexion',
  'cucm.test.endUser': 'Tester l’authentification CUCM d’un utilisateur final',
  'cucm.test.endUserTitle': 'Utilisateur final à authentifier',
  'cucm.test.endUserNote':
    'CUCM vérifie le mot de passe de cet utilisateur final, comme le fera « Utiliser l’authentification CUCM ». Le mot de passe est envoyé à CUCM pour ce test uniquement ; il n’est ni enregistré ni journalisé.',
  'cucm.test.userid': 'ID de l’utilisateur final',
  'cucm.test.useridHint': 'L’ID utilisateur tel que CUCM l’affiche sous User Management > End User.',
  'cucm.test.password': 'Mot de passe de l’utilisateur final',
  'cucm.test.run': 'Authentifier',
  'cucm.text.header': 'Test CUCM de Roster : {kind}',
  'cucm.text.target': 'Publisher : {host}:{port}, AXL {axlVersion}, utilisateur AXL {axlUser} (mot de passe masqué), délai d’attente {timeout} s',
  'cucm.text.endUser': 'Utilisateur final : {userid} (mot de passe masqué)',

  'cucm.step.resolve': 'Résolution de l’hôte',
  'cucm.step.connect': 'Connexion TCP',
  'cucm.step.tls': 'Négociation TLS',
  'cucm.step.auth': 'Connexion AXL (HTTP)',
  'cucm.step.version': 'Version AXL',
  'cucm.step.endUser': 'Authentification de l’utilisateur final',

  'cucm.note.tlsProtocol': '{protocol}, {cipher}',
  'cucm.note.accepted': 'HTTP {status} : CUCM a accepté {user} pour AXL',
  'cucm.note.request': 'getCCMVersion demandé avec SOAPAction {action}',
  'cucm.note.version': 'CUCM {version} a répondu dans le schéma AXL {axlVersion}',
  'cucm.note.versionOlderSchema': 'Il s’agit de CUCM {release} : AXL {axlVersion} fonctionne, et {release} utiliserait son propre schéma',
  'cucm.note.endUserAccepted': 'CUCM a accepté le mot de passe de {userid}',

  'cucm.problem.hostNotFound': 'Le nom {host} n’a pas pu être résolu en adresse.',
  'cucm.advice.hostNotFound':
    'Vérifiez l’orthographe, ou utilisez l’adresse IP du publisher. Assurez-vous que ce poste de travail utilise le DNS du client (VPN connecté ?).',
  'cucm.problem.refused': '{address} a refusé la connexion sur le port {port} : rien n’y écoute.',
  'cucm.advice.refused':
    'Vérifiez le port : CUCM répond à AXL sur le 8443. Assurez-vous qu’il s’agit bien du publisher et que son service Tomcat est en cours d’exécution.',
  'cucm.problem.unreachable': 'Aucune route réseau vers {address}.',
  'cucm.advice.unreachable': 'Vérifiez le VPN ou la connexion réseau, ainsi que l’adresse.',
  'cucm.problem.connectTimeout': 'Aucune réponse de {address} port {port} en {seconds} s.',
  'cucm.advice.connectTimeout':
    'Un pare-feu bloque probablement la connexion. Vérifiez que le port 8443 est ouvert depuis ce poste de travail, ou augmentez le délai d’attente sur une liaison lente.',
  'cucm.problem.answerTimeout': 'CUCM a accepté la connexion mais n’a pas répondu en {seconds} s.',
  'cucm.advice.answerTimeout':
    'Ce port n’est peut-être pas le port HTTPS de CUCM, ou CUCM est très chargé. Vérifiez le port (8443) ou augmentez le délai d’attente.',
  'cucm.problem.connectionClosed': 'Le serveur a fermé la connexion sans répondre.',
  'cucm.advice.connectionClosed': 'Ce port ne parle peut-être pas HTTPS. CUCM répond à AXL sur le 8443.',
  'cucm.problem.tlsProtocol': 'La négociation TLS a échoué : {reason}.',
  'cucm.advice.tlsProtocol': 'Ce port ne parle peut-être pas TLS. CUCM répond à AXL en HTTPS sur le 8443.',
  'cucm.problem.certUntrusted':
    'Le certificat n’est pas émis par une autorité de certification approuvée par ce poste de travail (le certificat tomcat propre à CUCM est auto-signé).',
  'cucm.advice.certUntrusted':
    'Comparez l’empreinte ci-dessous avec le certificat tomcat dans Cisco Unified OS Administration > Security > Certificate Management, puis approuvez-le.',
  'cucm.problem.certExpired': 'Le certificat a expiré le {date}.',
  'cucm.advice.certExpired': 'L’administrateur de CUCM doit régénérer le certificat tomcat ; vérifiez aussi l’horloge de ce poste de travail.',
  'cucm.problem.certNotYetValid': 'Le certificat n’est valide qu’à partir du {date}.',
  'cucm.advice.certNotYetValid': 'Vérifiez la date et l’heure de ce poste de travail.',
  'cucm.problem.certWrongName': 'Le certificat est émis pour {names}, et non pour {host}.',
  'cucm.advice.certWrongName': 'Saisissez le publisher sous l’un des noms que liste le certificat, ou approuvez ce certificat.',
  'cucm.problem.unauthorized': 'CUCM a refusé la connexion de {user} (HTTP 401).',
  'cucm.advice.unauthorized':
    'Soit le nom d’utilisateur ou le mot de passe est incorrect, soit l’utilisateur n’a pas le rôle Standard AXL API Access. Vérifiez les deux dans CUCM sous User Management > Application User (le rôle est fourni par un groupe tel que Standard AXL API Access).',
  'cucm.problem.forbidden': 'CUCM connaît {user} mais ne l’autorise pas à utiliser AXL (HTTP 403).',
  'cucm.advice.forbidden': 'Attribuez à l’utilisateur le rôle Standard AXL API Access (User Management > Application User > Permissions).',
  'cucm.problem.fault': 'CUCM a refusé la requête (code AXL {axlcode}).',
  'cucm.advice.fault':
    'Le message de CUCM figure ci-dessous. S’il mentionne la version ou l’opération, choisissez la version AXL correspondant à cette version de CUCM.',
  'cucm.problem.throttled': 'CUCM a refusé la réponse comme trop volumineuse ({rows} lignes correspondantes).',
  'cucm.advice.throttled': 'Restreignez le filtre.',
  'cucm.problem.busy': 'CUCM est occupé (HTTP {status}) : il a répondu, mais demande à être sollicité plus tard.',
  'cucm.advice.busy':
    'Les paramètres ne sont pas en cause. Testez à nouveau dans une minute ; si CUCM reste occupé, d’autres applications chargent peut-être le cluster : demandez à son administrateur quand il est moins sollicité. Une importation attend CUCM d’elle-même.',
  'cucm.problem.httpStatus': 'CUCM a répondu HTTP {status} au lieu d’une réponse AXL.',
  'cucm.advice.httpStatus':
    'Vérifiez que le service AXL Web Service est activé sur le publisher (Cisco Unified Serviceability > Service Activation) et qu’il s’agit bien de CUCM.',
  'cucm.problem.notAxl': 'La réponse n’est pas une réponse AXL ({reason}).',
  'cucm.advice.notAxl': 'Un autre serveur web écoute peut-être sur ce port. Vérifiez le publisher et le port.',
  'cucm.problem.answerTooLarge': 'La réponse à {operation} a dépassé {megabytes} Mo et a été refusée : CUCM n’envoie jamais plus de 8 Mo.',
  'cucm.advice.answerTooLarge':
    'Un autre serveur ou un proxy répond peut-être sur ce port à la place de CUCM. Vérifiez le publisher et le port (8443), puis testez à nouveau.',
  'cucm.problem.wrongAnswer': 'CUCM a répondu par {found} au lieu de {expected}.',
  'cucm.advice.wrongAnswer': 'Choisissez la version AXL correspondant à cette version de CUCM.',
  'cucm.problem.noPassword': 'Aucun mot de passe AXL : CUCM refuserait la connexion.',
  'cucm.advice.noPassword': 'Saisissez le mot de passe de l’utilisateur AXL.',
  'cucm.problem.endUserRejected': 'CUCM n’a pas accepté le mot de passe de {userid}.',
  'cucm.advice.endUserRejected':
    'Vérifiez le mot de passe (et la touche Verr. Maj). Dans CUCM, examinez les identifiants de l’utilisateur final : le mot de passe est peut-être verrouillé après des tentatives échouées ou expiré, ou l’utilisateur est peut-être authentifié par LDAP avec un autre mot de passe.',
  'cucm.problem.cancelled': 'Interrompu.',
  'cucm.advice.cancelled': 'Relancez le test quand vous êtes prêt.',
  'cucm.problem.unexpected': 'L’étape a échoué de manière inattendue : {reason}.',
  'cucm.advice.unexpected': 'Copiez ce résultat et envoyez-le avec un ticket de support.',
};
