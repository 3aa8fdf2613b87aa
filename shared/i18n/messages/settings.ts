/** Names of the settings sections, used wherever a setting is named outside its own screen. */
export const settingsMessages = {
  'nav.settings': 'Settings',
  'nav.ldap': 'LDAP',
  'nav.audit': 'Audit log',
  'settings.section.security': 'Security',
  'settings.section.endUser': 'End user',
  'settings.section.presence': 'Presence',
  'settings.section.contactPhotos': 'Contact photos',
  'settings.section.adminLdap': 'Administrator LDAP authentication',
  'settings.section.cucm': 'CUCM',
  'banner.keyMissing.settingsSecret': 'A password or secret of the {section} settings',
} as const;
