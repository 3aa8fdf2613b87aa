import { Alert, Badge, Button, Code, Group, Loader, Modal, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconFileText, IconShieldCheck, IconX } from '@tabler/icons-react';
import type { CertificateChainProblem, CertificateInfo, ConnectionTestReport, TestStepStatus } from '@shared/channels/connection-test';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { notifyDone } from '../../app/notify';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

const STATUS_COLOR: Record<TestStepStatus, string> = {
  pending: 'gray',
  running: 'blue',
  ok: 'teal',
  failed: 'red',
  skipped: 'gray',
  cancelled: 'orange',
};

function StatusBadge({ status }: { status: TestStepStatus }) {
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant={status === 'ok' || status === 'failed' ? 'filled' : 'light'}
      leftSection={status === 'running' ? <Loader size={10} color="white" /> : undefined}
    >
      {t(`connectionTest.status.${status}`)}
    </Badge>
  );
}

/** Why a chain is not trusted, in a line (the step's explanation says what to do). */
const CHAIN_TEXT: Record<CertificateChainProblem, MessageKey> = {
  expired: 'connectionTest.cert.chain.expired',
  notYetValid: 'connectionTest.cert.chain.notYetValid',
  selfSigned: 'connectionTest.cert.chain.selfSigned',
  unknownIssuer: 'connectionTest.cert.chain.unknownIssuer',
  revoked: 'connectionTest.cert.chain.revoked',
  badSignature: 'connectionTest.cert.chain.badSignature',
  wrongPurpose: 'connectionTest.cert.chain.wrongPurpose',
  invalidChain: 'connectionTest.cert.chain.invalidChain',
};

function trustText(cert: CertificateInfo): string {
  if (cert.trustedBy === 'ca') return t('connectionTest.cert.trustedByCa');
  if (cert.trustedBy === 'pinned') return t('connectionTest.cert.trustedByPin');
  if (cert.chainProblem) return t(CHAIN_TEXT[cert.chainProblem]);
  return cert.nameMatches ? t('connectionTest.cert.notTrusted') : t('connectionTest.cert.wrongName');
}

/** The certificate's names, and beside them the server as typed, marked as named in it or not. */
function NamesRow({ cert }: { cert: CertificateInfo }) {
  return (
    <Group gap={6} wrap="wrap">
      {(cert.names.length > 0 ? cert.names : ['—']).map((name) => (
        <Code key={name} fz="sm">
          {name}
        </Code>
      ))}
    </Group>
  );
}

function TypedHostRow({ cert }: { cert: CertificateInfo }) {
  return (
    <Group gap={6} wrap="wrap">
      <Code fz="sm">{cert.host}</Code>
      <Badge color={cert.nameMatches ? 'teal' : 'red'} variant="light" leftSection={cert.nameMatches ? <IconCheck size={12} /> : <IconX size={12} />}>
        {t(cert.nameMatches ? 'connectionTest.cert.nameMatches' : 'connectionTest.cert.nameDiffers')}
      </Badge>
    </Group>
  );
}

