import type { ConnectionTestReport } from '@shared/channels/connection-test';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** "Test passed" / "Test failed" / "Test cancelled" for a finished report. */
export function outcomeText(report: ConnectionTestReport): string {
  return report.cancelled ? t('ldap.test.wasCancelled') : report.ok ? t('ldap.test.passed') : t('ldap.test.failed');
}

/**
 * The steps (status, time, findings, explanation) and the certificate of a test as plain text lines, for a
 * support ticket. A report never holds a password, so there is nothing to mask.
 */
export function stepsAndCertificateText(report: ConnectionTestReport, stepLabel: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const step of report.steps) {
    const duration = step.durationMs === null ? '' : ` (${t('ldap.duration', { ms: step.durationMs })})`;
    lines.push(`[${t(`ldap.status.${step.status}`)}] ${stepLabel(step.id)}${duration}`);
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
  return lines;
}
