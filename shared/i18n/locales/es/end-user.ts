import type { endUserMessages as english } from '../../messages/end-user.js';
import type { Translation } from '../../translation.js';

/** Text of the end-user screens and refusals, in Spanish. */
export const endUserMessages: Translation<typeof english> = {
  'endUser.intro':
    'Cómo inician sesión los usuarios finales (no los administradores) y de dónde obtiene la plataforma si están disponibles, ocupados o ausentes.',
  'endUser.save': 'Guardar',
  'endUser.saved': 'Configuración de usuario final guardada.',
  'endUser.nothingToSave': 'No ha cambiado nada.',
  'endUser.hiddenIssues': 'La configuración de {service} tiene un problema. Elija {service} como servicio de presencia para corregirlo y guarde.',

  'endUser.authentication': 'Autenticación',
  'endUser.useCucmAuthentication': 'Usar autenticación CUCM',
  'endUser.useCucmAuthenticationHint':
    'Los usuarios finales inician sesión con sus credenciales de CUCM en lugar de una contraseña guardada por la plataforma.',

  'endUser.presence': 'Presencia',
  'endUser.service': 'Servicio de presencia',
  'endUser.serviceHint': 'Solo se usa el servicio elegido. La configuración de los demás se conserva, así que puede volver a cambiar.',
  'endUser.service.none': 'Ninguno',
  'endUser.service.cups': 'Cisco Unified Presence Server (CUPS)',
  'endUser.service.teams': 'Microsoft Teams',
  'endUser.noService': 'No se muestra presencia para los usuarios finales.',

  'endUser.cups.title': 'Servidor Cisco Unified Presence (CUPS)',
  'endUser.cups.activated': 'Activado',
  'endUser.cups.activatedHint': 'Conectarse a este servidor para mostrar si los usuarios están disponibles, ocupados o ausentes.',
  'endUser.cups.host': 'Servidor',
  'endUser.cups.hostHint': 'Nombre de host o dirección IP del servidor de presencia, por ejemplo cups.example.com.',
  'endUser.cups.port': 'Puerto',
  'endUser.cups.portHint': 'Normalmente 5060 (SIP sobre UDP o TCP), 5061 (SIP sobre TLS) u 8443 (HTTPS).',
  'endUser.cups.domain': 'Dominio',
  'endUser.cups.domainHint': 'El dominio de las direcciones SIP de los usuarios, por ejemplo example.com.',

  'endUser.teams.title': 'Microsoft Teams',
  'endUser.teams.activated': 'Activado',
  'endUser.teams.activatedHint': 'Leer la presencia de Microsoft Teams mediante la API de Microsoft Graph.',
  'endUser.teams.applicationId': 'ID de aplicación',
  'endUser.teams.applicationIdHint': 'El ID de aplicación (cliente) de la aplicación registrada en Microsoft Entra ID (Azure AD).',
  'endUser.teams.tenantId': 'ID de inquilino',
  'endUser.teams.tenantIdHint': 'El ID de directorio (inquilino) de su organización de Microsoft 365.',
  'endUser.teams.clientSecret': 'Valor del secreto de cliente',
  'endUser.teams.clientSecretHint':
    'El valor del secreto de cliente creado para el registro de la aplicación. Se guarda cifrado y no se vuelve a mostrar.',
  'endUser.teams.clientSecretId': 'ID del secreto de cliente',
  'endUser.teams.clientSecretIdHint': 'El ID que Azure muestra junto al secreto, para saber qué secreto se usa.',
  'endUser.teams.notificationUrl': 'URL de notificación',
  'endUser.teams.notificationUrlHint':
    'Adonde Microsoft Graph envía los cambios de presencia. Debe ser una dirección https:// accesible desde Azure.',
  'endUser.teams.certificateId': 'ID de certificado',
  'endUser.teams.certificateIdHint': 'Solo si un certificado protege los datos de presencia: su identificador.',
  'endUser.teams.domain': 'Dominio',
  'endUser.teams.domainHint': 'El dominio de las cuentas de Teams, por ejemplo example.com.',

  'endUser.integrationUsers.title': 'Usuarios de integración',
  'endUser.integrationUsers.hint':
    'Cuentas de Microsoft Teams con las que la plataforma inicia sesión para suscribirse a la presencia. Como máximo {max}.',
  'endUser.integrationUsers.count': '{count} de {max}',
  'endUser.integrationUsers.none': 'Aún no hay usuarios de integración.',
  'endUser.integrationUsers.add': 'Añadir usuario de integración',
  'endUser.integrationUsers.full': 'Se ha alcanzado el límite de {max} usuarios de integración. Quite uno para añadir otro.',
  'endUser.integrationUser.legend': 'Usuario de integración {n}',
  'endUser.integrationUser.username': 'Nombre de usuario',
  'endUser.integrationUser.usernameHint': 'El nombre principal de usuario (UPN) de la cuenta, por ejemplo presence.bot@example.com.',
  'endUser.integrationUser.password': 'Contraseña',
  'endUser.integrationUser.passwordSet': 'Establecida. Déjela vacía para conservarla o escriba una nueva para reemplazarla.',
  'endUser.integrationUser.remove': 'Quitar usuario de integración {n}',

  'rule.endUser.secret.empty': 'Escriba o pegue el valor nuevo, o conserve el actual.',
  'rule.endUser.service.unknown': 'Elija Ninguno, Cisco Unified Presence Server o Microsoft Teams.',
  'rule.endUser.cups.required': 'Obligatorio mientras la presencia de Cisco Unified Presence Server esté activada.',
  'rule.endUser.teams.required': 'Obligatorio mientras la presencia de Microsoft Teams esté activada.',
  'rule.endUser.teams.clientSecretRequired': 'La presencia de Microsoft Teams necesita el valor del secreto de cliente mientras esté activada.',
  'rule.endUser.integrationUsers.tooMany': 'Se pueden añadir como máximo {max} usuarios de integración. Quite uno antes de añadir otro.',
  'rule.endUser.integrationUser.username.required': 'Escriba el nombre de usuario del usuario de integración.',
  'rule.endUser.integrationUser.username.format': 'Escriba un nombre principal de usuario como presence.bot@example.com.',
  'rule.endUser.integrationUser.duplicate': '"{username}" aparece más de una vez (no se distinguen mayúsculas y minúsculas).',
  'rule.endUser.integrationUser.password.required': 'Escriba la contraseña del usuario de integración.',
};
