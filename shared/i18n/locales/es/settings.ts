import type { settingsMessages as english } from '../../messages/settings.js';
import type { Translation } from '../../translation.js';

/** Names of the settings sections, in Spanish. */
export const settingsMessages: Translation<typeof english> = {
  'nav.settings': 'Configuración',
  'nav.ldap': 'LDAP',
  'nav.audit': 'Registro de auditoría',
  'settings.section.security': 'Seguridad',
  'settings.section.endUser': 'Usuario final',
  'settings.section.presence': 'Presencia',
  'settings.section.contactPhotos': 'Fotos de contacto',
  'settings.section.adminLdap': 'Autenticación LDAP de administradores',
  'settings.section.cucm': 'CUCM',
  'banner.keyMissing.settingsSecret': 'Una contraseña o un secreto de la configuración de {section}',

  'banner.settingsProblems.title': 'Parte de la configuración guardada no se pudo leer tal como se guardó',
  'banner.settingsProblems.place': '{section} (en la pantalla {screen})',
  'banner.settingsProblems.unreadable':
    '{section}: la configuración guardada está dañada y no se pudo leer en absoluto, por lo que todos los valores de esta sección han vuelto a su valor predeterminado. Se conserva una copia de la configuración dañada en el archivo del sitio para el soporte.',
  'banner.settingsProblems.reset': {
    one: '{section}: el valor guardado de {fields} no es válido en esta versión de Roster y ha vuelto a su valor predeterminado. Todos los demás valores se han conservado.',
    other:
      '{section}: los valores guardados de {fields} no son válidos en esta versión de Roster y han vuelto a sus valores predeterminados. Todos los demás valores se han conservado.',
  },
  'banner.settingsProblems.save':
    'Revise esta configuración y guárdela: al guardar se almacenan los valores que se muestran ahora. Hasta entonces Roster funciona con ellos y este mensaje aparece cada vez que se abre el sitio.',
  'banner.settingsProblems.dismiss': 'Ocultar este mensaje',
};