function CertificateCard({ cert, canTrust, onTrust }: { cert: CertificateInfo; canTrust: boolean; onTrust?: () => void }) {
  const rows: [string, ReactNode][] = [
    [t('connectionTest.cert.subject'), cert.subject],
    [t('connectionTest.cert.issuer'), cert.issuer],
    [t('connectionTest.cert.validity'), t('connectionTest.cert.validityValue', { from: cert.validFrom.slice(0, 10), to: cert.validTo.slice(0, 10) })],
    [t('connectionTest.cert.names'), <NamesRow key="names" cert={cert} />],
    [t('connectionTest.cert.typedHost'), <TypedHostRow key="host" cert={cert} />],
    [t('connectionTest.cert.fingerprint'), <Code key="fingerprint">{cert.fingerprint}</Code>],
  ];
  const trusted = trustText(cert);
  return (
    <Paper withBorder p="sm" aria-label={t('connectionTest.cert.title')}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600} size="sm">
            {t('connectionTest.cert.title')}
          </Text>
          <Badge color={cert.trustedBy ? 'teal' : 'red'} variant="light">
            {t(
              cert.trustedBy === 'ca'
                ? 'connectionTest.cert.badge.trusted'
                : cert.trustedBy === 'pinned'
                  ? 'connectionTest.cert.badge.pinned'
                  : 'connectionTest.cert.badge.untrusted',
            )}
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
                <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canTrust && onTrust && (
          <Group>
            <Button size="compact-sm" leftSection={<IconShieldCheck size={14} />} onClick={onTrust}>
              {t('connectionTest.cert.trust')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

interface Props<R extends ConnectionTestReport> {
  report: R | null;
  running: boolean;
  title: string;
  /** The name of a step, from the test's own catalog entries. */
  stepLabel(id: string): string;
  /** The whole result as text for a support ticket. */
  asText(report: R): string;
  onCancel(): void;
  onClose(): void;
  onTrust(cert: CertificateInfo): void;
  /** What the test found besides its steps (thumbnails, ...), under the certificate. */
  children?: ReactNode;
}

/** The steps of a connection test as they run, then the outcome with what to try, and copy as text. */
export function ConnectionTestReportView<R extends ConnectionTestReport>({
  report,
  running,
  title,
  stepLabel,
  asText,
  onCancel,
  onClose,
  onTrust,
  children,
}: Props<R>) {
  const [showText, setShowText] = useState(false);
  if (!report && !running) return null;
  const outcome = !report || running ? null : report.cancelled ? 'cancelled' : report.ok ? 'passed' : 'failed';

  const copy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(asText(report));
      notifyDone(t('connectionTest.test.copied'));
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
            {running && <Badge variant="light">{t('connectionTest.test.running')}</Badge>}
            {outcome === 'passed' && (
              <Badge color="teal" leftSection={<IconCheck size={12} />}>
                {t('connectionTest.test.passed')}
              </Badge>
            )}
            {outcome === 'failed' && (
              <Badge color="red" leftSection={<IconX size={12} />}>
                {t('connectionTest.test.failed')}
              </Badge>
            )}
            {outcome === 'cancelled' && <Badge color="orange">{t('connectionTest.test.wasCancelled')}</Badge>}
          </Group>
          <Group gap="xs">
            {running ? (
              <Button size="compact-sm" color="orange" variant="light" onClick={onCancel}>
                {t('connectionTest.test.cancel')}
              </Button>
            ) : (
              <>
                <Button size="compact-sm" variant="default" leftSection={<IconCopy size={14} />} onClick={() => void copy()}>
                  {t('connectionTest.test.copy')}
                </Button>
                <Button size="compact-sm" variant="default" leftSection={<IconFileText size={14} />} onClick={() => setShowText(true)}>
                  {t('connectionTest.test.showText')}
                </Button>
                <Button size="compact-sm" variant="subtle" onClick={onClose}>
                  {t('connectionTest.test.close')}
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
                      {stepLabel(step.id)}
                    </Text>
                  </Table.Td>
                  <Table.Td w={110} style={{ verticalAlign: 'top' }}>
                    <StatusBadge status={step.status} />
                  </Table.Td>
                  <Table.Td w={80} style={{ verticalAlign: 'top' }}>
                    <Text size="sm" c="dimmed">
                      {step.durationMs === null ? '' : t('connectionTest.duration', { ms: step.durationMs })}
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
                                {t('connectionTest.text.server', { message: step.problem.serverMessage })}
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
        {children}
      </Stack>
      <Modal opened={showText && report !== null} onClose={() => setShowText(false)} title={t('connectionTest.test.textTitle')} size="xl">
        {report && (
          <Textarea
            value={asText(report)}
            readOnly
            autosize
            minRows={12}
            maxRows={30}
            aria-label={t('connectionTest.test.textTitle')}
            styles={{ input: { fontFamily: 'monospace', fontSize: 12 } }}
          />
        )}
      </Modal>
    </Paper>
  );
}
