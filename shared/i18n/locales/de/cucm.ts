import type { cucmMessages as english } from '../../messages/cucm.js';
import type { Translation } from '../../translation.js';

/** Text of Settings > CUCM, its connection tests and the AXL client's refusals, in German. */
export const cucmMessages: Translation<typeof english> = {
  'rule.cucm.axlVersion': 'Wählen Sie die AXL-Version, eine von {values}.',
  'rule.cucm.timeout': 'Das Timeout ist eine ganze Zahl von Sekunden von {min} bis {max}.',
  'rule.cucm.hostRequired': 'Geben Sie den CUCM-Publisher ein (erforderlich mit einem AXL-Benutzer und zum Testen).',
  'rule.cucm.axlUserRequired': 'Geben Sie den AXL-Benutzer ein, mit dem sich Roster anmeldet (erforderlich mit einem Publisher und zum Testen).',
  'rule.cucm.endUserId': 'Geben Sie die Benutzer-ID eines CUCM-Endbenutzers ein.',

  'cucm.error.notConfigured': 'CUCM ist nicht konfiguriert: Geben Sie Publisher und AXL-Benutzer unter Einstellungen > CUCM ein.',
  'cucm.error.noPassword': 'Es ist kein AXL-Passwort gespeichert: Geben Sie es unter Einstellungen > CUCM ein und speichern Sie.',
  'cucm.error.passwordUnreadable':
    'Das gespeicherte AXL-Passwort kann auf diesem Rechner nicht entschlüsselt werden: Geben Sie es unter Einstellungen > CUCM erneut ein.',
  'cucm.error.unauthorized':
    'CUCM hat die Anmeldung von {user} abgelehnt (HTTP 401): falsche Anmeldedaten, oder dem AXL-Benutzer fehlt die Rolle Standard AXL API Access.',
  'cucm.error.forbidden': 'CUCM kennt {user}, erlaubt aber keine Nutzung von AXL (HTTP 403): Weisen Sie die Rolle Standard AXL API Access zu.',
  'cucm.error.fault': 'CUCM hat die Anfrage abgelehnt (AXL-Code {axlcode}): {message}',
  'cucm.error.throttled': 'CUCM hat sogar eine einzelne Zeile als zu groß abgelehnt ({rows} Zeilen gefunden). Schränken Sie den Filter ein.',
  'cucm.error.hostNotFound':
    'Der Name {host} konnte nicht aufgelöst werden. Prüfen Sie den Namen des Publishers oder verwenden Sie seine IP-Adresse.',
  'cucm.error.refused': '{host} hat die Verbindung auf Port {port} abgelehnt. Prüfen Sie den Port (8443) und ob die Webdienste von CUCM laufen.',
  'cucm.error.unreachable': 'Es gibt keine Netzwerkroute zu {host}. Prüfen Sie das VPN oder die Netzwerkverbindung.',
  'cucm.error.connectTimeout': 'Keine Verbindung zu {host}, Port {port}, innerhalb von {seconds} s. Möglicherweise verwirft eine Firewall sie.',
  'cucm.error.answerTimeout':
    'CUCM hat nicht innerhalb von {seconds} s geantwortet. Versuchen Sie es erneut oder erhöhen Sie das Timeout unter Einstellungen > CUCM.',
  'cucm.error.connectionClosed': 'CUCM ({host}, Port {port}) hat die Verbindung ohne Antwort geschlossen.',
  'cucm.error.tlsProtocol':
    'Der TLS-Handshake mit CUCM ist fehlgeschlagen ({reason}). Dieser Port spricht möglicherweise kein TLS: CUCM beantwortet AXL über HTTPS auf Port 8443; prüfen Sie Publisher und Port und testen Sie dann die Verbindung.',
  'cucm.error.certUntrusted':
    'Dem Zertifikat von {host} wird nicht vertraut. Testen Sie die Verbindung unter Einstellungen > CUCM und vertrauen Sie ihm dort.',
  'cucm.error.certExpired': 'Das Zertifikat von {host} ist am {date} abgelaufen.',
  'cucm.error.certNotYetValid': 'Das Zertifikat von {host} ist erst ab {date} gültig. Prüfen Sie die Uhr dieses Rechners.',
  'cucm.error.certWrongName':
    'Das Zertifikat von {host} gilt für {names}. Verwenden Sie diesen Namen oder vertrauen Sie dem Zertifikat unter Einstellungen > CUCM.',
  'cucm.error.httpStatus': 'CUCM hat mit HTTP {status} statt mit einer AXL-Antwort geantwortet. Prüfen Sie, ob der AXL Web Service aktiviert ist.',
  'cucm.error.notAxl': 'Die Antwort ist keine AXL-Antwort ({reason}).',
  'cucm.error.answerTooLarge':
    'Die Antwort auf {operation} von {host}, Port {port}, überschritt {megabytes} MB und wurde abgelehnt: CUCM sendet nie mehr als 8 MB. Prüfen Sie, ob dies der CUCM-Publisher und sein AXL-Port ist und nicht ein anderer Server oder ein Proxy, und versuchen Sie es dann erneut.',
  'cucm.error.wrongAnswer': 'CUCM hat mit {found} statt mit {expected} geantwortet.',
  'cucm.error.cancelled': 'Abgebrochen. Es wurde nichts geändert.',

  'nav.cucm': 'CUCM',
  'cucm.title': 'CUCM',
  'cucm.save': 'Speichern',
  'cucm.saved': 'CUCM-Einstellungen gespeichert.',
  'cucm.note':
    'Roster liest Endbenutzer über den AXL-Webdienst aus dem Cisco Unified Communications Manager. Die Tests verwenden die Werte auf dieser Seite, gespeichert oder nicht, und speichern nichts.',
  'cucm.section.publisher': 'Verbindung',
  'cucm.section.axlUser': 'AXL-Anmeldung',
  'cucm.section.trust': 'Zertifikatsvertrauen',
  'cucm.field.host': 'Publisher',
  'cucm.field.hostHint': 'Hostname oder IP-Adresse des CUCM-Publishers, ohne https:// und ohne Port.',
  'cucm.field.port': 'Port',
  'cucm.field.portHint': 'CUCM beantwortet AXL auf seinem HTTPS-Port, sofern nicht geändert 8443.',
  'cucm.field.axlVersion': 'AXL-Version',
  'cucm.field.axlVersionHint': 'Das Schema des CUCM-Release, z. B. 14.0 für CUCM 14. Ein Release beantwortet auch die älteren Schemas.',
  'cucm.field.timeout': 'Timeout (Sekunden)',
  'cucm.field.timeoutHint': 'Wie lange jeder Schritt und jede Seite eines Imports auf CUCM warten darf.',
  'cucm.field.axlUser': 'AXL-Benutzer',
  'cucm.field.axlUserHint': 'Ein Anwendungsbenutzer von CUCM mit der Rolle Standard AXL API Access (Lesezugriff genügt).',
  'cucm.field.password': 'AXL-Passwort',
  'cucm.trust.note':
    'CUCM präsentiert meist ein selbstsigniertes Zertifikat. Führen Sie den Verbindungstest aus, vergleichen Sie den SHA-256-Fingerabdruck mit dem tomcat-Zertifikat in Cisco Unified OS Administration und vertrauen Sie ihm dann. Akzeptiert wird nur genau dieses Zertifikat oder eines, das von einer CA ausgestellt wurde, der dieser Rechner vertraut.',
  'cucm.trust.none': 'Keinem Zertifikat wird einzeln vertraut: Akzeptiert werden nur Zertifikate von einer CA, der dieser Rechner vertraut.',
  'cucm.trust.forget': 'Entfernen',
  'cucm.trust.forgetLabel': 'Zertifikat {fingerprint} entfernen',
  'cucm.trust.forgotten': 'Zertifikat entfernt. Speichern Sie, um die Änderung zu übernehmen.',
  'cucm.cert.trustConfirm':
    'Diesem Zertifikat für {host} vertrauen? Nur genau dieses Zertifikat (Fingerabdruck {fingerprint}) wird akzeptiert. Vergleichen Sie den Fingerabdruck mit dem, den CUCM anzeigt. Speichern Sie die Einstellungen, um es zu übernehmen.',
  'cucm.cert.trusted': 'Zertifikat wird vertraut. Führen Sie den Test erneut aus und speichern Sie, um es zu übernehmen.',
  'cucm.test.connection': 'Verbindung testen',
  'cucm.test.endUser': 'CUCM-Authentifizierung für einen Endbenutzer testen',
  'cucm.test.endUserTitle': 'Zu authentifizierender Endbenutzer',
  'cucm.test.endUserNote':
    'CUCM prüft das Passwort dieses Endbenutzers, wie es „CUCM-Authentifizierung verwenden“ tun wird. Das Passwort wird nur für diesen Test an CUCM gesendet; es wird weder gespeichert noch protokolliert.',
  'cucm.test.userid': 'Endbenutzer-ID',
  'cucm.test.useridHint': 'Die Benutzer-ID, wie CUCM sie unter User Management > End User anzeigt.',
  'cucm.test.password': 'Passwort des Endbenutzers',
  'cucm.test.run': 'Authentifizieren',
  'cucm.text.header': 'Roster-CUCM-Test: {kind}',
  'cucm.text.target': 'Publisher: {host}:{port}, AXL {axlVersion}, AXL-Benutzer {axlUser} (Passwort nicht angezeigt), Timeout {timeout} s',
  'cucm.text.endUser': 'Endbenutzer: {userid} (Passwort nicht angezeigt)',

  'cucm.step.resolve': 'Host auflösen',
  'cucm.step.connect': 'TCP-Verbindung',
  'cucm.step.tls': 'TLS-Handshake',
  'cucm.step.auth': 'AXL-Anmeldung (HTTP)',
  'cucm.step.version': 'AXL-Version',
  'cucm.step.endUser': 'Endbenutzer-Authentifizierung',

  'cucm.note.tlsProtocol': '{protocol}, {cipher}',
  'cucm.note.accepted': 'HTTP {status}: CUCM hat {user} für AXL akzeptiert',
  'cucm.note.request': 'getCCMVersion mit SOAPAction {action} angefragt',
  'cucm.note.version': 'CUCM {version} hat im AXL-Schema {axlVersion} geantwortet',
  'cucm.note.versionOlderSchema': 'Dies ist CUCM {release}: AXL {axlVersion} funktioniert, {release} würde sein eigenes Schema verwenden',
  'cucm.note.endUserAccepted': 'CUCM hat das Passwort von {userid} akzeptiert',

  'cucm.problem.hostNotFound': 'Der Name {host} konnte nicht in eine Adresse aufgelöst werden.',
  'cucm.advice.hostNotFound':
    'Prüfen Sie die Schreibweise oder verwenden Sie die IP-Adresse des Publishers. Stellen Sie sicher, dass dieser Rechner den DNS des Kunden verwendet (VPN verbunden?).',
  'cucm.problem.refused': '{address} hat die Verbindung auf Port {port} abgelehnt: Dort lauscht nichts.',
  'cucm.advice.refused':
    'Prüfen Sie den Port: CUCM beantwortet AXL auf 8443. Stellen Sie sicher, dass dies der Publisher ist und sein Tomcat-Dienst läuft.',
  'cucm.problem.unreachable': 'Es gibt keine Netzwerkroute zu {address}.',
  'cucm.advice.unreachable': 'Prüfen Sie das VPN oder die Netzwerkverbindung sowie die Adresse.',
  'cucm.problem.connectTimeout': 'Keine Antwort von {address}, Port {port}, innerhalb von {seconds} s.',
  'cucm.advice.connectTimeout':
    'Wahrscheinlich verwirft eine Firewall die Verbindung. Prüfen Sie, ob Port 8443 von diesem Rechner aus offen ist, oder erhöhen Sie bei einer langsamen Verbindung das Timeout.',
  'cucm.problem.answerTimeout': 'CUCM hat die Verbindung angenommen, aber nicht innerhalb von {seconds} s geantwortet.',
  'cucm.advice.answerTimeout':
    'Dieser Port ist möglicherweise nicht der HTTPS-Port von CUCM, oder CUCM ist stark ausgelastet. Prüfen Sie den Port (8443) oder erhöhen Sie das Timeout.',
  'cucm.problem.connectionClosed': 'Der Server hat die Verbindung ohne Antwort geschlossen.',
  'cucm.advice.connectionClosed': 'Der Port spricht möglicherweise kein HTTPS. CUCM beantwortet AXL auf 8443.',
  'cucm.problem.tlsProtocol': 'Der TLS-Handshake ist fehlgeschlagen: {reason}.',
  'cucm.advice.tlsProtocol': 'Dieser Port spricht möglicherweise kein TLS. CUCM beantwortet AXL über HTTPS auf 8443.',
  'cucm.problem.certUntrusted':
    'Das Zertifikat wurde nicht von einer CA ausgestellt, der dieser Rechner vertraut (das eigene tomcat-Zertifikat von CUCM ist selbstsigniert).',
  'cucm.advice.certUntrusted':
    'Vergleichen Sie den Fingerabdruck unten mit dem tomcat-Zertifikat unter Cisco Unified OS Administration > Security > Certificate Management und vertrauen Sie ihm dann.',
  'cucm.problem.certExpired': 'Das Zertifikat ist am {date} abgelaufen.',
  'cucm.advice.certExpired': 'Der CUCM-Administrator muss das tomcat-Zertifikat neu erstellen; prüfen Sie auch die Uhr dieses Rechners.',
  'cucm.problem.certNotYetValid': 'Das Zertifikat ist erst ab {date} gültig.',
  'cucm.advice.certNotYetValid': 'Prüfen Sie Datum und Uhrzeit dieses Rechners.',
  'cucm.problem.certWrongName': 'Das Zertifikat gilt für {names}, nicht für {host}.',
  'cucm.advice.certWrongName': 'Geben Sie den Publisher mit einem der im Zertifikat aufgeführten Namen ein oder vertrauen Sie diesem Zertifikat.',
  'cucm.problem.unauthorized': 'CUCM hat die Anmeldung von {user} abgelehnt (HTTP 401).',
  'cucm.advice.unauthorized':
    'Entweder sind Benutzername oder Passwort falsch, oder dem Benutzer fehlt die Rolle Standard AXL API Access. Prüfen Sie beides in CUCM unter User Management > Application User (die Rolle kommt mit einer Gruppe wie Standard AXL API Access).',
  'cucm.problem.forbidden': 'CUCM kennt {user}, erlaubt aber keine Nutzung von AXL (HTTP 403).',
  'cucm.advice.forbidden': 'Weisen Sie dem Benutzer die Rolle Standard AXL API Access zu (User Management > Application User > Permissions).',
  'cucm.problem.fault': 'CUCM hat die Anfrage abgelehnt (AXL-Code {axlcode}).',
  'cucm.advice.fault': 'Die Meldung von CUCM steht unten. Nennt sie die Version oder die Operation, wählen Sie die AXL-Version dieses CUCM-Release.',
  'cucm.problem.throttled': 'CUCM hat die Antwort als zu groß abgelehnt ({rows} Zeilen gefunden).',
  'cucm.advice.throttled': 'Schränken Sie den Filter ein.',
  'cucm.problem.busy': 'CUCM ist ausgelastet (HTTP {status}): Es hat geantwortet, bittet aber, später erneut anzufragen.',
  'cucm.advice.busy':
    'Die Einstellungen sind in Ordnung. Testen Sie in einer Minute erneut; bleibt CUCM ausgelastet, belasten möglicherweise andere Anwendungen den Cluster: Fragen Sie dessen Administrator, wann weniger los ist. Ein Import wartet von selbst auf CUCM.',
  'cucm.problem.httpStatus': 'CUCM hat mit HTTP {status} statt mit einer AXL-Antwort geantwortet.',
  'cucm.advice.httpStatus':
    'Prüfen Sie, ob der AXL Web Service auf dem Publisher aktiviert ist (Cisco Unified Serviceability > Service Activation) und ob es sich um CUCM handelt.',
  'cucm.problem.notAxl': 'Die Antwort ist keine AXL-Antwort ({reason}).',
  'cucm.advice.notAxl': 'Auf diesem Port lauscht möglicherweise ein anderer Webserver. Prüfen Sie Publisher und Port.',
  'cucm.problem.answerTooLarge': 'Die Antwort auf {operation} überschritt {megabytes} MB und wurde abgelehnt: CUCM sendet nie mehr als 8 MB.',
  'cucm.advice.answerTooLarge':
    'Möglicherweise antwortet auf diesem Port ein anderer Server oder ein Proxy statt CUCM. Prüfen Sie Publisher und Port (8443) und testen Sie dann erneut.',
  'cucm.problem.wrongAnswer': 'CUCM hat mit {found} statt mit {expected} geantwortet.',
  'cucm.advice.wrongAnswer': 'Wählen Sie die AXL-Version dieses CUCM-Release.',
  'cucm.problem.noPassword': 'Kein AXL-Passwort: CUCM würde die Anmeldung ablehnen.',
  'cucm.advice.noPassword': 'Geben Sie das Passwort des AXL-Benutzers ein.',
  'cucm.problem.endUserRejected': 'CUCM hat das Passwort von {userid} nicht akzeptiert.',
  'cucm.advice.endUserRejected':
    'Prüfen Sie das Passwort (und die Feststelltaste). Prüfen Sie in CUCM die Anmeldedaten des Endbenutzers: Das Passwort kann nach Fehlversuchen gesperrt oder abgelaufen sein, oder der Benutzer wird per LDAP mit einem anderen Passwort authentifiziert.',
  'cucm.problem.cancelled': 'Abgebrochen.',
  'cucm.advice.cancelled': 'Führen Sie den Test erneut aus, wenn Sie bereit sind.',
  'cucm.problem.unexpected': 'Der Schritt ist unerwartet fehlgeschlagen: {reason}.',
  'cucm.advice.unexpected': 'Kopieren Sie dieses Ergebnis und senden Sie es mit einem Support-Ticket.',
};
