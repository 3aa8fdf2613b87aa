import type { securityMessages as english } from '../../messages/security.js';
import type { Translation } from '../../translation.js';

/** Text of the security screens and refusals, in French. */
export const securityMessages: Translation<typeof english> = {
  'policy.password.length': 'Un mot de passe sécurisé compte au moins {min} caractères.',
  'policy.password.upper': 'Un mot de passe sécurisé doit contenir au moins une majuscule (A-Z).',
  'policy.password.lower': 'Un mot de passe sécurisé doit contenir au moins une minuscule (a-z).',
  'policy.password.digit': 'Un mot de passe sécurisé doit contenir au moins un chiffre (0-9).',
  'policy.password.special':
    'Un mot de passe sécurisé doit contenir au moins un caractère qui n’est ni une lettre ni un chiffre, par exemple ! # % ou -.',
  'policy.password.username': 'Un mot de passe sécurisé ne doit pas contenir le nom d’utilisateur (quelle que soit la casse).',
  'policy.pin.digits': 'Un PIN sécurisé se compose uniquement des chiffres 0-9.',
  'policy.pin.length': 'Un PIN sécurisé compte de {pinMin} à {pinMax} chiffres.',
  'policy.pin.sameNeighbour': 'Un PIN sécurisé ne contient pas deux chiffres identiques côte à côte (comme le 88 de 3885).',
  'policy.pin.run': 'Un PIN sécurisé ne contient pas {run} chiffres consécutifs croissants ou décroissants de un en un (comme 123 ou 876).',
  'policy.pin.repeatedGroup': 'Un PIN sécurisé ne répète pas un groupe de chiffres immédiatement après lui-même (comme 1212 ou 408408).',
  'policy.unknown': 'Non vérifié : le secret a été enregistré alors que ce poste de travail n’avait pas de clé de site.',

  'security.rule.days': 'Saisissez un nombre entier de jours de {min} à {max}, ou laissez le champ vide pour ne jamais expirer.',
  'security.rule.attempts':
    'Saisissez un nombre entier de tentatives de {min} à {max}, ou laissez le champ vide pour ne jamais verrouiller les comptes.',
  'security.rule.minutes': 'Saisissez un nombre entier de minutes de {min} à {max}.',
  'security.rule.minutesNeeded': 'Indiquez pendant combien de minutes un compte reste verrouillé.',
  'security.expireAll.needsDays': 'Définissez après combien de jours les mots de passe expirent avant de tous les faire expirer.',
  'security.expireAll.needsPinDays': 'Définissez après combien de jours les PIN expirent avant de tous les faire expirer.',

  'security.keychain.forget':
    'Les identifiants mémorisés n’ont pas pu être supprimés du trousseau de clés de ce poste de travail : les paramètres n’ont donc pas été enregistrés. Déverrouillez le trousseau et réessayez.',
  'security.title': 'Sécurité',
  'security.form': 'Paramètres de sécurité',
  'security.save': 'Enregistrer',
  'security.saved': 'Paramètres de sécurité enregistrés.',
  'security.credentials': 'Identifiants sur ce poste de travail',
  'security.rememberCredentials': 'Mémoriser localement les derniers identifiants utilisés',
  'security.rememberCredentialsHint':
    'Le nom d’utilisateur et le mot de passe saisis en dernier dans un test de connexion sont conservés dans le trousseau de clés de cet ordinateur et proposés la fois suivante, uniquement pour ce site et le même serveur. Désactiver cette option supprime ceux de ce site du trousseau.',
  'security.lockout': 'Verrouillage des comptes',
  'security.lockoutAttempts': 'Tentatives échouées avant verrouillage',
  'security.lockoutAttemptsHint': 'Vide : les comptes ne sont jamais verrouillés.',
  'security.lockoutMinutes': 'Durée du verrouillage (minutes)',
  'security.passwords': 'Mots de passe',
  'security.securePasswords': 'Mots de passe sécurisés obligatoires',
  'security.securePasswordsHint':
    'Au moins {min} caractères, dont une majuscule, une minuscule, un chiffre et un caractère qui n’est ni l’un ni l’autre (comme ! ou #), sans contenir le nom d’utilisateur.',
  'security.passwordExpiryDays': 'Expiration des mots de passe (jours)',
  'security.expiryDaysHint': 'Compté à partir du jour où le secret a été défini. Vide : n’expire jamais.',
  'security.expireAllPasswords': 'Faire expirer tous les mots de passe',
  'security.expireAllPasswordsHint': 'Disponible une fois une durée d’expiration en jours enregistrée.',
  'security.expireAllPasswords.title': 'Faire expirer tous les mots de passe ?',
  'security.expireAllPasswords.message':
    'Le mot de passe de chaque utilisateur est immédiatement marqué comme expiré : chacun devra en choisir un nouveau à la prochaine connexion. Cette action est irréversible.',
  'security.expireAllPasswords.done': {
    one: 'Le mot de passe de {count} utilisateur est désormais expiré.',
    other: 'Les mots de passe de {count} utilisateurs sont désormais expirés.',
    zero: 'Aucun utilisateur n’a de mot de passe à faire expirer.',
  },
  'security.pins': 'PIN',
  'security.securePins': 'PIN sécurisés obligatoires',
  'security.securePinsHint':
    'De {pinMin} à {pinMax} chiffres (0-9) ; pas deux chiffres identiques côte à côte (3885) ; pas {run} chiffres consécutifs croissants ou décroissants de un en un (123, 876 ; 9 et 0 ne sont pas voisins, donc 890 est autorisé) ; pas de groupe de chiffres répété immédiatement après lui-même (1212, 408408).',
  'security.pinExpiryDays': 'Expiration des PIN (jours)',
  'security.expireAllPins': 'Faire expirer tous les PIN',
  'security.expireAllPinsHint': 'Disponible une fois une durée d’expiration en jours enregistrée.',
  'security.expireAllPins.title': 'Faire expirer tous les PIN ?',
  'security.expireAllPins.message':
    'Le PIN de chaque utilisateur est immédiatement marqué comme expiré : chacun devra en choisir un nouveau à la prochaine connexion. Cette action est irréversible.',
  'security.expireAllPins.done': {
    one: 'Le PIN de {count} utilisateur est désormais expiré.',
    other: 'Les PIN de {count} utilisateurs sont désormais expirés.',
    zero: 'Aucun utilisateur n’a de PIN à faire expirer.',
  },
  'security.sso': 'Authentification unique (SSO)',
  'security.ssoUrl': 'URL d’authentification unique',
  'security.ssoUrlHint': 'L’adresse https:// du fournisseur d’identité. Vide : pas d’authentification unique.',
  'security.compliance': 'Utilisateurs non conformes aux règles en vigueur',
  'security.compliance.none': 'Tous les mots de passe et PIN enregistrés sont conformes aux règles en vigueur.',
  'security.compliance.off': 'Activez les mots de passe ou les PIN sécurisés pour vérifier les utilisateurs enregistrés.',
  'security.compliance.note':
    'Vérifié d’après ce qui a été consigné lors de la définition de chaque secret, sans lire les secrets. Ces utilisateurs conservent leur secret jusqu’à ce qu’il soit changé.',
  'security.compliance.count': {
    one: '{count} secret enregistré enfreint une règle :',
    other: '{count} secrets enregistrés enfreignent une règle :',
  },
  'security.compliance.table': 'Utilisateurs non conformes',
  'security.compliance.username': 'Nom d’utilisateur',
  'security.compliance.secret': 'Secret',
  'security.compliance.reason': 'Motif',
  'security.secret.password': 'Mot de passe',
  'security.secret.pin': 'PIN',

  'account.unlock': 'Déverrouiller',
  'account.unlocked': '{username} est déverrouillé.',
  'account.resetAttempts': 'Réinitialiser les tentatives échouées',
  'account.attemptsReset': 'Tentatives échouées de {username} remises à 0.',
  'account.expirePassword': 'Faire expirer le mot de passe',
  'account.passwordExpired': 'Le mot de passe de {username} est désormais expiré.',
  'account.expirePin': 'Faire expirer le PIN',
  'account.pinExpired': 'Le PIN de {username} est désormais expiré.',
  'account.noPassword': 'Cet utilisateur n’a pas de mot de passe à faire expirer.',
  'account.noPin': 'Cet utilisateur n’a pas de PIN à faire expirer.',
  'account.expiredByAge': 'Oui (plus de {days} jours)',
  'account.actionsNote': 'Chaque action est enregistrée immédiatement et consignée dans le journal d’audit.',

  'users.stateFilter': 'État',
  'users.state.passwordExpired': 'Mot de passe expiré',
  'users.state.pinExpired': 'PIN expiré',
  'users.state.locked': 'Verrouillé',
  'security.expireAllPasswords.progress': 'Expiration de tous les mots de passe…',
  'security.expireAllPins.progress': 'Expiration de tous les PIN…',
  'security.expireAllPasswords.cancelled': 'L’expiration a été interrompue. Aucun mot de passe n’a expiré : chaque utilisateur garde le sien.',
  'security.expireAllPins.cancelled': 'L’expiration a été interrompue. Aucun PIN n’a expiré : chaque utilisateur garde le sien.',
};
