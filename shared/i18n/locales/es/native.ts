import type { nativeMessages as english } from '../../messages/native.js';
import type { Translation } from '../../translation.js';

/** Text of the native parts of the desktop app, in Spanish. */
export const nativeMessages: Translation<typeof english> = {
  'native.menu.file': '&Archivo',
  'native.menu.view': '&Ver',
  'native.menu.help': 'Ay&uda',
  'native.menu.newUser': 'Nuevo usuario',
  'native.menu.light': 'Claro',
  'native.menu.dark': 'Oscuro',
  'native.menu.followSystem': 'Según el sistema',
  'native.menu.about': 'Acerca de Roster',
  'native.menu.showLog': 'Mostrar archivo de registro',
  'native.menu.copyDiagnostics': 'Copiar diagnóstico',
  'native.menu.language': 'Idioma',
  'native.dialog.siteFiles': 'Sitio de Roster',
  'native.diagnostics.copied': 'Diagnóstico copiado al portapapeles',
  'native.diagnostics.copiedDetail': 'Péguelo en su solicitud de soporte. El archivo de registro es {file}.',
  'native.failure.title': 'Roster ha sufrido un error inesperado',
  'native.failure.detail':
    '{message}\n\nLos detalles se escribieron en el archivo de registro: {file}\nAyuda > Copiar diagnóstico los copia al portapapeles para una solicitud de soporte.',
  'native.rendererGone.message': 'La ventana dejó de funcionar ({reason}).',
  'native.childGone.message': 'Una parte de la ventana dejó de funcionar ({type}: {reason}).',
  'native.rendererGone.detail':
    'Vuelva a cargar la ventana para continuar; pueden perderse los cambios aún no guardados. El archivo de registro es {file}.',
  'native.rendererGone.reload': 'Volver a cargar',
  'native.rendererGone.close': 'Cerrar',
  'native.about.message': 'Roster {version}',
  'native.about.detail':
    'Consola de directorio de usuarios para plataformas de comunicaciones unificadas.\nElectron {electron}, Chromium {chrome}, Node {node}',
  'native.unload.title': 'Cambios sin guardar',
  'native.unload.message': '¿Descartar los cambios que no ha guardado?',
  'native.unload.detail': 'El usuario o la configuración que se está editando tiene cambios que aún no se han guardado.',
  'native.unload.discard': 'Descartar cambios',
  'native.unload.keep': 'Seguir editando',
};
