import type { cucmImportMessages as english } from '../../messages/cucm-import.js';
import type { Translation } from '../../translation.js';

/** Text of the CUCM import, in Spanish. */
export const cucmImportMessages: Translation<typeof english> = {
  // --- SQL filter ------------------------------------------------------------------------------------------
  'cucmImport.sql.tooLong': 'El filtro SQL es demasiado largo (como máximo {max} caracteres).',
  'cucmImport.sql.unterminatedText': "Este texto no tiene comilla de cierre. Termínelo con ' (escriba '' para una comilla dentro del texto).",
  'cucmImport.sql.doubleQuotes': "Ponga el texto entre comillas simples, como 'support'. No se usan comillas dobles.",
  'cucmImport.sql.typographicQuotes':
    "Use la comilla simple recta ' alrededor del texto, no una comilla tipográfica (que suelen añadir los procesadores de texto).",
  'cucmImport.sql.unquotedNumber': "Los números se comparan como texto: escriba '{number}' con comillas simples.",
  'cucmImport.sql.unexpectedCharacter': '“{character}” no tiene sentido aquí.',
  'cucmImport.sql.unknownField': '“{name}” no es un campo. Los campos son {fields}.',
  'cucmImport.sql.conditionOnly': 'Escriba solo la condición, sin {word}.',
  'cucmImport.sql.expectedCondition': 'Aquí se espera una condición: un campo como usr_Department, NOT o un paréntesis de apertura.',
  'cucmImport.sql.expectedOperator': 'Se espera una comparación después de {operand}: =, <>, <, <=, >, >=, LIKE, IN, BETWEEN o IS NULL.',
  'cucmImport.sql.expectedValue': "Aquí se espera un valor: texto entre comillas simples como 'support', o un campo.",
  'cucmImport.sql.expectedPattern': "LIKE necesita un patrón entre comillas simples, como '%@example.com'.",
  'cucmImport.sql.expectedList': "IN necesita una lista entre paréntesis, como ('sales', 'support').",
  'cucmImport.sql.expectedListItem': "Se espera un valor entre comillas simples en la lista, como 'sales'.",
  'cucmImport.sql.expectedListSeparator': 'Se espera una coma o un paréntesis de cierre en la lista.',
  'cucmImport.sql.expectedNull': 'IS debe ir seguido de NULL o NOT NULL.',
  'cucmImport.sql.expectedBetweenAnd': "BETWEEN necesita AND entre sus dos valores, como BETWEEN '1000' AND '1999'.",
  'cucmImport.sql.expectedNegatable': 'Aquí NOT debe ir seguido de LIKE, IN o BETWEEN.',
  'cucmImport.sql.expectedConnector': 'Aquí se espera AND, OR, un paréntesis de cierre o el final del filtro.',
  'cucmImport.sql.expectedCloseParen': 'Aquí falta un paréntesis de cierre.',
  'cucmImport.sql.unmatchedParen': 'Este paréntesis de cierre no tiene paréntesis de apertura.',
  'cucmImport.sql.tooDeep': 'El filtro anida paréntesis o NOT en más de {max} niveles.',

  // --- XML filter ------------------------------------------------------------------------------------------
  'cucmImport.xml.tooLong': 'El filtro XML es demasiado largo (como máximo {max} caracteres).',
  'cucmImport.xml.controlCharacter': 'El filtro XML contiene un carácter de control.',
  'cucmImport.xml.bareAmpersand': 'Escriba & como &amp;.',
  'cucmImport.xml.entity': 'No se acepta &{entity};. Use &amp; &lt; &gt; &quot; &apos; o una referencia numérica de carácter como &#38;.',
  'cucmImport.xml.unclosedComment': 'Este comentario no está cerrado con -->.',
  'cucmImport.xml.declaration': 'No se aceptan declaraciones (<!DOCTYPE …>, <![CDATA[ …): escriba solo elementos y sus valores.',
  'cucmImport.xml.processingInstruction':
    'No se necesitan instrucciones de procesamiento como <?xml …?>: empiece por <searchCriteria> o por un criterio.',
  'cucmImport.xml.badTag': 'Esta etiqueta no está bien formada. Escriba un criterio como <lastName>S%</lastName>.',
  'cucmImport.xml.attribute': 'No se aceptan atributos (ni espacios de nombres): escriba <{name}> solo con su valor.',
  'cucmImport.xml.unknownElement': 'La búsqueda de usuarios de CUCM no tiene el criterio <{name}>. Use {elements}.',
  'cucmImport.xml.nested': 'Dentro de <{name}> solo puede ir su valor.',
  'cucmImport.xml.rootOnce': '<searchCriteria> puede aparecer una sola vez, englobando todos los criterios.',
  'cucmImport.xml.outsideRoot': '<{name}> debe estar dentro de <searchCriteria>, como los demás criterios.',
  'cucmImport.xml.duplicate': '<{name}> aparece dos veces. Indique cada criterio una sola vez.',
  'cucmImport.xml.emptyValue': '<{name}> necesita un valor. Use % como comodín; % solo coincide con todos los usuarios.',
  'cucmImport.xml.valueTooLong': 'El valor de <{name}> es demasiado largo (como máximo {max} caracteres).',
  'cucmImport.xml.textOutside': 'El texto debe ser el valor de un criterio, como <lastName>S%</lastName>.',
  'cucmImport.xml.unclosed': '<{name}> no está cerrado: añada </{name}>.',
  'cucmImport.xml.mismatchedEnd': '</{found}> no cierra <{expected}>: escriba </{expected}>.',
  'cucmImport.xml.unexpectedEnd': '</{name}> no cierra nada.',

  // --- preview, apply ---------------------------------------------------------------------------------------
  'cucmImport.busy': 'Ya hay una vista previa leyendo de CUCM. Espere a que termine o cancélela.',
  'cucmImport.siteChanged': 'Se abrió otro sitio mientras se leían los usuarios de CUCM. Vuelva a generar la vista previa.',
  'cucmImport.previewGone': 'Esta vista previa ya no está disponible. Vuelva a generar la vista previa.',
  'cucmImport.compare.failed':
    'La comparación de los usuarios leídos de CUCM con este sitio se detuvo de forma inesperada. No se ha modificado nada; vuelva a generar la vista previa.',
  'cucmImport.compare.outOfMemory':
    'La comparación de los usuarios leídos de CUCM se quedó sin memoria y se detuvo. No se ha modificado nada; restrinja el filtro XML para que CUCM devuelva menos usuarios y vuelva a generar la vista previa.',
  'cucmImport.stale': 'El sitio ha cambiado desde que se generó esta vista previa. Vuelva a generarla para ver qué haría ahora la importación.',
  'cucmImport.problem.duplicate': 'CUCM devolvió el ID de usuario {username} dos veces (también en la fila {line}); se importa una sola vez.',
  // --- reading from CUCM: complete or nothing ----------------------------------------------------------------
  'cucmImport.read.busy':
    'Se detuvo la lectura de usuarios finales de CUCM: CUCM siguió ocupado durante {seconds} s (HTTP 503 o “Maximum AXL Memory Allocation Consumed”) tras {users} usuarios en {pages} páginas. No se ha modificado nada ni se ha generado ninguna vista previa. Vuelva a intentarlo más tarde, cuando menos aplicaciones usen AXL (administración masiva, otras importaciones).',
  'cucmImport.read.stopped':
    'Se detuvo la lectura de usuarios finales de CUCM: CUCM dejó de responder tras {users} usuarios en {pages} páginas ({tries} intentos). No se ha modificado nada ni se ha generado ninguna vista previa. Compruebe que el publisher está en funcionamiento y accesible y vuelva a generar la vista previa.',
  'cucmImport.read.changed':
    'Se detuvo la lectura de usuarios finales de CUCM: los usuarios finales cambiaron en CUCM mientras se leían (tras {users} usuarios). No se ha modificado nada ni se ha generado ninguna vista previa. Vuelva a generar la vista previa cuando nadie esté añadiendo ni eliminando usuarios finales.',
  'cucmImport.read.short':
    'Se detuvo la lectura de usuarios finales de CUCM: CUCM indicó que coinciden al menos {total} usuarios finales, pero sus páginas terminaron tras {users}. No se ha modificado nada ni se ha generado ninguna vista previa. Vuelva a generar la vista previa; si vuelve a ocurrir, revise el servicio AXL de CUCM.',
  'cucmImport.read.gap':
    'Se detuvo la lectura de usuarios finales de CUCM: las filas {from} a {to} nunca recibieron respuesta. No se ha modificado nada ni se ha generado ninguna vista previa. Vuelva a generar la vista previa.',
  'cucmImport.read.failed':
    'La lectura de usuarios finales de CUCM se detuvo de forma inesperada. No se ha modificado nada ni se ha generado ninguna vista previa; vuelva a generar la vista previa.',
  'cucmImport.read.noEnd':
    'La lectura de usuarios finales de CUCM no terminó (tras {users} usuarios). No se ha modificado nada ni se ha generado ninguna vista previa. Vuelva a generar la vista previa.',
  'cucmImport.read.tooMany':
    'Se detuvo la lectura de usuarios finales de CUCM: se pidieron {asked} usuarios y CUCM respondió {found}. CUCM no responde así; compruebe que el publisher y el puerto de Configuración > CUCM corresponden al servicio AXL de CUCM.',
  // --- mass deletion ---------------------------------------------------------------------------------------
  'cucmImport.threshold.range': 'Escriba un número entero del rango indicado.',
  'cucmImport.massDelete.typeCount': 'Escriba el número de usuarios que se eliminarán ({count}) para eliminarlos, o deshabilítelos en su lugar.',
  'cucmImport.massDelete.wrongCount': 'Ese no es el número de usuarios que se eliminarán. Escriba {count}, o deshabilítelos en su lugar.',
  // --- screen ----------------------------------------------------------------------------------------------
  'nav.cucmImport': 'Importar desde CUCM',
  'cucmImport.title': 'Importar desde CUCM',
  'cucmImport.open': 'Importar desde CUCM',
  'cucmImport.intro':
    'Lee los usuarios finales de Cisco Unified Communications Manager y muestra qué cambiaría en este sitio. No cambia nada hasta que se aplica. Los usuarios importados antes de CUCM que los filtros ya no devuelven se eliminan; los usuarios introducidos manualmente o importados desde un archivo no se modifican nunca.',
  'cucmImport.publisher': 'Los usuarios finales se leen de {publisher} (Configuración > CUCM).',
  'cucmImport.notConfigured.title': 'CUCM no está configurado',
  'cucmImport.notConfigured.message':
    'Introduzca el publisher, el usuario AXL y su contraseña en Configuración > CUCM, pruebe la conexión y vuelva aquí.',
  'cucmImport.notConfigured.open': 'Abrir Configuración > CUCM',
  'cucmImport.save': 'Guardar filtros',
  'cucmImport.saveHint': 'Ctrl+S. Cada importación conserva también los filtros y la asignación con los que se ejecutó.',
  'cucmImport.saved': 'Filtros y asignación guardados.',
  'settings.section.cucmImport': 'Importación de CUCM',
  'field.xmlFilter': 'Filtro XML',
  'field.sqlFilter': 'Filtro SQL',
  'field.deleteThresholdPercent': 'Eliminación masiva: proporción de usuarios de CUCM',
  'field.deleteThresholdUsers': 'Eliminación masiva: número de usuarios',
  'cucmMapping.firstName': 'Asignación de Nombre',
  'cucmMapping.lastName': 'Asignación de Apellidos',
  'cucmMapping.department': 'Asignación de Departamento',
  'cucmMapping.email': 'Asignación de Correo electrónico',
  'cucmMapping.language': 'Asignación de Idioma',
  'cucmMapping.mobile': 'Asignación de Móvil',
  'cucmMapping.pager': 'Asignación de Buscapersonas',
  'cucmMapping.phone': 'Asignación de Teléfono',
  'cucmMapping.number': 'Asignación de Número',
  'cucmMapping.phones': 'Asignación de Teléfonos',

  'cucmImport.section.filters': 'Filtros',
  'cucmImport.xml.label': 'Filtro XML (lo aplica CUCM)',
  'cucmImport.xml.hint':
    'Se envía a CUCM, que selecciona los usuarios finales: los criterios de búsqueda de listUser de AXL, como el elemento <searchCriteria> completo o solo los criterios que contiene. Criterios: firstName, lastName, userid, department, cada uno una vez, con % como comodín; deben coincidir todos. Vacío: todos los usuarios finales.',
  'cucmImport.sql.label': 'Filtro SQL (lo aplica Roster después)',
  'cucmImport.sql.hint':
    "Roster lo aplica a los usuarios que devolvió CUCM: una condición como usr_Department = 'support'. No se distinguen mayúsculas y minúsculas, los números se comparan como texto y un valor vacío es NULL. Vacío: conservar todos los usuarios.",
  'cucmImport.reference': 'Campos y operadores',
  'cucmImport.reference.fields': 'Campos del filtro SQL',
  'cucmImport.reference.field': 'Campo',
  'cucmImport.reference.value': 'Valor de CUCM',
  'cucmImport.reference.usr_Name': 'ID de usuario (userid)',
  'cucmImport.reference.usr_FirstName': 'Nombre (firstName)',
  'cucmImport.reference.usr_LastName': 'Apellidos (lastName)',
  'cucmImport.reference.usr_eMail': 'ID de correo (mailid); usr_Email es el mismo campo',
  'cucmImport.reference.usr_PhoneNumber': 'Número de teléfono (telephoneNumber)',
  'cucmImport.reference.usr_Department': 'Departamento (department)',
  'cucmImport.reference.usr_PhoneMac':
    'El nombre de dispositivo del teléfono de escritorio, SEP y su dirección MAC, p. ej., SEP002304342534 (el primer teléfono asociado; NULL si el usuario no tiene ninguno)',
  'cucmImport.reference.operators': 'Comparar',
  'cucmImport.reference.combine': 'Combinar',
  'cucmImport.reference.text': 'Texto',
  'cucmImport.reference.textValue': "entre comillas simples: 'support'; una comilla dentro del texto se escribe dos veces: 'O''Brien'",
  'cucmImport.reference.likeValue': 'LIKE: % cualquier texto, _ un carácter',
  'cucmImport.example': 'Insertar el ejemplo',
  'cucmImport.xml.exampleHint': 'Personal de soporte cuyo apellido empieza por S',
  'cucmImport.sql.exampleHint': 'Personal de soporte con un número de teléfono de 1000 a 1999 y una dirección en company.domain',
  'cucmImport.filter.at': 'Línea {line}, columna {column}: {message}',
  'cucmImport.filter.marker': 'Dónde está el problema',

  'cucmImport.section.mapping': 'Asignación de campos',
  'cucmImport.mapping.intro':
    'Qué campo de CUCM rellena cada campo de Roster. Un campo no importado conserva su valor en los usuarios importados antes y recibe el valor predeterminado en los usuarios nuevos.',
  'cucmImport.mapping.tableLabel': 'Asignación de campos de CUCM a Roster',
  'cucmImport.mapping.roster': 'Campo de Roster',
  'cucmImport.mapping.cucm': 'Campo de CUCM',
  'cucmImport.mapping.select': 'Campo de CUCM para {field}',
  'cucmImport.mapping.username': 'ID de usuario (userid), siempre: la siguiente importación reconoce al usuario por él',
  'cucmImport.mapping.none': 'No se importa',
  'cucmImport.mapping.languageHint':
    'Configuraciones regionales de inglés, alemán, francés, italiano y español de cualquier país; las demás dan el idioma predeterminado.',
  'cucmImport.mapping.phonesHint':
    'Todos los dispositivos asociados al usuario final; un teléfono que ya esté en Roster conserva su modelo y su línea principal.',
  'cucmImport.source.firstName': 'Nombre (firstName)',
  'cucmImport.source.lastName': 'Apellidos (lastName)',
  'cucmImport.source.mailid': 'ID de correo (mailid)',
  'cucmImport.source.department': 'Departamento (department)',
  'cucmImport.source.telephoneNumber': 'Número de teléfono (telephoneNumber)',
  'cucmImport.source.primaryExtension': 'Extensión principal (primaryExtension)',
  'cucmImport.source.mobileNumber': 'Número de móvil (mobileNumber)',
  'cucmImport.source.pagerNumber': 'Buscapersonas (pagerNumber)',
  'cucmImport.source.userid': 'ID de usuario (userid)',
  'cucmImport.source.userLocale': 'Configuración regional (userLocale)',
  'cucmImport.source.associatedDevices': 'Dispositivos (associatedDevices)',
  'cucmImport.newUsers.local':
    'Los usuarios nuevos reciben autenticación local, los valores predeterminados y la contraseña y el PIN iniciales de los valores predeterminados.',
  'cucmImport.newUsers.cucm':
    'Los usuarios nuevos inician sesión con autenticación CUCM (Configuración > Usuario final) y reciben los valores predeterminados.',

  'cucmImport.preview': 'Vista previa',
  'cucmImport.previewAgain': 'Volver a generar vista previa',
  'cucmImport.fixFilters': 'Corrija antes los filtros.',
  'cucmImport.progress.fetching': {
    one: 'Leyendo de CUCM: {count} página, {users} usuarios hasta ahora…',
    other: 'Leyendo de CUCM: {count} páginas, {users} usuarios hasta ahora…',
  },
  'cucmImport.progress.starting': 'Conectando con CUCM…',
  'cucmImport.progress.filtering': 'Lectura completa: {users} usuarios finales. Aplicando el filtro SQL…',
  'cucmImport.progress.comparing': 'Comparando con este sitio los {users} usuarios finales que ha conservado el filtro SQL…',
  'cucmImport.progress.waiting.busy':
    'CUCM está ocupado; nuevo intento dentro de {seconds} s. {users} usuarios leídos hasta ahora; la espera no hace perder nada.',
  'cucmImport.progress.waiting.memory':
    'CUCM tiene poca memoria AXL (la usan otras aplicaciones); nuevo intento dentro de {seconds} s. {users} usuarios leídos hasta ahora; la espera no hace perder nada.',
  'cucmImport.progress.waiting.connection': 'CUCM no respondió; nuevo intento dentro de {seconds} s. {users} usuarios leídos hasta ahora.',
  'cucmImport.progress.stage': 'Paso {step} de 3: {name}',
  'cucmImport.stage.read': 'lectura de CUCM',
  'cucmImport.stage.filter': 'filtro SQL',
  'cucmImport.stage.compare': 'comparación con este sitio',
  'cucmImport.progress.label': 'Lectura de CUCM',
  'cucmImport.cancel': 'Cancelar',
  'cucmImport.cancelling': 'Cancelando…',

  'cucmImport.section.preview': 'Vista previa',
  'cucmImport.unchanged': {
    one: '{count} usuario importado antes está actualizado.',
    other: '{count} usuarios importados antes están actualizados.',
  },
  'cucmImport.outdated': 'Los filtros o la asignación han cambiado desde esta vista previa. Vuelva a generarla antes de aplicar.',
  'cucmImport.list.add': 'Por añadir',
  'cucmImport.list.update': 'Por actualizar',
  'cucmImport.list.delete': 'Por eliminar',
  'cucmImport.list.conflict': 'Conflictos',
  'cucmImport.list.problem': 'Problemas',
  'cucmImport.list.add.intro': 'Usuarios nuevos, tal como se guardarán.',
  'cucmImport.list.update.intro': 'Usuarios importados antes de CUCM cuyos campos han cambiado en CUCM.',
  'cucmImport.list.delete.intro':
    'Usuarios importados antes de CUCM que los filtros ya no devuelven. Pasan a Usuarios eliminados, desde donde se pueden restaurar.',
  'cucmImport.list.conflict.intro':
    'CUCM tiene un usuario con este nombre, pero el usuario de Roster se introdujo manualmente o se importó desde un archivo. Se deja como está.',
  'cucmImport.list.problem.intro':
    'No se importan: sus valores incumplen las reglas del editor de usuarios o chocan con otro usuario. Corríjalos en CUCM o cambie la asignación.',
  'cucmImport.list.empty': 'Ninguno.',
  'cucmImport.col.changes': 'Cambios',
  'cucmImport.col.problem': 'Problema',
  'cucmImport.change': '{field}: {before} → {after}',
  'cucmImport.problem.at': '{field}: {message}',

  'cucmImport.apply': 'Aplicar importación',
  'cucmImport.apply.nothing': 'Nada que cambiar: este sitio ya coincide con CUCM.',
  'cucmImport.confirm.title': '¿Aplicar la importación?',
  'cucmImport.confirm.adds': { zero: 'No se añade ningún usuario.', one: 'Se añade {count} usuario.', other: 'Se añaden {count} usuarios.' },
  'cucmImport.confirm.updates': {
    zero: 'No se actualiza ningún usuario.',
    one: 'Se actualiza {count} usuario.',
    other: 'Se actualizan {count} usuarios.',
  },
  'cucmImport.confirm.deletes': {
    zero: 'No se elimina ningún usuario.',
    one: 'Se elimina {count} usuario importado antes de CUCM.',
    other: 'Se eliminan {count} usuarios importados antes de CUCM.',
  },
  'cucmImport.confirm.undo': 'La importación queda registrada y se puede deshacer por completo.',
  'cucmImport.massDelete.title': '¿Eliminar {count} usuarios?',
  'cucmImport.massDelete.message':
    'Esta importación quitaría {count} de los {imported} usuarios importados de CUCM: más de los {threshold} que puede quitar con un clic (Eliminación masiva en los filtros). La lectura de CUCM fue completa ({read} usuarios finales), así que CUCM ya no devuelve estos usuarios con los filtros. Si no es lo que esperaba, cancele y revise los filtros.',
  'cucmImport.massDelete.choice': '¿Qué debe ocurrir con estos usuarios?',
  'cucmImport.massDelete.disable': 'Deshabilitar los {count} usuarios',
  'cucmImport.massDelete.disableHint': 'Permanecen en el sitio, pero no pueden iniciar sesión. No se pierde nada; deshacer los vuelve a habilitar.',
  'cucmImport.massDelete.delete': 'Eliminar los {count} usuarios',
  'cucmImport.massDelete.deleteHint': 'Pasan a Usuarios eliminados, desde donde se pueden restaurar. Deshacer los recupera.',
  'cucmImport.massDelete.typeLabel': 'Escriba el número de usuarios que se eliminarán ({count}) para confirmar',
  'cucmImport.massDelete.applyDelete': 'Aplicar y eliminar {count} usuarios',
  'cucmImport.massDelete.applyDisable': 'Aplicar y deshabilitar {count} usuarios',
  'cucmImport.failed.title': 'La vista previa se detuvo en el paso “{step}”',
  'cucmImport.failed.safe': 'No se ha modificado nada en este sitio y no se elimina ningún usuario por una lectura incompleta.',
  'cucmImport.readComplete': {
    one: 'Lectura completa: {users} usuarios finales leídos de {publisher} en {count} página ({seconds} s); CUCM indicó que no hay más.',
    other: 'Lectura completa: {users} usuarios finales leídos de {publisher} en {count} páginas ({seconds} s); CUCM indicó que no hay más.',
  },
  'cucmImport.readWaited':
    'CUCM estuvo ocupado {busy} veces ({waited} s de espera) y rechazó {throttled} páginas por demasiado grandes; todas se volvieron a solicitar.',
  'cucmImport.kept': 'El filtro SQL ha conservado {matched}.',
  'cucmImport.shared.title': {
    one: '{count} usuario recibiría un número que también tiene otro usuario (una línea compartida)',
    other: '{count} usuarios recibirían un número que también tiene otro usuario (líneas compartidas)',
  },
  'cucmImport.shared.intro': 'Aparecen marcados en las listas de abajo. Al aplicar:',
  'cucmImport.shared.keep': 'Conservar los números compartidos (cada usuario recibe el número que indica CUCM)',
  'cucmImport.shared.omit': 'Importar estos usuarios sin el número compartido (lo conserva el primer titular)',
  'cucmImport.sharedWith': 'Compartido con {usernames}',
  'cucmImport.overThreshold':
    'Más usuarios que eliminar que el umbral ({threshold}): al aplicar se le pedirá que escriba su número o que los deshabilite en su lugar.',
  'cucmImport.section.deletion': 'Eliminación masiva',
  'cucmImport.deletion.intro':
    'Una importación que eliminaría más usuarios importados de CUCM que ambos límites pide que se escriba el número de usuarios que se eliminarán y ofrece deshabilitarlos en su lugar.',
  'cucmImport.deletion.percent': 'Proporción de usuarios importados de CUCM (%)',
  'cucmImport.deletion.percentHint': 'De 1 a 100. Valor predeterminado: 10.',
  'cucmImport.deletion.users': 'Número de usuarios',
  'cucmImport.deletion.usersHint': 'De 1 a 100.000. Valor predeterminado: 50. Se aplica el mayor de los dos límites.',
  'cucmImport.confirm.apply': 'Aplicar',
  'cucmImport.result.title': 'Importación aplicada',
  'cucmImport.result.message':
    '{created} añadidos, {updated} actualizados, {deleted} eliminados. No importados: {rejected} con problemas, {skipped} en conflicto con usuarios que no proceden de CUCM.',
  'cucmImport.result.undoneTitle': 'Importación deshecha',
  'cucmImport.result.undone': 'El sitio está como antes de esta importación.',
  'cucmImport.result.imports': 'Todas las importaciones',
  'cucmImport.undo': 'Deshacer importación',
  'cucmImport.undo.title': '¿Deshacer esta importación?',
  'cucmImport.undo.message':
    'Los usuarios que añadió se quitan; los usuarios que actualizó o eliminó recuperan lo que tenían antes, incluidos los cambios hechos manualmente desde entonces.',
  'cucmImport.undo.confirm': 'Deshacer importación',
  'cucmImport.undone': 'Importación deshecha.',
};
