import type { CucmTestReport } from '@shared/channels/cucm';
import { outcomeText, stepsAndCertificateText } from '../../components/connection-test/testText';
import { t } from '../../i18n';

export const stepLabel = (id: string) => t(`cucm.step.${id as CucmTestReport['steps'][number]['id']}`);

/** A CUCM test's result as plain text for a support ticket; no password is ever part of a report. */
export function reportText(report: CucmTestReport): string {
  const { target } = report;
  const kind = report.kind === 'endUser' ? t('cucm.test.endUser') : t('cucm.test.connection');
  const lines = [
    t('cucm.text.header', { kind }),
    t('ldap.text.started', { at: report.startedAt }),
    t('cucm.text.target', {
      host: target.host,
      port: target.port,
      axlVersion: target.axlVersion,
      axlUser: target.axlUser,
      timeout: target.timeoutSeconds,
    }),
    ...(target.endUser ? [t('cucm.text.endUser', { userid: target.endUser })] : []),
    t('ldap.text.result', { result: outcomeText(report) }),
    '',
    ...stepsAndCertificateText(report, stepLabel),
  ];
  return `${lines.join('\n')}\n`;
}
