import type { importMessages as english } from '../../messages/import.js';
import type { Translation } from '../../translation.js';

/** The import ledger, the import engine and their refusals, in Spanish. */
export const importMessages: Translation<typeof english> = {
  'rule.import.match.required': 'Marque al menos un campo que identifique a un usuario existente.',
  'rule.import.mappingName.required': 'Asigne un nombre a la asignación.',
  'import.undo.notFound': 'Esta importación ya no existe.',
  'import.undo.already': 'Esta importación ya se deshizo el {at}.',
  'import.undo.notLatest': 'Solo se puede deshacer la importación más reciente. Deshaga antes las importaciones posteriores.',
  'import.undo.clash':
    'No se puede deshacer la importación: el nombre de usuario o el número de “{username}” lo usa ahora otro usuario. Cambie el nombre de ese usuario y vuelva a intentarlo.',

  'import.file.notFound': 'No hay ningún archivo en {path}. Compruebe la ruta y vuelva a elegir el archivo.',
  'import.file.notAFile': '{path} es una carpeta, no un archivo. Elija el archivo CSV que contiene.',
  'import.file.unreadable': 'No se pudo leer el archivo {path}. Compruebe que existe y que tiene permiso para abrirlo.',
  'import.file.empty': 'El archivo está vacío: no hay nada que importar.',
  'import.file.headerOnly': 'El archivo tiene una fila de encabezado, pero ningún usuario debajo.',
  'import.file.binary':
    'No es un archivo de texto: contiene datos binarios (como bytes cero). Elija un archivo CSV o de texto, por ejemplo uno guardado con “Guardar como… CSV”.',
  'import.file.spreadsheet':
    'Es un libro de hoja de cálculo, no un archivo CSV. Ábralo en el programa de hojas de cálculo, guárdelo como CSV e importe ese archivo.',
  'import.file.unterminatedQuote':
    'La línea {line} abre un valor entre comillas (empieza por ") que no se cierra nunca, por lo que el resto del archivo se leería como un único valor. Cierre las comillas, o duplique las comillas que formen parte del texto (""), y vuelva a importar.',
  'import.file.valueTooLong':
    'La línea {line} contiene un valor entre comillas de más de {max} caracteres, más de lo que Roster lee en una fila. Acorte ese valor (un campo de usuario admite como mucho unos miles de caracteres) y vuelva a importar.',
  'import.file.recordTooLong':
    'La fila que empieza en la línea {line} tiene más de {max} caracteres. Probablemente el archivo no usa el delimitador elegido o hay unas comillas sin cerrar.',
  'import.file.tooManyColumns': 'La línea {line} tiene más de {max} columnas; Roster lee como máximo {max}. Quite las columnas que no necesite.',
  'import.file.tooManyRows': 'El archivo tiene más de {max} filas. Divídalo en archivos más pequeños e impórtelos uno tras otro.',
  'import.xivo.needsHeader':
    'Un archivo XiVO empieza por una fila de nombres de columna. Marque “La primera fila contiene los encabezados de columna”.',

  'import.mapping.usernameMissing': 'Elija la columna que contiene el nombre de usuario: todo usuario necesita uno.',
  'import.mapping.twice': 'Este campo ya se rellena con la columna “{column}”. Elija otro campo u omita esta columna.',
  'import.match.notMapped':
    'Ninguna columna rellena este campo, por lo que no puede identificar usuarios existentes. Desmárquelo o asígnele una columna.',

  'import.row.fewerFields': {
    one: 'Esta fila tiene {count} valor donde el encabezado tiene {expected}: puede que falte o sobre un delimitador o un salto de línea.',
    other: 'Esta fila tiene {count} valores donde el encabezado tiene {expected}: puede que falte o sobre un delimitador o un salto de línea.',
  },
  'import.row.moreFields': {
    one: 'Esta fila tiene {count} valor donde el encabezado tiene {expected}: puede que un valor contenga un delimitador sin comillas.',
    other: 'Esta fila tiene {count} valores donde el encabezado tiene {expected}: puede que un valor contenga un delimitador sin comillas.',
  },
  'import.row.byteOrderMark':
    'Esta fila contiene una marca de orden de bytes invisible, como la que queda al unir dos archivos en uno. Quítela (y también la fila de encabezado repetida).',
  'import.row.undecodable':
    'Esta fila contiene bytes que no son texto {encoding} válido. Si el archivo procede de Excel o de otro programa de Windows, elija la codificación Windows-1252.',
  'import.value.language':
    '“{value}” no es un idioma que Roster conozca. Use de 1 a 5 (1 inglés, 2 alemán, 3 francés, 4 italiano, 5 español), un nombre como German o una configuración regional como de_DE.',
  'import.value.boolean': '“{value}” no es ni sí ni no. Use 1 o 0, yes o no, true o false.',
  'import.group.unknown':
    'No hay ningún grupo de usuarios llamado “{name}”. Marque “Crear los grupos que nombra el archivo y que aún no existen”, créelo en Grupos de usuarios o corrija el nombre.',
  'import.group.badName': '“{name}” no puede ser un nombre de grupo: un nombre tiene de 1 a 64 caracteres y ningún carácter de control.',
  'import.match.keyMissing':
    'Las contraseñas y los PIN no pueden identificar usuarios existentes en este equipo: falta la clave del sitio. Desmarque Contraseña y PIN en los campos que identifican a un usuario, o abra el sitio donde esté su clave.',
  'import.duplicate.inFile':
    'Mismo usuario que en la línea {firstLine} (los campos que identifican a un usuario son iguales). Solo se importa el primero.',
  'import.duplicate.ambiguous': {
    one: 'Esta fila coincide con {count} usuario existente, por lo que Roster no sabe cuál actualizar. Marque más campos que identifiquen a un usuario.',
    other:
      'Esta fila coincide con {count} usuarios existentes, por lo que Roster no sabe cuál actualizar. Marque más campos que identifiquen a un usuario.',
  },
  'import.username.takenInFile':
    'El nombre de usuario “{username}” ya lo usa la línea {line} de este archivo (no se distinguen mayúsculas y minúsculas).',
  'import.number.takenInFile': 'El número {number} ya lo usa la línea {line} de este archivo.',
  'import.xivo.required': 'La sección {section} de XiVO necesita “{column}” en cuanto se rellena cualquiera de sus columnas.',
  'import.xivo.int': 'XiVO espera un número entero en “{column}”, no “{value}”.',
  'import.xivo.bool': 'XiVO espera 0 o 1 en “{column}”, no “{value}”.',
  'import.xivo.enum': 'XiVO no acepta “{value}” en “{column}”. Use uno de estos valores: {allowed}.',
  'import.xivo.voicemailLanguage': 'Un buzón de voz necesita un idioma: rellene “language” (por ejemplo en_US).',
  'import.xivo.clientNeeds': 'Con enableclient a 1, XiVO necesita también “{column}”.',
  'import.xivo.sipOnly': '“{column}” es solo para líneas SIP; esta línea usa SCCP.',

  'import.busy': 'Hay otra importación o vista previa en curso. Espere a que termine o cancélela.',
  'import.running': 'Se está escribiendo una importación en este sitio. Espere a que termine (o cancélela) y vuelva a intentarlo.',
  'import.cancelled': 'Se canceló la importación. No se ha modificado nada.',
  'import.worker.failed': 'La importación se detuvo de forma inesperada. No se ha modificado nada; vuelva a intentarlo.',
  'import.worker.outOfMemory':
    'La importación se quedó sin memoria y se detuvo. No se ha modificado nada; divida el archivo e importe las partes una tras otra.',
  'import.site.outdated':
    'Una versión más reciente de Roster modificó el archivo del sitio mientras estaba abierto. Vuelva a abrirlo e importe después.',
  'import.undo.cancelled': 'Se canceló la acción de deshacer. La importación sigue vigente: no se ha modificado nada.',
};
