import { Alert, Badge, Button, Code, Group, Image, Loader, Modal, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconFileText, IconShieldCheck, IconX } from '@tabler/icons-react';
import type { CertificateInfo, LdapStepStatus, LdapTestReport } from '@shared/channels/ldap';
import { useState } from 'react';
import { notifyDone } from '../../app/notify';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { reportText } from './reportText';

const STATUS_COLOR: Record<LdapStepStatus, string> = {
  pending: 'gray',
  running: 'blue',
  ok: 'teal',
  failed: 'red',
  skipped: 'gray',
  cancelled: 'orange',
};

function StatusBadge({ status }: { status: LdapStepStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'ok' || status === 'failed' ? 'filled' : 'light'} leftSection={status === 'running' ? <Loader size={10} color="white" /> : undefined}>
      {t(`ldap.status.${status}`)}
    </Badge>
  );
}

function CertificateCard({ cert, canTrust, onTrust }: { cert: CertificateInfo; canTrust: boolean; onTrust?: () => void }) {
  const rows: [string, string][] = [
    [t('ldap.cert.subject'), cert.subject],
    [t('ldap.cert.issuer'), cert.issuer],
    [t('ldap.cert.validity'), t('ldap.cert.validityValue', { from: cert.validFrom.slice(0, 10), to: cert.validTo.slice(0, 10) })],
    [t('ldap.cert.names'), cert.altNames || '—'],
    [t('ldap.cert.fingerprint'), cert.fingerprint],
  ];
  const trusted = cert.trustedBy === 'ca' ? t('ldap.cert.trustedByCa') : cert.trustedBy === 'pinned' ? t('ldap.cert.trustedByPin') : t('ldap.cert.notTrusted');
  return (
    <Paper withBorder p="sm" aria-label={t('ldap.cert.title')}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {t('ldap.cert.title')}
          </Text>
          <Badge color={cert.trustedBy ? 'teal' : 'red'} variant="light">
            {t(cert.trustedBy === 'ca' ? 'ldap.cert.badge.trusted' : cert.trustedBy === 'pinned' ? 'ldap.cert.badge.pinned' : 'ldap.cert.badge.untrusted')}
          </Badge>
        </Group>
        <Text size="sm">{trusted}</Text>
        <Table withRowBorders={false} verticalSpacing={2} fz="sm">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Td w={170} c="dimmed">
                  {label}
                </Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }}>{label === t('ldap.cert.fingerprint') ? <Code>{value}</Code> : value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canTrust && onTrust && (
          <Group>
            <Button size="compact-sm" leftSection={<IconShieldCheck size={14} />} onClick={onTrust}>
              {t('ldap.cert.trust')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

interface Props {
  report: LdapTestReport | null;
  running: boolean;
  title: string;
  onCancel(): void;
  onClose(): void;
  onTrust(cert: CertificateInfo): void;
}

/** The steps of a connection test as they run, then the outcome with what to try, and copy as text. */
export function TestReportView({ report, running, title, onCancel, onClose, onTrust }: Props) {
  const [showText, setShowText] = useState(false);
  if (!report && !running) return null;
  const outcome = !report || running ? null : report.cancelled ? 'cancelled' : report.ok ? 'passed' : 'failed';

  const copy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(reportText(report));
      notifyDone(t('ldap.test.copied'));
    } catch {
      // A clipboard the page may not write (browser permissions): show the text to copy by hand.
      setShowText(true);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={4} size="h5">
              {title}
            </Title>
            {running && <Badge variant="light">{t('ldap.test.running')}</Badge>}
            {outcome === 'passed' && (
              <Badge color="teal" leftSection={<IconCheck size={12} />}>
                {t('ldap.test.passed')}
              </Badge>
            )}
            {outcome === 'failed' && (
              <Badge color="red" leftSection={<IconX size={12} />}>
                {t('ldap.test.failed')}
              </Badge>
            )}
            {outcome === 'cancelled' && <Badge color="orange">{t('ldap.test.wasCancelled')}</Badge>}
          </Group>
          <Group gap="xs">
            {running ? (
              <Button size="compact-sm" color="orange" variant="light" onClick={onCancel}>
                {t('ldap.test.cancel')}
              </Button>
            ) : (
              <>
                <Button size="compact-sm" variant="default" leftSection={<IconCopy size={14} />} onClick={() => void copy()}>
                  {t('ldap.test.copy')}
                </Button>
                <Button size="compact-sm" variant="default" leftSection={<IconFileText size={14} />} onClick={() => setShowText(true)}>
                  {t('ldap.test.showText')}
                </Button>
                <Button size="compact-sm" variant="subtle" onClick={onClose}>
                  {t('ldap.test.close')}
                </Button>
              </>
            )}
          </Group>
        </Group>
        {report && (
          <Table verticalSpacing={6} fz="sm">
            <Table.Tbody>
              {report.steps.map((step) => (
                <Table.Tr key={step.id} data-step={step.id} data-status={step.status}>
                  <Table.Td w={190} style={{ verticalAlign: 'top' }}>
                    <Text size="sm" fw={500}>
                      {t(`ldap.step.${step.id}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={110} style={{ verticalAlign: 'top' }}>
                    <StatusBadge status={step.status} />
                  </Table.Td>
                  <Table.Td w={80} style={{ verticalAlign: 'top' }}>
                    <Text size="sm" c="dimmed">
                      {step.durationMs === null ? '' : t('ldap.duration', { ms: step.durationMs })}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ verticalAlign: 'top' }}>
                    <Stack gap={2}>
                      {step.notes.map((note, i) => (
                        <Text key={i} size="sm" style={{ wordBreak: 'break-word' }}>
                          {t(note.key as MessageKey, note.params)}
                        </Text>
                      ))}
                      {step.problem && (
                        <Alert color={step.status === 'cancelled' ? 'orange' : 'red'} variant="light" p="xs" mt={4}>
                          <Stack gap={4}>
                            <Text size="sm" fw={600}>
                              {t(step.problem.explanation.key as MessageKey, step.problem.explanation.params)}
                            </Text>
                            <Text size="sm">{t(step.problem.advice.key as MessageKey, step.problem.advice.params)}</Text>
                            {step.problem.serverMessage && (
                              <Text size="xs" c="dimmed">
                                {t('ldap.text.server', { message: step.problem.serverMessage })}
                              </Text>
                            )}
                          </Stack>
                        </Alert>
                      )}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {report?.certificate && (
          <CertificateCard cert={report.certificate} canTrust={report.canTrustCertificate && !running} onTrust={() => onTrust(report.certificate!)} />
        )}
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
                      {sample.tooLarge ? '> 100 KB' : sample.type ? sample.type.replace('image/', '') : '?'}
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
      </Stack>
      <Modal opened={showText && report !== null} onClose={() => setShowText(false)} title={t('ldap.test.textTitle')} size="xl">
        {report && <Textarea value={reportText(report)} readOnly autosize minRows={12} maxRows={30} aria-label={t('ldap.test.textTitle')} styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }} />}
      </Modal>
    </Paper>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
