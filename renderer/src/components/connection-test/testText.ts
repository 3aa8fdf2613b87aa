import type { ConnectionTestReport } from '@shared/channels/connection-test';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

/** "Test passed" / "Test failed" / "Test cancelled" for a finished report. */
export function outcomeText(report: ConnectionTestReport): string {
  return report.cancelled ? t('connectionTest.test.wasCancelled') : report.ok ? t('connectionTest.test.passed') : t('connectionTest.test.failed');
}

/**
 * The steps (status, time, findings, explanation) and the certificate of a test as plain text lines, for a
 * support ticket. A report never holds a password, so there is nothing to mask.
 */
export function stepsAndCertificateText(report: ConnectionTestReport, stepLabel: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const step of report.steps) {
    const duration = step.durationMs === null ? '' : ` (${t('connectionTest.duration', { ms: step.durationMs })})`;
    lines.push(`[${t(`connectionTest.status.${step.status}`)}] ${stepLabel(step.id)}${duration}`);
    for (const note of step.notes) lines.push(`    ${t(note.key as MessageKey, note.params)}`);
    if (step.problem) {
      lines.push(`    ${t(step.problem.explanation.key as MessageKey, step.problem.explanation.params)}`);
      if (step.problem.serverMessage) lines.push(`    ${t('connectionTest.text.server', { message: step.problem.serverMessage })}`);
      lines.push(`    ${t('connectionTest.text.try', { advice: t(step.problem.advice.key as MessageKey, step.problem.advice.params) })}`);
    }
  }
  const cert = report.certificate;
  if (cert) {
    lines.push('');
    lines.push(t('connectionTest.cert.title'));
    lines.push(`    ${t('connectionTest.cert.subject')}: ${cert.subject}`);
    lines.push(`    ${t('connectionTest.cert.issuer')}: ${cert.issuer}`);
    lines.push(`    ${t('connectionTest.cert.validity')}: ${t('connectionTest.cert.validityValue', { from: cert.validFrom, to: cert.validTo })}`);
    if (cert.names.length > 0) lines.push(`    ${t('connectionTest.cert.names')}: ${cert.names.join(', ')}`);
    lines.push(
      `    ${t('connectionTest.cert.typedHost')}: ${cert.host} (${t(cert.nameMatches ? 'connectionTest.cert.nameMatches' : 'connectionTest.cert.nameDiffers')})`,
    );
    lines.push(`    ${t('connectionTest.cert.fingerprint')}: ${cert.fingerprint}`);
    lines.push(
      `    ${cert.trustedBy === 'ca' ? t('connectionTest.cert.trustedByCa') : cert.trustedBy === 'pinned' ? t('connectionTest.cert.trustedByPin') : t('connectionTest.cert.notTrusted')}`,
    );
  }
  return lines;
}
