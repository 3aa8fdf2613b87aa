import type { nativeMessages as english } from '../../messages/native.js';
import type { Translation } from '../../translation.js';

/** Text of the native parts of the desktop app, in French. */
export const nativeMessages: Translation<typeof english> = {
  'native.menu.file': '&Fichier',
  'native.menu.view': '&Affichage',
  'native.menu.help': 'Aid&e',
  'native.menu.newUser': 'Nouvel utilisateur',
  'native.menu.light': 'Clair',
  'native.menu.dark': 'Sombre',
  'native.menu.followSystem': 'Suivre le système',
  'native.menu.about': 'À propos de Roster',
  'native.menu.showLog': 'Afficher le fichier journal',
  'native.menu.copyDiagnostics': 'Copier les diagnostics',
  'native.menu.language': 'Langue',
  'native.dialog.siteFiles': 'Site Roster',
  'native.diagnostics.copied': 'Diagnostics copiés dans le presse-papiers',
  'native.diagnostics.copiedDetail': 'Collez-les dans votre ticket de support. Le fichier journal est {file}.',
  'native.failure.title': 'Roster a rencontré une erreur inattendue',
  'native.failure.detail':
    '{message}\n\nLes détails ont été écrits dans le fichier journal : {file}\nAide > Copier les diagnostics les place dans le presse-papiers pour un ticket de support.',
  'native.rendererGone.message': 'La fenêtre a cessé de fonctionner ({reason}).',
  'native.childGone.message': 'Une partie de la fenêtre a cessé de fonctionner ({type} : {reason}).',
  'native.rendererGone.detail':
    'Rechargez la fenêtre pour continuer ; les modifications non enregistrées peuvent être perdues. Le fichier journal est {file}.',
  'native.rendererGone.reload': 'Recharger',
  'native.rendererGone.close': 'Fermer',
  'native.about.message': 'Roster {version}',
  'native.about.detail':
    'Console d’annuaire des utilisateurs pour plateformes de communications unifiées.\nElectron {electron}, Chromium {chrome}, Node {node}',
  'native.unload.title': 'Modifications non enregistrées',
  'native.unload.message': 'Abandonner les modifications non enregistrées ?',
  'native.unload.detail': 'L’utilisateur ou les paramètres en cours de modification ont des changements non encore enregistrés.',
  'native.unload.discard': 'Abandonner',
  'native.unload.keep': 'Continuer à modifier',
};
