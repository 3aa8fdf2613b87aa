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

  // Settings stored by an earlier version, or damaged outside Roster (settings-recovery.ts).
  'banner.settingsProblems.title': 'Some saved settings could not be read as they were saved',
  'banner.settingsProblems.place': '{section} (on the {screen} screen)',
  'banner.settingsProblems.unreadable':
    '{section}: the saved settings are damaged and could not be read at all, so every value of this section is back at its default. A copy of the damaged settings is kept in the site file for support.',
  'banner.settingsProblems.reset': {
    one: '{section}: the saved value of {fields} is not valid in this version of Roster and is back at its default. Every other value was kept.',
    other:
      '{section}: the saved values of {fields} are not valid in this version of Roster and are back at their defaults. Every other value was kept.',
  },
  'banner.settingsProblems.save':
    'Check these settings and save them: saving stores the values shown now. Until then Roster works with them, and this message appears each time the site is opened.',
  'banner.settingsProblems.dismiss': 'Hide this message',
} as const;
