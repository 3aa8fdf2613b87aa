import type { settingsMessages as english } from '../../messages/settings.js';
import type { Translation } from '../../translation.js';

/** Names of the settings sections, in Italian. */
export const settingsMessages: Translation<typeof english> = {
  'nav.settings': 'Impostazioni',
  'nav.ldap': 'LDAP',
  'nav.audit': 'Registro di audit',
  'settings.section.security': 'Sicurezza',
  'settings.section.endUser': 'Utente finale',
  'settings.section.presence': 'Presenza',
  'settings.section.contactPhotos': 'Foto dei contatti',
  'settings.section.adminLdap': 'Autenticazione LDAP degli amministratori',
  'settings.section.cucm': 'CUCM',
  'banner.keyMissing.settingsSecret': 'Una password o un dato segreto delle impostazioni {section}',

  'banner.settingsProblems.title': 'Alcune impostazioni salvate non sono state lette come erano state salvate',
  'banner.settingsProblems.place': '{section} (nella schermata {screen})',
  'banner.settingsProblems.unreadable':
    '{section}: le impostazioni salvate sono danneggiate e non è stato possibile leggerle, quindi tutti i valori di questa sezione sono tornati a quelli predefiniti. Una copia delle impostazioni danneggiate resta nel file del sito per l’assistenza.',
  'banner.settingsProblems.reset': {
    one: '{section}: il valore salvato di {fields} non è valido in questa versione di Roster ed è tornato a quello predefinito. Tutti gli altri valori sono stati mantenuti.',
    other:
      '{section}: i valori salvati di {fields} non sono validi in questa versione di Roster e sono tornati a quelli predefiniti. Tutti gli altri valori sono stati mantenuti.',
  },
  'banner.settingsProblems.save':
    'Controlla queste impostazioni e salvale: il salvataggio memorizza i valori mostrati ora. Fino ad allora Roster li usa e questo messaggio compare a ogni apertura del sito.',
  'banner.settingsProblems.dismiss': 'Nascondi questo messaggio',
};
