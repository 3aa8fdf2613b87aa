import type { cucmMessages as english } from '../../messages/cucm.js';
import type { Translation } from '../../translation.js';

/** Text of Settings > CUCM, its connection tests and the AXL client's refusals, in Spanish. */
export const cucmMessages: Translation<typeof english> = {
  // --- validation ------------------------------------------------------------------------------------------
  'rule.cucm.axlVersion': 'Elija la versión de AXL, una de estas: {values}.',
  'rule.cucm.timeout': 'El tiempo de espera es un número entero de segundos de {min} a {max}.',
  'rule.cucm.hostRequired': 'Escriba el publisher de CUCM (necesario con un usuario AXL y para las pruebas).',
  'rule.cucm.axlUserRequired': 'Escriba el usuario AXL con el que Roster inicia sesión (necesario con un publisher y para las pruebas).',
  'rule.cucm.endUserId': 'Escriba el ID de usuario de un usuario final de CUCM.',

  // --- refusals (the AXL client's reasons) -----------------------------------------------------------------
  'cucm.error.notConfigured': 'CUCM no está configurado: indique el publisher y el usuario AXL en Configuración > CUCM.',
  'cucm.error.noPassword': 'No hay ninguna contraseña AXL guardada: introdúzcala en Configuración > CUCM y guarde.',
  'cucm.error.passwordUnreadable': 'La contraseña AXL guardada no se puede descifrar en este equipo: vuelva a introducirla en Configuración > CUCM.',
  'cucm.error.unauthorized':
    'CUCM rechazó el inicio de sesión de {user} (HTTP 401): credenciales incorrectas, o el usuario AXL no tiene el rol Standard AXL API Access.',
  'cucm.error.forbidden': 'CUCM conoce a {user}, pero no le permite usar AXL (HTTP 403): asígnele el rol Standard AXL API Access.',
  'cucm.error.fault': 'CUCM rechazó la solicitud (código AXL {axlcode}): {message}',
  'cucm.error.throttled': 'CUCM rechazó por demasiado grande incluso una sola fila ({rows} filas coincidentes). Restrinja el filtro.',
  'cucm.error.hostNotFound': 'No se pudo resolver el nombre {host}. Compruebe el nombre del publisher o use su dirección IP.',
  'cucm.error.refused':
    '{host} rechazó la conexión en el puerto {port}. Compruebe el puerto (8443) y que los servicios web de CUCM se están ejecutando.',
  'cucm.error.unreachable': 'No hay ninguna ruta de red hacia {host}. Compruebe la VPN o la conexión de red.',
  'cucm.error.connectTimeout': 'Sin conexión con {host} puerto {port} en {seconds} s. Puede que un cortafuegos la descarte.',
  'cucm.error.answerTimeout': 'CUCM no respondió en {seconds} s. Vuelva a intentarlo o aumente el tiempo de espera en Configuración > CUCM.',
  'cucm.error.connectionClosed': 'CUCM ({host} puerto {port}) cerró la conexión sin responder.',
  'cucm.error.tlsProtocol':
    'La negociación TLS con CUCM falló ({reason}). Puede que este puerto no hable TLS: CUCM responde a AXL por HTTPS en el puerto 8443; compruebe el publisher y el puerto y pruebe la conexión.',
  'cucm.error.certUntrusted': 'El certificado de {host} no es de confianza. Pruebe la conexión en Configuración > CUCM y confíe en él allí.',
  'cucm.error.certExpired': 'El certificado de {host} caducó el {date}.',
  'cucm.error.certNotYetValid': 'El certificado de {host} solo es válido a partir del {date}. Compruebe el reloj de este equipo.',
  'cucm.error.certWrongName': 'El certificado de {host} es para {names}. Use ese nombre o confíe en el certificado en Configuración > CUCM.',
  'cucm.error.httpStatus': 'CUCM respondió HTTP {status} en lugar de una respuesta AXL. Compruebe que el AXL Web Service está activado.',
  'cucm.error.notAxl': 'La respuesta no es una respuesta AXL ({reason}).',
  'cucm.error.answerTooLarge':
    'La respuesta a {operation} de {host} puerto {port} superó {megabytes} MB y se rechazó: CUCM nunca envía más de 8 MB. Compruebe que se trata del publisher de CUCM y de su puerto AXL, y no de otro servidor o un proxy, y vuelva a intentarlo.',
  'cucm.error.wrongAnswer': 'CUCM respondió con {found} en lugar de {expected}.',
  'cucm.error.cancelled': 'Cancelado. No se ha modificado nada.',

  // --- screen -----------------------------------------------------------------------------------------------
  'nav.cucm': 'CUCM',
  'cucm.title': 'CUCM',
  'cucm.save': 'Guardar',
  'cucm.saved': 'Configuración de CUCM guardada.',
  'cucm.note':
    'Roster lee los usuarios finales de Cisco Unified Communications Manager mediante su servicio web AXL. Las pruebas usan los valores de esta pantalla, guardados o no, y no guardan nada.',
  'cucm.section.publisher': 'Conexión',
  'cucm.section.axlUser': 'Inicio de sesión AXL',
  'cucm.section.trust': 'Confianza en certificados',
  'cucm.field.host': 'Publisher',
  'cucm.field.hostHint': 'Nombre de host o dirección IP del publisher de CUCM, sin https:// ni puerto.',
  'cucm.field.port': 'Puerto',
  'cucm.field.portHint': 'CUCM responde a AXL en su puerto HTTPS, el 8443 salvo que se haya cambiado.',
  'cucm.field.axlVersion': 'Versión de AXL',
  'cucm.field.axlVersionHint': 'El esquema de la versión de CUCM, p. ej., 14.0 para CUCM 14. Una versión también responde a los esquemas anteriores.',
  'cucm.field.timeout': 'Tiempo de espera (segundos)',
  'cucm.field.timeoutHint': 'Cuánto puede esperar a CUCM cada paso y cada página de una importación.',
  'cucm.field.axlUser': 'Usuario AXL',
  'cucm.field.axlUserHint': 'Un usuario de aplicación de CUCM con el rol Standard AXL API Access (basta con acceso de lectura).',
  'cucm.field.password': 'Contraseña AXL',
  'cucm.trust.note':
    'CUCM suele presentar un certificado autofirmado. Ejecute la prueba de conexión, compare la huella digital SHA-256 con el certificado tomcat en Cisco Unified OS Administration y confíe en él. Solo se acepta exactamente ese certificado, o uno emitido por una CA en la que confíe este equipo.',
  'cucm.trust.none':
    'No se confía en ningún certificado de forma individual: solo se aceptan certificados emitidos por una CA en la que confíe este equipo.',
  'cucm.trust.forget': 'Olvidar',
  'cucm.trust.forgetLabel': 'Olvidar el certificado {fingerprint}',
  'cucm.trust.forgotten': 'Certificado olvidado. Guarde para conservar el cambio.',
  'cucm.cert.trustConfirm':
    '¿Confiar en este certificado para {host}? Solo se aceptará exactamente este certificado (huella digital {fingerprint}). Compare la huella digital con la que muestra CUCM. Guarde la configuración para conservarlo.',
  'cucm.cert.trusted': 'Certificado de confianza. Vuelva a ejecutar la prueba y guarde para conservarlo.',
  'cucm.test.connection': 'Probar conexión',
  'cucm.test.endUser': 'Probar la autenticación CUCM de un usuario final',
  'cucm.test.endUserTitle': 'Usuario final que se autentica',
  'cucm.test.endUserNote':
    'CUCM comprueba la contraseña de este usuario final, como lo hará "Usar autenticación CUCM". La contraseña se envía a CUCM solo para esta prueba; no se guarda ni se registra.',
  'cucm.test.userid': 'ID del usuario final',
  'cucm.test.useridHint': 'El ID de usuario tal como lo muestra CUCM en User Management > End User.',
  'cucm.test.password': 'Contraseña del usuario final',
  'cucm.test.run': 'Autenticar',
  'cucm.text.header': 'Prueba de CUCM de Roster: {kind}',
  'cucm.text.target': 'Publisher: {host}:{port}, AXL {axlVersion}, usuario AXL {axlUser} (contraseña no mostrada), tiempo de espera {timeout} s',
  'cucm.text.endUser': 'Usuario final: {userid} (contraseña no mostrada)',

  // --- steps ------------------------------------------------------------------------------------------------
  'cucm.step.resolve': 'Resolver host',
  'cucm.step.connect': 'Conexión TCP',
  'cucm.step.tls': 'Negociación TLS',
  'cucm.step.auth': 'Inicio de sesión AXL (HTTP)',
  'cucm.step.version': 'Versión de AXL',
  'cucm.step.endUser': 'Autenticación del usuario final',

  // --- step notes -------------------------------------------------------------------------------------------
  'cucm.note.tlsProtocol': '{protocol}, {cipher}',
  'cucm.note.accepted': 'HTTP {status}: CUCM aceptó a {user} para AXL',
  'cucm.note.request': 'Solicitud getCCMVersion con SOAPAction {action}',
  'cucm.note.version': 'CUCM {version} respondió con el esquema AXL {axlVersion}',
  'cucm.note.versionOlderSchema': 'Es CUCM {release}: AXL {axlVersion} funciona, y {release} usaría su propio esquema',
  'cucm.note.endUserAccepted': 'CUCM aceptó la contraseña de {userid}',

  // --- failures: explanation and advice -------------------------------------------------------------------
  'cucm.problem.hostNotFound': 'No se pudo resolver el nombre {host} a una dirección.',
  'cucm.advice.hostNotFound':
    'Revise la ortografía o use la dirección IP del publisher. Asegúrese de que este equipo usa el DNS del cliente (¿VPN conectada?).',
  'cucm.problem.refused': '{address} rechazó la conexión en el puerto {port}: no hay nada escuchando.',
  'cucm.advice.refused':
    'Compruebe el puerto: CUCM responde a AXL en el 8443. Asegúrese de que se trata del publisher y de que su servicio Tomcat se está ejecutando.',
  'cucm.problem.unreachable': 'No hay ninguna ruta de red hacia {address}.',
  'cucm.advice.unreachable': 'Compruebe la VPN o la conexión de red y la dirección.',
  'cucm.problem.connectTimeout': 'Sin respuesta de {address} puerto {port} en {seconds} s.',
  'cucm.advice.connectTimeout':
    'Probablemente un cortafuegos descarta la conexión. Compruebe que el puerto 8443 está abierto desde este equipo o aumente el tiempo de espera en un enlace lento.',
  'cucm.problem.answerTimeout': 'CUCM aceptó la conexión, pero no respondió en {seconds} s.',
  'cucm.advice.answerTimeout':
    'Puede que este puerto no sea el puerto HTTPS de CUCM o que CUCM esté muy ocupado. Compruebe el puerto (8443) o aumente el tiempo de espera.',
  'cucm.problem.connectionClosed': 'El servidor cerró la conexión sin responder.',
  'cucm.advice.connectionClosed': 'Puede que el puerto no hable HTTPS. CUCM responde a AXL en el 8443.',
  'cucm.problem.tlsProtocol': 'La negociación TLS falló: {reason}.',
  'cucm.advice.tlsProtocol': 'Puede que este puerto no hable TLS. CUCM responde a AXL por HTTPS en el 8443.',
  'cucm.problem.certUntrusted':
    'El certificado no lo ha emitido una CA en la que confíe este equipo (el propio certificado tomcat de CUCM está autofirmado).',
  'cucm.advice.certUntrusted':
    'Compare la huella digital de abajo con el certificado tomcat en Cisco Unified OS Administration > Security > Certificate Management y confíe en él.',
  'cucm.problem.certExpired': 'El certificado caducó el {date}.',
  'cucm.advice.certExpired': 'El administrador de CUCM debe regenerar el certificado tomcat; compruebe también el reloj de este equipo.',
  'cucm.problem.certNotYetValid': 'El certificado solo es válido a partir del {date}.',
  'cucm.advice.certNotYetValid': 'Compruebe la fecha y la hora de este equipo.',
  'cucm.problem.certWrongName': 'El certificado es para {names}, no para {host}.',
  'cucm.advice.certWrongName': 'Indique el publisher con uno de los nombres que figuran en el certificado, o confíe en este certificado.',
  'cucm.problem.unauthorized': 'CUCM rechazó el inicio de sesión de {user} (HTTP 401).',
  'cucm.advice.unauthorized':
    'O bien el nombre de usuario o la contraseña no son correctos, o el usuario no tiene el rol Standard AXL API Access. Compruebe ambos en CUCM en User Management > Application User (el rol se obtiene con un grupo como Standard AXL API Access).',
  'cucm.problem.forbidden': 'CUCM conoce a {user}, pero no le permite usar AXL (HTTP 403).',
  'cucm.advice.forbidden': 'Asigne al usuario el rol Standard AXL API Access (User Management > Application User > Permissions).',
  'cucm.problem.fault': 'CUCM rechazó la solicitud (código AXL {axlcode}).',
  'cucm.advice.fault': 'El mensaje de CUCM aparece abajo. Si menciona la versión o la operación, elija la versión de AXL de esta versión de CUCM.',
  'cucm.problem.throttled': 'CUCM rechazó la respuesta por demasiado grande ({rows} filas coincidentes).',
  'cucm.advice.throttled': 'Restrinja el filtro.',
  'cucm.problem.busy': 'CUCM está ocupado (HTTP {status}): ha respondido, pero pide que se vuelva a consultar más tarde.',
  'cucm.advice.busy':
    'La configuración es correcta. Vuelva a probar dentro de un minuto; si CUCM sigue ocupado, puede que otras aplicaciones estén cargando el clúster: pregunte a su administrador cuándo hay menos actividad. Una importación espera a CUCM por sí sola.',
  'cucm.problem.httpStatus': 'CUCM respondió HTTP {status} en lugar de una respuesta AXL.',
  'cucm.advice.httpStatus':
    'Compruebe que el AXL Web Service está activado en el publisher (Cisco Unified Serviceability > Service Activation) y que se trata de CUCM.',
  'cucm.problem.notAxl': 'La respuesta no es una respuesta AXL ({reason}).',
  'cucm.advice.notAxl': 'Puede que otro servidor web escuche en este puerto. Compruebe el publisher y el puerto.',
  'cucm.problem.answerTooLarge': 'La respuesta a {operation} superó {megabytes} MB y se rechazó: CUCM nunca envía más de 8 MB.',
  'cucm.advice.answerTooLarge':
    'Puede que otro servidor o un proxy responda en este puerto en lugar de CUCM. Compruebe el publisher y el puerto (8443) y vuelva a probar.',
  'cucm.problem.wrongAnswer': 'CUCM respondió con {found} en lugar de {expected}.',
  'cucm.advice.wrongAnswer': 'Elija la versión de AXL de esta versión de CUCM.',
  'cucm.problem.noPassword': 'Sin contraseña AXL: CUCM rechazaría el inicio de sesión.',
  'cucm.advice.noPassword': 'Escriba la contraseña del usuario AXL.',
  'cucm.problem.endUserRejected': 'CUCM no aceptó la contraseña de {userid}.',
  'cucm.advice.endUserRejected':
    'Compruebe la contraseña (y Bloq Mayús). En CUCM, revise las credenciales del usuario final: puede que la contraseña esté bloqueada tras intentos fallidos o caducada, o que el usuario se autentique por LDAP con otra contraseña.',
  'cucm.problem.cancelled': 'Cancelado.',
  'cucm.advice.cancelled': 'Vuelva a ejecutar la prueba cuando esté listo.',
  'cucm.problem.unexpected': 'El paso falló de forma inesperada: {reason}.',
  'cucm.advice.unexpected': 'Copie este resultado y envíelo con una solicitud de soporte.',
};
