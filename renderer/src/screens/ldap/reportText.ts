import type { LdapTestReport } from '@shared/channels/ldap';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/**
 * The test result as plain text for a support ticket: target, every step with its status, time, findings
 * and explanation, and the certificate. The password is never part of a report, so there is nothing to mask
 * beyond saying it is not shown.
 */
export function reportText(report: LdapTestReport): string {
  const lines: string[] = [];
  const kind = report.kind === 'contactPhotos' ? t('ldap.test.contactPhotos') : t('ldap.test.adminLdap');
  const { target } = report;
  lines.push(t('ldap.text.header', { kind }));
  lines.push(t('ldap.text.started', { at: report.startedAt }));
  lines.push(
    t('ldap.text.target', { host: target.host, port: target.port, tls: t(`ldap.tls.${target.tls}`), baseDn: target.baseDn, timeout: target.timeoutSeconds }),
  );
  if (target.bindUser) lines.push(t('ldap.text.bindUser', { bindUser: target.bindUser }));
  const result = report.cancelled ? t('ldap.test.wasCancelled') : report.ok ? t('ldap.test.passed') : t('ldap.test.failed');
  lines.push(t('ldap.text.result', { result }));
  lines.push('');
  for (const step of report.steps) {
    const duration = step.durationMs === null ? '' : ` (${t('ldap.duration', { ms: step.durationMs })})`;
    lines.push(`[${t(`ldap.status.${step.status}`)}] ${t(`ldap.step.${step.id}`)}${duration}`);
    for (const note of step.notes) lines.push(`    ${t(note.key as MessageKey, note.params)}`);
    if (step.problem) {
      lines.push(`    ${t(step.problem.explanation.key as MessageKey, step.problem.explanation.params)}`);
      if (step.problem.serverMessage) lines.push(`    ${t('ldap.text.server', { message: step.problem.serverMessage })}`);
      lines.push(`    ${t('ldap.text.try', { advice: t(step.problem.advice.key as MessageKey, step.problem.advice.params) })}`);
    }
  }
  const cert = report.certificate;
  if (cert) {
    lines.push('');
    lines.push(t('ldap.cert.title'));
    lines.push(`    ${t('ldap.cert.subject')}: ${cert.subject}`);
    lines.push(`    ${t('ldap.cert.issuer')}: ${cert.issuer}`);
    lines.push(`    ${t('ldap.cert.validity')}: ${t('ldap.cert.validityValue', { from: cert.validFrom, to: cert.validTo })}`);
    if (cert.altNames) lines.push(`    ${t('ldap.cert.names')}: ${cert.altNames}`);
    lines.push(`    ${t('ldap.cert.fingerprint')}: ${cert.fingerprint}`);
    lines.push(`    ${cert.trustedBy === 'ca' ? t('ldap.cert.trustedByCa') : cert.trustedBy === 'pinned' ? t('ldap.cert.trustedByPin') : t('ldap.cert.notTrusted')}`);
  }
  return `${lines.join('\n')}\n`;
}
