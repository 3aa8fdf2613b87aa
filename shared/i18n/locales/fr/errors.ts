import type { errorMessages as english } from '../../messages/errors.js';
import type { Translation } from '../../translation.js';

/** Messages of the error codes and refusals, in French. */
export const errorMessages: Translation<typeof english> = {
  'error.VALIDATION': 'Certaines valeurs ne sont pas valides. Vérifiez les champs signalés.',
  'error.NOT_FOUND': 'Cet élément n’existe plus. Il a peut-être été purgé, ou le site a changé.',
  'error.CONFLICT': 'La modification est en conflit avec des données existantes.',
  'error.POLICY': 'La modification est refusée par la politique de sécurité.',
  'error.SECRET_MISSING': 'Le trousseau de clés de ce poste de travail ne contient pas la clé de ce site.',
  'error.IO': 'Le fichier n’a pas pu être lu ou écrit.',
  'error.NO_SITE': 'Aucun site n’est ouvert. Créez ou ouvrez d’abord un site.',
  'error.UNSUPPORTED': 'Cette action n’est pas disponible dans ce mode.',
  'error.INTERNAL': 'Une erreur interne s’est produite dans Roster. La modification n’a pas été enregistrée.',
  'error.site.notFound': 'Aucun fichier à l’emplacement {path}. Vérifiez le chemin, ou créez un nouveau site à cet endroit.',
  'error.site.unreadable': 'Le fichier {path} n’a pas pu être lu. Vérifiez qu’il existe et que vous avez le droit de le lire.',
  'error.site.notSqlite':
    'Le fichier {path} n’est pas un site Roster : quel que soit son nom, son contenu n’est pas une base de données de site. Il n’a pas été modifié ; choisissez un autre fichier.',
  'error.site.foreign':
    'Le fichier {path} est une base de données d’un autre programme, pas un site Roster. Il n’a pas été modifié ; choisissez un fichier .roster.',
  'error.site.newer':
    'Le site {path} a été enregistré par une version plus récente de Roster. Mettez Roster à jour pour l’ouvrir ; le fichier n’a pas été modifié.',
  'error.site.damaged': 'Le site {path} est endommagé et ne peut pas être ouvert. Il n’a pas été modifié ; ouvrez plutôt une copie de sauvegarde.',
  'error.site.unwritable':
    'Le site {path} ne peut pas être ouvert en écriture. Vérifiez que le dossier est accessible en écriture et que le fichier n’est pas en lecture seule.',
  'error.site.exists': 'Un fichier existe déjà à l’emplacement {path}. Choisissez un autre nom, ou ouvrez le site existant.',
  'error.site.copyOntoOpen': 'Une copie ne peut pas remplacer le site ouvert lui-même. Choisissez un autre nom de fichier pour la copie.',
  'error.site.copyFailed': 'La copie n’a pas pu être écrite dans {path}. Vérifiez que le dossier existe et est accessible en écriture.',
  'error.keychain.write':
    'La clé du site n’a pas pu être enregistrée dans le trousseau de clés de ce poste de travail. Déverrouillez le trousseau et réessayez.',
  'error.restore.usernameTaken':
    'Impossible de restaurer l’utilisateur « {username} » : l’utilisateur actif « {holder} » a le même nom d’utilisateur. Renommez d’abord l’un des deux.',
  'error.restore.numberTaken':
    'Impossible de restaurer l’utilisateur « {username} » : le numéro {number} appartient désormais à « {holder} ». Attribuez d’abord un autre numéro à l’un des deux.',
  'error.group.referenced': {
    one: 'Impossible de supprimer le groupe « {group} » : {usernames} l’utilise pour ses contacts internes ou externes. Choisissez d’abord un autre groupe pour cet utilisateur.',
    other:
      'Impossible de supprimer le groupe « {group} » : {count} utilisateurs l’utilisent pour leurs contacts internes ou externes ({usernames}). Choisissez d’abord un autre groupe pour eux.',
  },
};
