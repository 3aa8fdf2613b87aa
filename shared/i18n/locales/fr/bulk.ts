import type { bulkMessages as english } from '../../messages/bulk.js';
import type { Translation } from '../../translation.js';

/** Text of the bulk features, in French. */
export const bulkMessages: Translation<typeof english> = {
  'rule.bulk.group.required': 'Choisissez un groupe.',
  'rule.bulk.privilege.required': 'Choisissez un privilège.',
  'rule.bulk.selection.empty': 'Sélectionnez au moins un utilisateur.',
  'rule.bulk.selection.tooLarge': 'Sélectionnez au plus {max} utilisateurs à la fois.',

  'bulk.bar.label': 'Actions groupées',
  'bulk.bar.selected': { one: '{count} utilisateur sélectionné', other: '{count} utilisateurs sélectionnés' },
  'bulk.action.addToGroup': 'Ajouter au groupe…',
  'bulk.action.removeFromGroup': 'Retirer du groupe…',
  'bulk.action.privilege': 'Privilège…',
  'bulk.action.account': 'Compte',
  'bulk.action.enable': 'Activer',
  'bulk.action.disable': 'Désactiver',
  'bulk.action.expirePassword': 'Faire expirer le mot de passe',
  'bulk.action.expirePasswordHint':
    'Uniquement les utilisateurs qui ont un mot de passe ; ils devront en choisir un nouveau à la prochaine connexion.',
  'bulk.action.expirePin': 'Faire expirer le PIN',
  'bulk.action.expirePinHint': 'Uniquement les utilisateurs qui ont un PIN ; ils devront en choisir un nouveau la prochaine fois qu’il sera demandé.',
  'bulk.action.export': 'Exporter…',
  'bulk.action.delete': 'Supprimer…',
  'bulk.action.recent': 'Modifications groupées récentes',

  'bulk.group.addTitle': { one: 'Ajouter {count} utilisateur à un groupe', other: 'Ajouter {count} utilisateurs à un groupe' },
  'bulk.group.removeTitle': { one: 'Retirer {count} utilisateur d’un groupe', other: 'Retirer {count} utilisateurs d’un groupe' },
  'bulk.group.label': 'Groupe',
  'bulk.group.placeholder': 'Choisir un groupe',
  'bulk.group.none': 'Ce site n’a pas encore de groupe d’utilisateurs. Créez-en un sous Groupes d’utilisateurs.',
  'bulk.group.add': 'Ajouter au groupe',
  'bulk.group.remove': 'Retirer du groupe',

  'bulk.privilege.title': { one: 'Modifier un privilège de {count} utilisateur', other: 'Modifier un privilège de {count} utilisateurs' },
  'bulk.privilege.label': 'Privilège',
  'bulk.privilege.placeholder': 'Choisir un privilège',
  'bulk.privilege.set': 'Accorder',
  'bulk.privilege.clear': 'Retirer',
  'bulk.privilege.smsNote': 'Retirer ce privilège désactive aussi les notifications SMS des nouveaux messages vocaux et fax, qui en ont besoin.',

  'bulk.confirm.deleteTitle': { one: 'Supprimer {count} utilisateur ?', other: 'Supprimer {count} utilisateurs ?' },
  'bulk.confirm.deleteMessage':
    'Ils sont déplacés vers Utilisateurs supprimés, d’où ils peuvent être restaurés ; Annuler les rétablit tous en une fois.',
  'bulk.confirm.largeTitle': { one: 'Modifier {count} utilisateur ?', other: 'Modifier {count} utilisateurs ?' },
  'bulk.confirm.largeMessage': '{request} La modification pourra ensuite être annulée depuis Modifications groupées récentes.',
  'bulk.confirm.apply': 'Appliquer',

  'bulk.describe.addToGroup': 'Ajoutés au groupe « {group} »',
  'bulk.describe.removeFromGroup': 'Retirés du groupe « {group} »',
  'bulk.describe.setPrivilege': 'Privilège « {privilege} » accordé',
  'bulk.describe.clearPrivilege': 'Privilège « {privilege} » retiré',
  'bulk.describe.enable': 'Activés',
  'bulk.describe.disable': 'Désactivés',
  'bulk.describe.expirePassword': 'Mot de passe expiré',
  'bulk.describe.expirePin': 'PIN expiré',
  'bulk.describe.delete': 'Déplacés vers Utilisateurs supprimés',
  'bulk.users': { one: '{count} utilisateur', other: '{count} utilisateurs' },

  'bulk.request.addToGroup': 'Ajouter {users} au groupe « {group} ».',
  'bulk.request.removeFromGroup': 'Retirer {users} du groupe « {group} ».',
  'bulk.request.setPrivilege': 'Accorder « {privilege} » à {users}.',
  'bulk.request.clearPrivilege': 'Retirer « {privilege} » à {users}.',
  'bulk.request.enable': 'Activer {users}.',
  'bulk.request.disable': 'Désactiver {users}.',
  'bulk.request.expirePassword': 'Faire expirer les mots de passe de {users}.',
  'bulk.request.expirePin': 'Faire expirer les PIN de {users}.',
  'bulk.request.delete': 'Déplacer {users} vers Utilisateurs supprimés.',

  'bulk.done': '{change} : {users}.',
  'bulk.done.unchanged': {
    one: '{count} utilisateur sélectionné ne nécessitait aucune modification.',
    other: '{count} utilisateurs sélectionnés ne nécessitaient aucune modification.',
  },
  'bulk.done.nothing': 'Rien à modifier : tous les utilisateurs sélectionnés étaient déjà dans l’état demandé.',
  'bulk.done.nothingExpire': 'Rien à modifier : les utilisateurs sélectionnés n’ont pas de mot de passe, ou celui-ci a déjà expiré.',
  'bulk.undo': 'Annuler',
  'bulk.undo.label': 'Annuler : {change}',
  'bulk.undo.done': { one: 'Annulé pour {count} utilisateur : {change}.', other: 'Annulé pour {count} utilisateurs : {change}.' },
  'bulk.undo.already': 'Cette modification a déjà été annulée.',
  'bulk.undo.notFound': 'Cette modification groupée n’est pas enregistrée dans le site.',
  'bulk.undo.groupGone': 'Le groupe « {group} » a été supprimé depuis : ses anciens membres ne peuvent donc pas y être replacés.',
  'bulk.undo.usernameTaken':
    'Impossible de rétablir {username} : l’utilisateur actif {holder} porte désormais ce nom d’utilisateur. Renommez ou supprimez cet utilisateur, puis annulez à nouveau.',
  'bulk.error.unknownGroup': 'Ce groupe n’existe pas. Choisissez un autre groupe.',

  'bulk.progress.apply': 'Application de la modification…',
  'bulk.progress.undo': 'Annulation de la modification…',
  'bulk.progress.count': '{done} utilisateurs sur {total}',
  'bulk.progress.label': 'Progression',

  'bulk.recent.title': 'Modifications groupées récentes',
  'bulk.recent.help':
    'Annuler rend à chaque utilisateur ce qu’il avait avant la modification, pour les utilisateurs qui existent encore. Une modification ne peut être annulée qu’une fois.',
  'bulk.recent.empty': 'Aucune modification groupée n’a encore été effectuée dans ce site.',
  'bulk.recent.tableLabel': 'Modifications groupées récentes',
  'bulk.recent.when': 'Date',
  'bulk.recent.change': 'Modification',
  'bulk.recent.users': 'Utilisateurs',
  'bulk.recent.by': 'Par',
  'bulk.recent.state': 'Annulation',
  'bulk.recent.undone': 'Annulée le {when}',
  'bulk.recent.undoLabel': 'Annuler « {change} » du {when}',

  'bulk.cancelled': 'La modification a été interrompue. Rien n’a été modifié.',
  'job.busy.bulkApply': 'Une autre opération est en cours : une modification groupée. Attendez qu’elle se termine, puis réessayez.',
  'job.busy.bulkUndo': 'Une autre opération est en cours : l’annulation d’une modification groupée. Attendez qu’elle se termine, puis réessayez.',
  'job.busy.importUndo': 'Une autre opération est en cours : l’annulation d’une importation. Attendez qu’elle se termine, puis réessayez.',
  'job.busy.expireAll':
    'Une autre opération est en cours : l’expiration de tous les mots de passe ou PIN. Attendez qu’elle se termine, puis réessayez.',
  'job.busy.export': 'Une autre opération est en cours : une exportation. Attendez qu’elle se termine, puis réessayez.',
  'job.busy.import':
    'Une autre opération est en cours : une importation ou un aperçu. Attendez qu’elle se termine (ou interrompez-la), puis réessayez.',

  'field.bulkUsers': 'Utilisateurs modifiés',
  'job.busy.demo':
    'Une autre opération est en cours : un site de démonstration est en cours de création. Attendez qu’elle se termine (ou interrompez-la), puis réessayez.',
};
