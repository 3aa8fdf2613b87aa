import type { ruleMessages as english } from '../../messages/rules.js';
import type { Translation } from '../../translation.js';

/** Messages of the validation rules, in French. */
export const ruleMessages: Translation<typeof english> = {
  'rule.tooLong': 'Utilisez au plus {max} caractères.',
  'rule.controlCharacters': 'Supprimez les sauts de ligne, tabulations et autres caractères de contrôle.',
  'rule.username.required': 'Saisissez un nom d’utilisateur.',
  'rule.username.format':
    'Utilisez des lettres, des chiffres, « . », « _ » ou « - » sans espace, éventuellement suivis de @domaine (par exemple anna.berg@example.com).',
  'rule.username.taken': 'Le nom d’utilisateur « {username} » est déjà utilisé par un autre utilisateur (sans distinction de casse).',
  'rule.email.format': 'Saisissez une adresse e-mail telle que name@example.com, ou laissez le champ vide.',
  'rule.phone.format':
    'Utilisez des chiffres, des espaces, des tirets ou des parenthèses, éventuellement précédés de + (par exemple +41 79 123 45 67).',
  'rule.number.format': 'Un numéro interne compte de 1 à {max} chiffres (par exemple 1005).',
  'rule.number.taken': 'Le numéro {number} est déjà attribué à {username}.',
  'rule.alias.format': 'Un alias est un numéro de téléphone (+ et chiffres) ou un nom composé de lettres, de chiffres, « . », « _ » ou « - ».',
  'rule.alias.duplicate': 'L’alias « {alias} » figure deux fois.',
  'rule.alias.tooMany': 'Un utilisateur peut avoir au plus {max} alias.',
  'rule.vip.range': 'Le statut VIP est un nombre entier d’étoiles de {min} à {max}.',
  'rule.language.unknown': 'Choisissez anglais, allemand, français, italien ou espagnol.',
  'rule.authentication.unknown': 'Choisissez l’authentification locale, LDAP ou CUCM.',
  'rule.password.confirmation': 'La confirmation ne correspond pas au mot de passe.',
  'rule.password.empty': 'Saisissez un mot de passe, ou conservez le mot de passe actuel.',
  'rule.application.unknown':
    '« {name} » n’est pas une application connue de Roster. Applications connues : oim, startupScripts, ciscoServices, conferenceManager, attendantConsole.',
  'rule.application.option': '« {name} » n’est pas une option de {application}. Choisissez ses options dans la liste à côté de l’application.',
  'rule.application.duplicate': '{name} est accordée deux fois. Accordez chaque application une seule fois, avec toutes ses options.',
  'rule.device.name':
    'Un nom d’appareil compte de 1 à 50 lettres, chiffres, points, traits d’union ou traits de soulignement, par exemple SEP001EBE90DFAD.',
  'rule.device.line': 'Une ligne est un nombre entier de 1 à 99, ou reste vide lorsque le téléphone ne porte pas le numéro interne principal.',
  'rule.device.tooMany': 'Un utilisateur a au plus 50 téléphones.',
  'rule.device.duplicate': '{device} figure deux fois. Indiquez chaque téléphone une seule fois.',
  'rule.pin.format': 'Un PIN se compose uniquement de chiffres (0-9), au plus {max}.',
  'rule.notification.smsNeedsPrivilege': 'Les notifications SMS nécessitent le privilège « Autoriser l’envoi de SMS ».',
  'rule.group.unknown': 'Le groupe {id} n’existe pas (il a peut-être été supprimé).',
  'rule.group.name.required': 'Saisissez un nom de groupe.',
  'rule.group.name.taken': 'Un groupe nommé « {name} » existe déjà (sans distinction de casse).',
  'rule.pool.range': 'Le premier numéro doit être inférieur ou égal au dernier, tous deux de 0 à {digits} chiffres.',
  'rule.pool.overlap': 'Les plages {a} et {b} se chevauchent.',
  'rule.site.name.required': 'Saisissez un nom pour le site.',
  'rule.path.required': 'Saisissez le chemin d’un fichier de site.',
  'rule.host.format': 'Saisissez un nom d’hôte (par exemple ldap.example.com) ou une adresse IP (par exemple 10.0.0.5), sans protocole ni port.',
  'rule.port.range': 'Un port est un nombre entier de {min} à {max} (par exemple 389, 636 ou 8443).',
  'rule.domain.format': 'Saisissez un domaine tel que example.com, sans protocole ni chemin.',
  'rule.guid.format': 'Saisissez un GUID tel que 0f8fad5b-d9cb-469f-a165-70867728950e (32 chiffres hexadécimaux en groupes de 8-4-4-4-12).',
  'rule.url.https': 'Saisissez une URL commençant par https:// et indiquant un hôte (par exemple https://callisto.example.com/notify).',
  'rule.invalid': 'Cette valeur n’est pas valide.',
};
