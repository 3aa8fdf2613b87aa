import type { photosMessages as english } from '../../messages/photos.js';
import type { Translation } from '../../translation.js';

/** Text of the contact photo cache, in French. */
export const photosMessages: Translation<typeof english> = {
  'rule.photos.attribute':
    'Saisissez un nom d’attribut LDAP tel que employeeNumber (lettres, chiffres et traits d’union, commençant par une lettre) ou un OID.',
  'rule.photos.attributeRequired': 'Saisissez l’attribut de l’annuaire à comparer, par exemple employeeNumber.',

  'error.photos.running': 'Une synchronisation des photos est déjà en cours. Attendez qu’elle se termine ou interrompez-la.',
  'error.photos.cancelled': 'La synchronisation des photos a été interrompue. Le cache des photos est resté tel qu’il était.',
  'error.photos.notConfigured':
    'Les paramètres des photos des contacts n’ont pas encore de serveur ni de DN de base. Saisissez-les dans la section Photos des contacts ci-dessus, enregistrez, puis relancez la synchronisation.',
  'error.photos.passwordMissing':
    'Les paramètres des photos des contacts indiquent un utilisateur de liaison, mais aucun mot de passe de liaison n’est enregistré. Saisissez le mot de passe dans la section Photos des contacts, enregistrez, puis relancez la synchronisation.',
  'error.photos.passwordUnreadable':
    'Le mot de passe de liaison des paramètres des photos des contacts ne peut pas être lu sur ce poste de travail (la clé du site n’est pas dans son trousseau). Saisissez à nouveau le mot de passe dans la section Photos des contacts et enregistrez.',
  'photos.failed.title': 'Les photos n’ont pas pu être lues dans l’annuaire. Le cache des photos est resté tel qu’il était.',
  'photos.failed.serverSaid': 'Réponse du serveur : {message}',
  'photos.failed.testHint': 'Lancez « Tester les photos des contacts » ci-dessus pour voir quelle étape échoue.',

  'photos.panel.title': 'Cache des photos',
  'photos.panel.intro':
    'Lit les photos dans l’annuaire avec les paramètres des photos des contacts enregistrés, associe chaque entrée à un utilisateur Roster et conserve les photos dans le fichier du site, où la liste des utilisateurs et l’éditeur les affichent. Une photo est considérée comme récente pendant le nombre de jours indiqué ci-dessus dans « Conserver les photos » ; une synchronisation ultérieure récupère à nouveau les plus anciennes et laisse les récentes telles quelles.',
  'photos.panel.notConfigured':
    'Saisissez le serveur et le DN de base des photos des contacts ci-dessus et enregistrez-les avant la première synchronisation.',
  'photos.panel.cacheState': {
    zero: 'Aucune photo n’est encore en cache.',
    one: '1 photo en cache ; {stale} de plus de {days} jours.',
    other: '{count} photos en cache ; {stale} de plus de {days} jours.',
  },
  'photos.panel.lastRun': 'Dernière synchronisation le {when} : {stored} enregistrées, {refreshed} actualisées, {kept} encore récentes.',
  'photos.panel.matchBy': 'Associer les entrées de l’annuaire aux utilisateurs par',
  'photos.panel.matchBy.username': 'Nom d’utilisateur (uid, sAMAccountName ou userPrincipalName)',
  'photos.panel.matchBy.email': 'Adresse e-mail (mail)',
  'photos.panel.matchBy.attribute': 'Un autre attribut de l’annuaire',
  'photos.panel.matchAttribute': 'Attribut de l’annuaire',
  'photos.panel.matchAttributeHint': 'Sa valeur doit être égale au champ Roster ci-dessous, sans distinction de casse.',
  'photos.panel.matchField': 'Comparé au champ Roster',
  'photos.panel.field.username': 'Nom d’utilisateur',
  'photos.panel.field.email': 'E-mail',
  'photos.panel.field.number': 'Numéro',
  'photos.panel.sync': 'Synchroniser les photos',
  'photos.panel.cancel': 'Interrompre la synchronisation',
  'photos.panel.phase.connecting': 'Connexion à l’annuaire…',
  'photos.panel.phase.searching': { zero: 'Lecture des entrées…', one: '1 entrée lue…', other: '{count} entrées lues…' },
  'photos.panel.phase.storing': 'Enregistrement des photos…',
  'photos.panel.progressLabel': 'Progression de la synchronisation des photos',
  'photos.panel.done': 'Synchronisation des photos terminée : {stored} enregistrées, {refreshed} actualisées.',

  'photos.result.title': 'Résultat de la synchronisation du {when} (durée : {duration})',
  'photos.duration.ms': '{count} ms',
  'photos.duration.s': '{value} s',
  'photos.result.label': 'Résultat de la synchronisation',
  'photos.result.entries': 'Entrées lues',
  'photos.result.matched': 'Associées à des utilisateurs',
  'photos.result.stored': 'Enregistrées (nouvelles)',
  'photos.result.refreshed': 'Actualisées',
  'photos.result.kept': 'Encore récentes, conservées',
  'photos.result.withoutPhoto': 'Associées, sans photo',
  'photos.result.tooLarge': 'Ignorées : trop volumineuses',
  'photos.result.notImage': 'Ignorées : pas une image',
  'photos.result.sameUser': 'Ignorées : utilisateur déjà associé',
  'photos.result.unmatched': 'Entrées non associées',
  'photos.result.skippedTitle': { one: '1 entrée ignorée', other: '{count} entrées ignorées' },
  'photos.result.unmatchedTitle': {
    one: '1 entrée ne correspond à aucun utilisateur Roster',
    other: '{count} entrées ne correspondent à aucun utilisateur Roster',
  },
  'photos.result.unmatchedHint':
    'Ces entrées ont été lues, mais aucun utilisateur Roster actif n’a la même valeur. Vérifiez la règle d’association, ou créez d’abord les utilisateurs.',
  'photos.result.truncated': 'Seules les {limit} premières entrées de chaque liste sont affichées ; les totaux ci-dessus sont complets.',
  'photos.result.col.dn': 'Entrée de l’annuaire (DN)',
  'photos.result.col.user': 'Utilisateur Roster',
  'photos.result.col.reason': 'Motif',
  'photos.skip.tooLarge':
    'La photo fait {size} ; le cache accepte les photos jusqu’à {maxKb} Ko. Enregistrez une vignette plus petite dans l’annuaire.',
  'photos.skip.notImage': 'La valeur ({size}) n’est pas une image JPEG, PNG, GIF ou WebP.',
  'photos.skip.sameUser': 'Une autre entrée était déjà associée à cet utilisateur ; c’est sa photo qui a été retenue.',
  'photos.size.bytes': '{count} octets',
  'photos.size.kb': '{value} Ko',
};
