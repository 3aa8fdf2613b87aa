import type { settingsMessages as english } from '../../messages/settings.js';
import type { Translation } from '../../translation.js';

/** Names of the settings sections, in French. */
export const settingsMessages: Translation<typeof english> = {
  'nav.settings': 'Paramètres',
  'nav.ldap': 'LDAP',
  'nav.audit': 'Journal d’audit',
  'settings.section.security': 'Sécurité',
  'settings.section.endUser': 'Utilisateur final',
  'settings.section.presence': 'Présence',
  'settings.section.contactPhotos': 'Photos des contacts',
  'settings.section.adminLdap': 'Authentification LDAP des administrateurs',
  'settings.section.cucm': 'CUCM',
  'banner.keyMissing.settingsSecret': 'Un mot de passe ou un secret des paramètres {section}',

  'banner.settingsProblems.title': 'Certains paramètres enregistrés n’ont pas pu être relus tels qu’ils ont été enregistrés',
  'banner.settingsProblems.place': '{section} (écran {screen})',
  'banner.settingsProblems.unreadable':
    '{section} : les paramètres enregistrés sont endommagés et n’ont pas pu être lus du tout ; toutes les valeurs de cette section sont revenues à leur valeur par défaut. Une copie des paramètres endommagés est conservée dans le fichier du site pour le support.',
  'banner.settingsProblems.reset': {
    one: '{section} : la valeur enregistrée de {fields} n’est pas valide dans cette version de Roster et est revenue à sa valeur par défaut. Toutes les autres valeurs ont été conservées.',
    other:
      '{section} : les valeurs enregistrées de {fields} ne sont pas valides dans cette version de Roster et sont revenues à leurs valeurs par défaut. Toutes les autres valeurs ont été conservées.',
  },
  'banner.settingsProblems.save':
    'Vérifiez ces paramètres et enregistrez-les : l’enregistrement conserve les valeurs affichées maintenant. D’ici là, Roster les utilise, et ce message s’affiche à chaque ouverture du site.',
  'banner.settingsProblems.dismiss': 'Masquer ce message',
};
