import type { errorMessages as english } from '../../messages/errors.js';
import type { Translation } from '../../translation.js';

/** Messages of the error codes and refusals, in Spanish. */
export const errorMessages: Translation<typeof english> = {
  'error.VALIDATION': 'Algunos valores no son válidos. Revise los campos marcados.',
  'error.NOT_FOUND': 'Ese elemento ya no existe. Puede que se haya purgado o que el sitio haya cambiado.',
  'error.CONFLICT': 'El cambio entra en conflicto con datos existentes.',
  'error.POLICY': 'La directiva de seguridad rechaza el cambio.',
  'error.SECRET_MISSING': 'El llavero de este equipo no contiene la clave de este sitio.',
  'error.IO': 'No se pudo leer ni escribir el archivo.',
  'error.NO_SITE': 'No hay ningún sitio abierto. Cree o abra un sitio primero.',
  'error.UNSUPPORTED': 'Esta acción no está disponible en este modo.',
  'error.INTERNAL': 'Se produjo un error interno en Roster. El cambio no se guardó.',
  'error.site.notFound': 'No hay ningún archivo en {path}. Compruebe la ruta o cree un sitio nuevo allí.',
  'error.site.unreadable': 'No se pudo leer el archivo {path}. Compruebe que existe y que tiene permiso de lectura.',
  'error.site.notSqlite':
    'El archivo {path} no es un sitio de Roster: sea cual sea su nombre, su contenido no es una base de datos de sitio. No se ha modificado; elija otro archivo.',
  'error.site.foreign':
    'El archivo {path} es una base de datos de otro programa, no un sitio de Roster. No se ha modificado; elija un archivo .roster.',
  'error.site.newer':
    'El sitio {path} se guardó con una versión más reciente de Roster. Actualice Roster para abrirlo; el archivo no se ha modificado.',
  'error.site.damaged': 'El sitio {path} está dañado y no se puede abrir. No se ha modificado; abra una copia de seguridad.',
  'error.site.unwritable':
    'El sitio {path} no se puede abrir para escritura. Compruebe que la carpeta admite escritura y que el archivo no es de solo lectura.',
  'error.site.exists': 'Ya existe un archivo en {path}. Elija otro nombre o abra el sitio existente.',
  'error.site.copyOntoOpen': 'Una copia no puede reemplazar el propio sitio abierto. Elija otro nombre de archivo para la copia.',
  'error.site.copyFailed': 'No se pudo escribir la copia en {path}. Compruebe que la carpeta existe y admite escritura.',
  'error.keychain.write': 'No se pudo guardar la clave del sitio en el llavero de este equipo. Desbloquee el llavero y vuelva a intentarlo.',
  'error.restore.usernameTaken':
    'No se puede restaurar el usuario "{username}": el usuario activo "{holder}" tiene el mismo nombre de usuario. Cambie antes el nombre de uno de ellos.',
  'error.restore.numberTaken':
    'No se puede restaurar el usuario "{username}": el número {number} pertenece ahora a "{holder}". Asigne antes otro número a uno de ellos.',
  'error.group.referenced': {
    one: 'No se puede eliminar el grupo "{group}": {usernames} lo usa para contactos internos o externos. Elija antes otro grupo para este usuario.',
    other:
      'No se puede eliminar el grupo "{group}": {count} usuarios lo usan para contactos internos o externos ({usernames}). Elija antes otro grupo para ellos.',
  },
};
