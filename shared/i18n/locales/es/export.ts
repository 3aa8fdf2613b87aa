import type { exportMessages as english } from '../../messages/export.js';
import type { Translation } from '../../translation.js';

/** Text of the user export, in Spanish. */
export const exportMessages: Translation<typeof english> = {
  'users.export': 'Exportar CSV…',
  'users.exportHint': 'Exportar todos los usuarios a un archivo CSV',

  'export.title.all': 'Exportar todos los usuarios',
  'export.title.selection': { one: 'Exportar {count} usuario seleccionado', other: 'Exportar {count} usuarios seleccionados' },
  'export.layout': 'Formato de destino',
  'export.layout.callisto': 'Callisto',
  'export.layout.callisto.hint':
    'Todos los campos del registro de usuario, con los nombres de campo del formulario de usuario de Callisto como encabezado. Roster lo vuelve a importar tal cual. Coma, UTF-8, CRLF.',
  'export.layout.xivo': 'XiVO',
  'export.layout.xivo.hint':
    'El archivo de usuarios de XiVO: la sección de usuario y una sección de línea (contexto “default”, SIP) para los usuarios con número. XiVO no tiene italiano, así que ese idioma queda vacío; los nombres de usuario deben ser ASCII. Barra vertical, UTF-8 sin marca, LF.',
  'export.layout.cucmBat': 'CUCM BAT',
  'export.layout.cucmBat.hint':
    'Los nombres de columna del archivo de usuarios de la Bulk Administration Tool de CUCM: el número como PRIMARY EXTENSION, el teléfono como TELEPHONE NUMBER. Coma, UTF-8, CRLF.',
  'export.format': 'Cómo se escribe el archivo',
  'export.format.hint': '{layout} lee {own}. Cámbielo solo si el archivo va a otro destino; Roster recuerda su última elección para cada formato.',
  'export.format.own': 'Usar el del formato',
  'export.delimiter': 'Delimitador',
  'export.delimiter.comma': 'Coma ( , )',
  'export.delimiter.semicolon': 'Punto y coma ( ; )',
  'export.delimiter.tab': 'Tabulación',
  'export.delimiter.pipe': 'Barra vertical ( | )',
  'export.encoding': 'Codificación',
  'export.encoding.utf-8': 'UTF-8',
  'export.encoding.utf-8-bom': 'UTF-8 con BOM',
  'export.encoding.windows-1252': 'Windows-1252',
  'export.encoding.hint':
    'Windows-1252 solo contiene letras de Europa occidental: si el nombre de un usuario tiene otro carácter, Roster muestra esos usuarios y no escribe nada.',
  'export.lineEnding': 'Fin de línea',
  'export.lineEnding.crlf': 'CRLF (Windows)',
  'export.lineEnding.lf': 'LF (Linux y macOS)',
  'export.forExcel': 'Para Excel',
  'export.forExcel.label': 'Para abrir en Excel: proteger las celdas que parecen fórmulas',
  'export.forExcel.hint':
    'Antepone un apóstrofo a cada valor que empieza por = + - o @, para que Excel lo muestre en lugar de ejecutarlo como fórmula. Los valores del archivo cambian (+41 44 … pasa a ser ’+41 44 …): deje esta opción desactivada para un archivo que lea Callisto, XiVO o CUCM.',
  'export.credentials': 'Incluir contraseñas y PIN',
  'export.credentials.hint': 'Se escriben en texto sin cifrar. Deje la casilla sin marcar salvo que el sistema de destino los necesite.',
  'export.path': 'Guardar como',
  'export.path.hint': 'La ruta completa del archivo CSV que se escribirá en este equipo.',
  'export.fileName': 'usuarios-{date}.csv',
  'export.run': 'Exportar',
  'export.chooseAndRun': 'Exportar…',
  'export.done': { one: 'Se exportó {count} usuario a {path}.', other: 'Se exportaron {count} usuarios a {path}.' },
  'export.confirmCredentials.title': '¿Exportar contraseñas y PIN?',
  'export.confirmCredentials.message':
    'El archivo contendrá las contraseñas y los PIN de los usuarios en texto sin cifrar. Cualquiera que pueda leer el archivo podrá iniciar sesión como estos usuarios. Guárdelo en un lugar seguro y elimínelo una vez usado.',
  'export.confirmCredentials.confirm': 'Exportar con credenciales',
  'export.replace.title': '¿Reemplazar el archivo?',
  'export.replace.message': '{file} ya existe. Al reemplazarlo se sobrescribe todo su contenido.',
  'export.replace.confirm': 'Reemplazar',

  'export.path.folder': 'Es una carpeta. Añada el nombre del archivo que se escribirá en ella.',
  'export.error.noFolder': 'La carpeta {folder} no existe. Elija una carpeta existente.',
  'export.error.write':
    'Roster no pudo escribir {file}. Compruebe que la carpeta admite escritura y que el archivo no está abierto en otro programa.',
  'export.error.keyMissing':
    'Las contraseñas y los PIN de este sitio no se pueden leer en este equipo (falta su clave). Exporte sin credenciales o abra el sitio donde esté su clave.',
  'export.error.noUsers': 'No hay ningún usuario que exportar.',
  'export.error.encoding': {
    one: 'Windows-1252 no admite {characters}, que usa {count} usuario. No se ha escrito nada. Elija UTF-8 o cambie antes estos nombres:\n{users}',
    other:
      'Windows-1252 no admite {characters}, que usan {count} usuarios. No se ha escrito nada. Elija UTF-8 o cambie antes estos nombres:\n{users}',
  },
  'export.error.asciiUsernames': {
    one: '{layout} solo admite nombres de usuario con letras y dígitos ASCII, y {count} nombre de usuario tiene otros caracteres. No se ha escrito nada. Cambie el nombre de este usuario o déjelo fuera de la selección:\n{users}',
    other:
      '{layout} solo admite nombres de usuario con letras y dígitos ASCII, y {count} nombres de usuario tienen otros caracteres. No se ha escrito nada. Cambie el nombre de estos usuarios o déjelos fuera de la selección:\n{users}',
  },
  'export.error.moreUsers': { one: '\n… y {count} usuario más', other: '\n… y {count} usuarios más' },

  'audit.action.export': 'Usuarios exportados',
  'field.exportRows': 'Usuarios',
  'field.exportLayout': 'Formato de destino',
  'field.exportFormat': 'Formato',
  'field.exportCredentials': 'Contraseñas y PIN incluidos',
  'field.exportFile': 'Archivo',
  'export.error.credentialsDeclined': 'No se confirmó la exportación con contraseñas y PIN. No se ha escrito nada.',
  'native.exportCredentials.title': 'Exportar contraseñas y PIN',
  'native.exportCredentials.message': {
    one: '¿Escribir la contraseña y el PIN de {count} usuario en texto sin cifrar en {file}?',
    other: '¿Escribir las contraseñas y los PIN de {count} usuarios en texto sin cifrar en {file}?',
  },
  'native.exportCredentials.detail':
    'Sitio: {site}\nCarpeta: {folder}\n\nCualquiera que pueda leer este archivo podrá iniciar sesión como estos usuarios. Guárdelo en un lugar seguro y elimínelo una vez usado.',
  'native.exportCredentials.confirm': 'Exportar con contraseñas y PIN',
  'native.exportCredentials.cancel': 'Cancelar',
  'export.progress': 'Exportando usuarios…',
  'export.cancelled':
    'Se canceló la exportación. No se ha escrito ningún archivo (un archivo que ya estaba en esa ubicación se ha dejado como estaba).',
};
