import type { photosMessages as english } from '../../messages/photos.js';
import type { Translation } from '../../translation.js';

/** Text of the contact photo cache, in Spanish. */
export const photosMessages: Translation<typeof english> = {
  'rule.photos.attribute': 'Escriba un nombre de atributo LDAP como employeeNumber (letras, dígitos y guiones, empezando por una letra) o un OID.',
  'rule.photos.attributeRequired': 'Escriba el atributo del directorio que se compara, por ejemplo employeeNumber.',

  'error.photos.running': 'Ya hay una sincronización de fotos en curso. Espere a que termine o cancélela.',
  'error.photos.cancelled': 'Se canceló la sincronización de fotos. La caché de fotos ha quedado como estaba.',
  'error.photos.notConfigured':
    'La configuración de fotos de contacto aún no tiene servidor ni DN base. Introdúzcalos en la sección Fotos de contacto de arriba, guarde y vuelva a sincronizar.',
  'error.photos.passwordMissing':
    'La configuración de fotos de contacto indica un usuario de bind, pero no hay ninguna contraseña de bind guardada. Introduzca la contraseña en la sección Fotos de contacto, guarde y vuelva a sincronizar.',
  'error.photos.passwordUnreadable':
    'La contraseña de bind de la configuración de fotos de contacto no se puede leer en este equipo (la clave del sitio no está en su llavero). Vuelva a introducir la contraseña en la sección Fotos de contacto y guarde.',
  'photos.failed.title': 'No se pudieron leer las fotos del directorio. La caché de fotos ha quedado como estaba.',
  'photos.failed.serverSaid': 'Respuesta del servidor: {message}',
  'photos.failed.testHint': 'Ejecute "Probar fotos de contacto" arriba para ver qué paso falla.',

  'photos.panel.title': 'Caché de fotos',
  'photos.panel.intro':
    'Lee las fotos del directorio con la configuración de fotos de contacto guardada, asocia cada entrada a un usuario de Roster y guarda las fotos en el archivo del sitio, donde las muestran la lista de usuarios y el editor. Una foto se considera reciente durante los días de "Conservar fotos durante" indicados arriba; una sincronización posterior vuelve a obtener las más antiguas y deja las recientes como están.',
  'photos.panel.notConfigured': 'Introduzca arriba el servidor y el DN base de las fotos de contacto y guárdelos antes de la primera sincronización.',
  'photos.panel.cacheState': {
    zero: 'Aún no hay fotos en caché.',
    one: 'Hay 1 foto en caché; {stale} de ellas con más de {days} días.',
    other: 'Hay {count} fotos en caché; {stale} de ellas con más de {days} días.',
  },
  'photos.panel.lastRun': 'Última sincronización ({when}): {stored} guardadas, {refreshed} actualizadas, {kept} aún recientes.',
  'photos.panel.matchBy': 'Asociar entradas del directorio a usuarios por',
  'photos.panel.matchBy.username': 'Nombre de usuario (uid, sAMAccountName o userPrincipalName)',
  'photos.panel.matchBy.email': 'Dirección de correo electrónico (mail)',
  'photos.panel.matchBy.attribute': 'Otro atributo del directorio',
  'photos.panel.matchAttribute': 'Atributo del directorio',
  'photos.panel.matchAttributeHint': 'Su valor debe ser igual al campo de Roster de abajo, sin distinguir mayúsculas y minúsculas.',
  'photos.panel.matchField': 'Comparado con el campo de Roster',
  'photos.panel.field.username': 'Nombre de usuario',
  'photos.panel.field.email': 'Correo electrónico',
  'photos.panel.field.number': 'Número',
  'photos.panel.sync': 'Sincronizar fotos ahora',
  'photos.panel.cancel': 'Cancelar sincronización',
  'photos.panel.phase.connecting': 'Conectando con el directorio…',
  'photos.panel.phase.searching': { zero: 'Leyendo entradas…', one: '1 entrada leída…', other: '{count} entradas leídas…' },
  'photos.panel.phase.storing': 'Guardando las fotos…',
  'photos.panel.progressLabel': 'Progreso de la sincronización de fotos',
  'photos.panel.done': 'Sincronización de fotos terminada: {stored} guardadas, {refreshed} actualizadas.',

  'photos.result.title': 'Resultado de la sincronización de {when} (duración: {duration})',
  'photos.duration.ms': '{count} ms',
  'photos.duration.s': '{value} s',
  'photos.result.label': 'Resultado de la sincronización',
  'photos.result.entries': 'Entradas leídas',
  'photos.result.matched': 'Asociadas a usuarios',
  'photos.result.stored': 'Guardadas (nuevas)',
  'photos.result.refreshed': 'Actualizadas',
  'photos.result.kept': 'Aún recientes, conservadas',
  'photos.result.withoutPhoto': 'Asociadas, sin foto',
  'photos.result.tooLarge': 'Omitidas: demasiado grandes',
  'photos.result.notImage': 'Omitidas: no son imágenes',
  'photos.result.sameUser': 'Omitidas: usuario ya asociado',
  'photos.result.unmatched': 'Entradas sin asociar',
  'photos.result.skippedTitle': { one: '1 entrada omitida', other: '{count} entradas omitidas' },
  'photos.result.unmatchedTitle': {
    one: '1 entrada no corresponde a ningún usuario de Roster',
    other: '{count} entradas no corresponden a ningún usuario de Roster',
  },
  'photos.result.unmatchedHint':
    'Estas entradas se leyeron, pero ningún usuario activo de Roster tiene el mismo valor. Revise la regla de asociación o cree antes los usuarios.',
  'photos.result.truncated': 'Solo se muestran las primeras {limit} entradas de cada lista; los recuentos de arriba están completos.',
  'photos.result.col.dn': 'Entrada del directorio (DN)',
  'photos.result.col.user': 'Usuario de Roster',
  'photos.result.col.reason': 'Motivo de la omisión',
  'photos.skip.tooLarge': 'La foto ocupa {size}; la caché admite fotos de hasta {maxKb} KB. Guarde una miniatura más pequeña en el directorio.',
  'photos.skip.notImage': 'El valor ({size}) no es una imagen JPEG, PNG, GIF ni WebP.',
  'photos.skip.sameUser': 'Otra entrada ya se había asociado a este usuario; se tomó su foto.',
  'photos.size.bytes': '{count} bytes',
  'photos.size.kb': '{value} KB',
};
