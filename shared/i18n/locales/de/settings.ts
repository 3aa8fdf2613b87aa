import type { settingsMessages as english } from '../../messages/settings.js';
import type { Translation } from '../../translation.js';

/** Names of the settings sections, in German. */
export const settingsMessages: Translation<typeof english> = {
  'nav.settings': 'Einstellungen',
  'nav.ldap': 'LDAP',
  'nav.audit': 'Audit-Protokoll',
  'settings.section.security': 'Sicherheit',
  'settings.section.endUser': 'Endbenutzer',
  'settings.section.presence': 'Präsenz',
  'settings.section.contactPhotos': 'Kontaktfotos',
  'settings.section.adminLdap': 'LDAP-Authentifizierung für Administratoren',
  'settings.section.cucm': 'CUCM',
  'banner.keyMissing.settingsSecret': 'Ein Passwort oder geheimer Wert der Einstellungen „{section}“',

  'banner.settingsProblems.title': 'Einige gespeicherte Einstellungen konnten nicht wie gespeichert gelesen werden',
  'banner.settingsProblems.place': '{section} (auf der Seite „{screen}“)',
  'banner.settingsProblems.unreadable':
    '{section}: Die gespeicherten Einstellungen sind beschädigt und konnten gar nicht gelesen werden, daher hat jeder Wert dieses Bereichs wieder seinen Standardwert. Eine Kopie der beschädigten Einstellungen bleibt für den Support in der Standortdatei.',
  'banner.settingsProblems.reset': {
    one: '{section}: Der gespeicherte Wert von {fields} ist in dieser Roster-Version ungültig und wurde auf den Standardwert zurückgesetzt. Alle anderen Werte wurden beibehalten.',
    other:
      '{section}: Die gespeicherten Werte von {fields} sind in dieser Roster-Version ungültig und wurden auf ihre Standardwerte zurückgesetzt. Alle anderen Werte wurden beibehalten.',
  },
  'banner.settingsProblems.save':
    'Prüfen und speichern Sie diese Einstellungen: Beim Speichern werden die jetzt angezeigten Werte übernommen. Bis dahin arbeitet Roster mit ihnen, und diese Meldung erscheint bei jedem Öffnen des Standorts.',
  'banner.settingsProblems.dismiss': 'Meldung ausblenden',
};
