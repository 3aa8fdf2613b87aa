import type { importMessages as english } from '../../messages/import.js';
import type { Translation } from '../../translation.js';

/** The import ledger, the import engine and their refusals, in French. */
export const importMessages: Translation<typeof english> = {
  'rule.import.match.required': 'Cochez au moins un champ qui identifie un utilisateur existant.',
  'rule.import.mappingName.required': 'Donnez un nom à la correspondance.',
  'import.undo.notFound': 'Cette importation n’existe plus.',
  'import.undo.already': 'Cette importation a déjà été annulée le {at}.',
  'import.undo.notLatest': 'Seule l’importation la plus récente peut être annulée. Annulez d’abord les importations ultérieures.',
  'import.undo.clash':
    'L’importation ne peut pas être annulée : le nom d’utilisateur ou le numéro de « {username} » est désormais utilisé par un autre utilisateur. Renommez cet utilisateur, puis réessayez.',

  'import.file.notFound': 'Aucun fichier à l’emplacement {path}. Vérifiez le chemin et choisissez à nouveau le fichier.',
  'import.file.notAFile': '{path} est un dossier, pas un fichier. Choisissez le fichier CSV qu’il contient.',
  'import.file.unreadable': 'Le fichier {path} n’a pas pu être lu. Vérifiez qu’il existe et que vous avez le droit de l’ouvrir.',
  'import.file.empty': 'Le fichier est vide : il n’y a rien à importer.',
  'import.file.headerOnly': 'Le fichier a une ligne d’en-tête, mais aucun utilisateur en dessous.',
  'import.file.binary':
    'Ce n’est pas un fichier texte : il contient des données binaires (par exemple des octets nuls). Choisissez un fichier CSV ou texte, par exemple un fichier enregistré avec « Enregistrer sous… CSV ».',
  'import.file.spreadsheet':
    'Il s’agit d’un classeur de tableur, pas d’un fichier CSV. Ouvrez-le dans le tableur, enregistrez-le au format CSV et importez ce fichier.',
  'import.file.unterminatedQuote':
    'La ligne {line} ouvre une valeur entre guillemets (elle commence par ") qui n’est jamais fermée : le reste du fichier serait lu comme une seule valeur. Fermez le guillemet, ou doublez un guillemet qui fait partie du texte (""), puis importez à nouveau.',
  'import.file.valueTooLong':
    'La ligne {line} contient une valeur entre guillemets de plus de {max} caractères, davantage que ce que Roster lit sur une ligne. Raccourcissez cette valeur (un champ utilisateur contient au plus quelques milliers de caractères) et importez à nouveau.',
  'import.file.recordTooLong':
    'La ligne commençant à la ligne {line} dépasse {max} caractères. Le fichier n’est probablement pas délimité comme choisi, ou un guillemet n’est pas fermé.',
  'import.file.tooManyColumns':
    'La ligne {line} a plus de {max} colonnes ; Roster en lit au plus {max}. Supprimez les colonnes dont vous n’avez pas besoin.',
  'import.file.tooManyRows': 'Le fichier a plus de {max} lignes. Divisez-le en fichiers plus petits et importez-les l’un après l’autre.',
  'import.xivo.needsHeader':
    'Un fichier XiVO commence par une ligne de noms de colonnes. Cochez « La première ligne contient les en-têtes de colonnes ».',

  'import.mapping.usernameMissing': 'Choisissez la colonne qui contient le nom d’utilisateur : chaque utilisateur en a besoin d’un.',
  'import.mapping.twice': 'Ce champ est déjà rempli à partir de la colonne « {column} ». Choisissez un autre champ, ou ignorez cette colonne.',
  'import.match.notMapped':
    'Aucune colonne ne remplit ce champ : il ne peut donc pas identifier des utilisateurs existants. Décochez-le ou associez-lui une colonne.',

  'import.row.fewerFields': {
    one: 'Cette ligne a {count} valeur alors que l’en-tête en a {expected} : un délimiteur ou un saut de ligne manque peut-être ou est en trop.',
    other: 'Cette ligne a {count} valeurs alors que l’en-tête en a {expected} : un délimiteur ou un saut de ligne manque peut-être ou est en trop.',
  },
  'import.row.moreFields': {
    one: 'Cette ligne a {count} valeur alors que l’en-tête en a {expected} : une valeur contient peut-être un délimiteur non entouré de guillemets.',
    other:
      'Cette ligne a {count} valeurs alors que l’en-tête en a {expected} : une valeur contient peut-être un délimiteur non entouré de guillemets.',
  },
  'import.row.byteOrderMark':
    'Cette ligne contient une marque d’ordre des octets (BOM) invisible, comme il en reste à l’endroit où deux fichiers ont été réunis. Supprimez-la (ainsi qu’une éventuelle ligne d’en-tête répétée).',
  'import.row.undecodable':
    'Cette ligne contient des octets qui ne sont pas du texte {encoding} valide. Si le fichier provient d’Excel ou d’un autre programme Windows, choisissez l’encodage Windows-1252.',
  'import.value.language':
    '« {value} » n’est pas une langue connue de Roster. Utilisez 1 à 5 (1 anglais, 2 allemand, 3 français, 4 italien, 5 espagnol), un nom tel que German, ou une locale telle que de_DE.',
  'import.value.boolean': '« {value} » n’est ni oui ni non. Utilisez 1 ou 0, yes ou no, true ou false.',
  'import.group.unknown':
    'Il n’existe aucun groupe d’utilisateurs nommé « {name} ». Cochez « Créer les groupes cités par le fichier qui n’existent pas encore », créez-le sous Groupes d’utilisateurs, ou corrigez le nom.',
  'import.group.badName': '« {name} » ne peut pas être un nom de groupe : un nom compte de 1 à 64 caractères, sans caractère de contrôle.',
  'import.match.keyMissing':
    'Les mots de passe et les PIN ne peuvent pas identifier des utilisateurs existants sur ce poste de travail : la clé du site est absente. Décochez Mot de passe et PIN parmi les champs qui identifient un utilisateur, ou ouvrez le site sur le poste qui détient sa clé.',
  'import.duplicate.inFile':
    'Même utilisateur qu’à la ligne {firstLine} (les champs qui identifient un utilisateur sont identiques). Seul le premier est importé.',
  'import.duplicate.ambiguous': {
    one: 'Cette ligne correspond à {count} utilisateur existant : Roster ne peut pas déterminer lequel mettre à jour. Cochez davantage de champs qui identifient un utilisateur.',
    other:
      'Cette ligne correspond à {count} utilisateurs existants : Roster ne peut pas déterminer lequel mettre à jour. Cochez davantage de champs qui identifient un utilisateur.',
  },
  'import.username.takenInFile': 'Le nom d’utilisateur « {username} » est déjà pris par la ligne {line} de ce fichier (sans distinction de casse).',
  'import.number.takenInFile': 'Le numéro {number} est déjà pris par la ligne {line} de ce fichier.',
  'import.xivo.required': 'La section XiVO {section} nécessite « {column} » dès que l’une de ses colonnes est remplie.',
  'import.xivo.int': 'XiVO attend un nombre entier dans « {column} », et non « {value} ».',
  'import.xivo.bool': 'XiVO attend 0 ou 1 dans « {column} », et non « {value} ».',
  'import.xivo.enum': 'XiVO n’accepte pas « {value} » dans « {column} ». Utilisez l’une de ces valeurs : {allowed}.',
  'import.xivo.voicemailLanguage': 'Une messagerie vocale nécessite une langue : remplissez « language » (par exemple en_US).',
  'import.xivo.clientNeeds': 'Lorsque enableclient vaut 1, XiVO nécessite aussi « {column} ».',
  'import.xivo.sipOnly': '« {column} » est réservé aux lignes SIP ; cette ligne utilise SCCP.',

  'import.busy': 'Une autre importation ou un autre aperçu est en cours. Attendez qu’il se termine, ou interrompez-le.',
  'import.running': 'Une importation est en cours d’écriture dans ce site. Attendez qu’elle soit terminée (ou interrompez-la), puis réessayez.',
  'import.cancelled': 'L’importation a été interrompue. Rien n’a été modifié.',
  'import.worker.failed': 'L’importation s’est arrêtée de manière inattendue. Rien n’a été modifié ; réessayez.',
  'import.worker.outOfMemory':
    'L’importation a manqué de mémoire et a été arrêtée. Rien n’a été modifié ; divisez le fichier et importez les parties l’une après l’autre.',
  'import.site.outdated':
    'Le fichier du site a été modifié par une version plus récente de Roster pendant qu’il était ouvert. Ouvrez-le à nouveau, puis importez.',
  'import.undo.cancelled': 'L’annulation a été interrompue. L’importation reste en place : rien n’a été modifié.',
};
