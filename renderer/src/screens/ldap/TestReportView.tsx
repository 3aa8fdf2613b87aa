import { Badge, Group, Image, Stack, Text } from '@mantine/core';
import type { CertificateInfo, LdapTestReport } from '@shared/channels/ldap';
import { PHOTO_MAX_KB } from '@shared/channels/photos';
import { ConnectionTestReportView } from '../../components/connection-test/ConnectionTestReportView';
import { t } from '../../i18n';
import { reportText } from './reportText';

interface Props {
  report: LdapTestReport | null;
  running: boolean;
  title: string;
  onCancel(): void;
  onClose(): void;
  onTrust(cert: CertificateInfo): void;
}

/** An LDAP test's report: the shared step view, with the photos the contact photos test found. */
export function TestReportView({ report, running, title, onCancel, onClose, onTrust }: Props) {
  return (
    <ConnectionTestReportView
      report={report}
      running={running}
      title={title}
      stepLabel={(id) => t(`ldap.step.${id as LdapTestReport['steps'][number]['id']}`)}
      asText={reportText}
      onCancel={onCancel}
      onClose={onClose}
      onTrust={onTrust}
    >
      {report?.photos && report.photos.samples.length > 0 && (
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('ldap.photos.title')}
          </Text>
          <Group gap="md" align="flex-start">
            {report.photos.samples.map((sample) => (
              <Stack key={sample.dn} gap={2} align="center" w={120}>
                {sample.dataUrl ? (
                  <Image src={sample.dataUrl} w={48} h={48} radius="sm" fit="cover" alt={sample.dn} />
                ) : (
                  <Badge color={sample.tooLarge || !sample.type ? 'red' : 'gray'} variant="light">
                    {sample.tooLarge ? `> ${PHOTO_MAX_KB} KB` : sample.type ? sample.type.replace('image/', '') : '?'}
                  </Badge>
                )}
                <Text size="xs" ta="center" style={{ wordBreak: 'break-all' }}>
                  {sample.dn.split(',')[0]}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatSize(sample.bytes)}
                </Text>
              </Stack>
            ))}
          </Group>
        </Stack>
      )}
    </ConnectionTestReportView>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
