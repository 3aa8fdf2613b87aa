import type { exportMessages as english } from '../../messages/export.js';
import type { Translation } from '../../translation.js';

/** Text of the user export, in French. */
export const exportMessages: Translation<typeof english> = {
  'users.export': 'Exporter en CSV…',
  'users.exportHint': 'Exporter tous les utilisateurs dans un fichier CSV',

  'export.title.all': 'Exporter tous les utilisateurs',
  'export.title.selection': { one: 'Exporter {count} utilisateur sélectionné', other: 'Exporter {count} utilisateurs sélectionnés' },
  'export.layout': 'Disposition',
  'export.layout.callisto': 'Callisto',
  'export.layout.callisto.hint':
    'Tous les champs de la fiche utilisateur, avec pour en-têtes les noms de champs du formulaire utilisateur de Callisto. Roster le réimporte tel quel. Virgule, UTF-8, CRLF.',
  'export.layout.xivo': 'XiVO',
  'export.layout.xivo.hint':
    'Le fichier d’utilisateurs de XiVO : la section user, et une section line (contexte « default », SIP) pour les utilisateurs ayant un numéro. XiVO ne connaît pas l’italien : cette langue reste donc vide ; les noms d’utilisateur doivent être en ASCII. Barre verticale, UTF-8 sans BOM, LF.',
  'export.layout.cucmBat': 'CUCM BAT',
  'export.layout.cucmBat.hint':
    'Les noms de colonnes du fichier d’utilisateurs du Bulk Administration Tool de CUCM : le numéro comme PRIMARY EXTENSION, le téléphone comme TELEPHONE NUMBER. Virgule, UTF-8, CRLF.',
  'export.format': 'Format du fichier',
  'export.format.hint':
    '{layout} lit {own}. Ne modifiez ces options que si le fichier est destiné à un autre système ; Roster mémorise votre dernier choix pour chaque disposition.',
  'export.format.own': 'Utiliser celui de la disposition',
  'export.delimiter': 'Délimiteur',
  'export.delimiter.comma': 'Virgule ( , )',
  'export.delimiter.semicolon': 'Point-virgule ( ; )',
  'export.delimiter.tab': 'Tabulation',
  'export.delimiter.pipe': 'Barre verticale ( | )',
  'export.encoding': 'Encodage',
  'export.encoding.utf-8': 'UTF-8',
  'export.encoding.utf-8-bom': 'UTF-8 avec BOM',
  'export.encoding.windows-1252': 'Windows-1252',
  'export.encoding.hint':
    'Windows-1252 ne contient que les lettres d’Europe occidentale : si le nom d’un utilisateur contient un autre caractère, Roster liste ces utilisateurs et n’écrit rien.',
  'export.lineEnding': 'Fins de ligne',
  'export.lineEnding.crlf': 'CRLF (Windows)',
  'export.lineEnding.lf': 'LF (Linux et macOS)',
  'export.forExcel': 'Pour Excel',
  'export.forExcel.label': 'Pour une ouverture dans Excel : protéger les cellules qui ressemblent à des formules',
  'export.forExcel.hint':
    'Place une apostrophe devant chaque valeur commençant par = + - ou @, pour qu’Excel l’affiche au lieu de l’exécuter comme une formule. Les valeurs du fichier changent (+41 44 … devient ’+41 44 …) : laissez cette option désactivée pour un fichier lu par Callisto, XiVO ou CUCM.',
  'export.credentials': 'Inclure les mots de passe et les PIN',
  'export.credentials.hint': 'Écrits en clair. Laissez décoché, sauf si le système destinataire en a besoin.',
  'export.path': 'Enregistrer sous',
  'export.path.hint': 'Le chemin complet du fichier CSV à écrire sur cet ordinateur.',
  'export.fileName': 'utilisateurs-{date}.csv',
  'export.run': 'Exporter',
  'export.chooseAndRun': 'Exporter…',
  'export.done': { one: '{count} utilisateur exporté vers {path}.', other: '{count} utilisateurs exportés vers {path}.' },
  'export.confirmCredentials.title': 'Exporter les mots de passe et les PIN ?',
  'export.confirmCredentials.message':
    'Le fichier contiendra en clair les mots de passe et les PIN des utilisateurs. Toute personne pouvant lire le fichier pourra se connecter au nom de ces utilisateurs. Conservez-le en lieu sûr et supprimez-le après usage.',
  'export.confirmCredentials.confirm': 'Exporter avec les identifiants',
  'export.replace.title': 'Remplacer le fichier ?',
  'export.replace.message': '{file} existe déjà. Le remplacer écrase tout son contenu.',
  'export.replace.confirm': 'Remplacer',

  'export.path.folder': 'Ceci est un dossier. Ajoutez le nom du fichier à y écrire.',
  'export.error.noFolder': 'Le dossier {folder} n’existe pas. Choisissez un dossier existant.',
  'export.error.write':
    'Roster n’a pas pu écrire {file}. Vérifiez que le dossier est accessible en écriture et que le fichier n’est pas ouvert dans un autre programme.',
  'export.error.keyMissing':
    'Les mots de passe et les PIN de ce site ne peuvent pas être lus sur ce poste de travail (sa clé est absente). Exportez sans les identifiants, ou ouvrez le site sur le poste qui détient sa clé.',
  'export.error.noUsers': 'Il n’y a aucun utilisateur à exporter.',
  'export.error.encoding': {
    one: 'Windows-1252 ne peut pas contenir {characters}, utilisé(s) par {count} utilisateur. Rien n’a été écrit. Choisissez UTF-8, ou modifiez d’abord ces noms :\n{users}',
    other:
      'Windows-1252 ne peut pas contenir {characters}, utilisé(s) par {count} utilisateurs. Rien n’a été écrit. Choisissez UTF-8, ou modifiez d’abord ces noms :\n{users}',
  },
  'export.error.asciiUsernames': {
    one: '{layout} n’accepte que des noms d’utilisateur composés de lettres et de chiffres ASCII, et {count} nom d’utilisateur contient d’autres caractères. Rien n’a été écrit. Renommez cet utilisateur, ou retirez-le de la sélection :\n{users}',
    other:
      '{layout} n’accepte que des noms d’utilisateur composés de lettres et de chiffres ASCII, et {count} noms d’utilisateur contiennent d’autres caractères. Rien n’a été écrit. Renommez ces utilisateurs, ou retirez-les de la sélection :\n{users}',
  },
  'export.error.moreUsers': { one: '\n… et {count} autre utilisateur', other: '\n… et {count} autres utilisateurs' },

  'audit.action.export': 'Exportation d’utilisateurs',
  'field.exportRows': 'Utilisateurs',
  'field.exportLayout': 'Disposition',
  'field.exportFormat': 'Format',
  'field.exportCredentials': 'Mots de passe et PIN inclus',
  'field.exportFile': 'Fichier',
  'export.error.credentialsDeclined': 'L’exportation avec les mots de passe et les PIN n’a pas été confirmée. Rien n’a été écrit.',
  'native.exportCredentials.title': 'Exporter les mots de passe et les PIN',
  'native.exportCredentials.message': {
    one: 'Écrire en clair le mot de passe et le PIN de {count} utilisateur dans {file} ?',
    other: 'Écrire en clair les mots de passe et les PIN de {count} utilisateurs dans {file} ?',
  },
  'native.exportCredentials.detail':
    'Site : {site}\nDossier : {folder}\n\nToute personne pouvant lire ce fichier pourra se connecter au nom de ces utilisateurs. Conservez-le en lieu sûr et supprimez-le après usage.',
  'native.exportCredentials.confirm': 'Exporter avec mots de passe et PIN',
  'native.exportCredentials.cancel': 'Annuler',
  'export.progress': 'Exportation des utilisateurs…',
  'export.cancelled': 'L’exportation a été interrompue. Aucun fichier n’a été écrit (un fichier déjà présent à cet emplacement est resté tel quel).',
};
