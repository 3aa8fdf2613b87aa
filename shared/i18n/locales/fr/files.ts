import type { fileMessages as english } from '../../messages/files.js';
import type { Translation } from '../../translation.js';

/** Text of the file rules, in French. */
export const fileMessages: Translation<typeof english> = {
  'file.notChosen.site':
    'Roster n’ouvre ou ne crée un site qu’à l’emplacement que vous avez choisi. Utilisez Ouvrir un site, Nouveau site ou les sites récents pour choisir {file}.',
  'file.notChosen.copy':
    'Roster n’enregistre une copie qu’à l’emplacement choisi dans la boîte de dialogue d’enregistrement. Utilisez à nouveau Enregistrer une copie et choisissez l’emplacement.',
  'file.notChosen.import':
    'Roster ne lit qu’un fichier choisi avec « Choisir un fichier… » ou déposé sur cette fenêtre. Choisissez à nouveau {file}.',
  'file.notChosen.export':
    'Roster n’écrit qu’à l’emplacement choisi dans la boîte de dialogue d’enregistrement. Cliquez à nouveau sur Exporter et choisissez l’emplacement.',
  'file.rule.absolute':
    'Saisissez le chemin complet, depuis le lecteur ou le dossier racine (par exemple /home/anna/users.csv ou C:\\Users\\anna\\users.csv).',
  'file.rule.hidden':
    '{file} est un fichier caché (son nom commence par un point). Roster ne lit ni n’écrit de fichiers cachés ; choisissez un fichier au nom ordinaire.',
  'file.rule.siteExtension':
    'Le nom d’un fichier de site se termine par .roster, ce qui n’est pas le cas de {file}. Choisissez un nom se terminant par .roster.',
  'file.rule.importExtension':
    'Roster importe des fichiers texte délimités se terminant par .csv, .txt ou .tsv, ce qui n’est pas le cas de {file}. Enregistrez la liste au format CSV (dans Excel : « CSV UTF-8 ») et choisissez ce fichier.',
  'file.rule.csvExtension':
    'Les exportations sont écrites dans un fichier se terminant par .csv ou .txt, ce qui n’est pas le cas de {file}. Changez le nom pour qu’il se termine par .csv.',
  'file.rule.notText':
    '{file} existe déjà dans {folder} et n’est pas un fichier texte. Roster ne remplace que des fichiers CSV ou texte ; choisissez un autre nom.',
  'file.exists': '{file} existe déjà.',
  'error.site.copyKeyMissing':
    'Ce poste de travail ne détient pas la clé de ce site : ses mots de passe et PIN ne peuvent donc pas être repris dans une copie. Ouvrez le site sur le poste qui détient sa clé et enregistrez la copie depuis celui-ci.',
};
