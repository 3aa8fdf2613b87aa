import { Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { IconShieldOff } from '@tabler/icons-react';
import type { PinnedCertificate } from '@shared/rules/tls-trust';
import { t } from '../../i18n';

interface Props {
  pinned: PinnedCertificate[];
  onForget(fingerprint: string): void;
}

/** The certificates trusted individually for the publisher, each with its fingerprint and a way to forget it. */
export function PinnedCertificates({ pinned, onForget }: Props) {
  if (pinned.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('cucm.trust.none')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('ldap.trust.pinned')}
      </Text>
      {pinned.map((pin) => (
        <Paper key={pin.fingerprint} withBorder p="xs" aria-label={pin.subject || pin.fingerprint}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500}>
                {pin.subject}
              </Text>
              <Text size="xs" c="dimmed">
                {t('connectionTest.cert.issuer')}: {pin.issuer} · {t('connectionTest.cert.validity')}:{' '}
                {t('connectionTest.cert.validityValue', { from: pin.validFrom.slice(0, 10), to: pin.validTo.slice(0, 10) })}
              </Text>
              <Text size="xs">
                {t('connectionTest.cert.fingerprint')}: <Code style={{ wordBreak: 'break-all' }}>{pin.fingerprint}</Code>
              </Text>
            </Stack>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              leftSection={<IconShieldOff size={14} />}
              aria-label={t('cucm.trust.forgetLabel', { fingerprint: pin.fingerprint.slice(0, 11) })}
              onClick={() => onForget(pin.fingerprint)}
            >
              {t('cucm.trust.forget')}
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
