import type { LdapTestReport } from '@shared/channels/ldap';
import { t } from '../../i18n';
import { outcomeText, stepsAndCertificateText } from '../../components/connection-test/testText';

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
    t('ldap.text.target', {
      host: target.host,
      port: target.port,
      tls: t(`ldap.tls.${target.tls}`),
      baseDn: target.baseDn,
      timeout: target.timeoutSeconds,
    }),
  );
  if (target.bindUser) lines.push(t('ldap.text.bindUser', { bindUser: target.bindUser }));
  lines.push(t('ldap.text.result', { result: outcomeText(report) }));
  lines.push('');
  lines.push(...stepsAndCertificateText(report, (id) => t(`ldap.step.${id as LdapTestReport['steps'][number]['id']}`)));
  return `${lines.join('\n')}\n`;
}
