import { Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { DomainControllers } from '@shared/channels/ldap';
import { requiredDomainSchema } from '@shared/rules/ldap-rules';
import { useState } from 'react';
import { api } from '../../api/client';
import { notifyError } from '../../app/notify';
import { ProblemAlert } from '../../components/connection-test/ProblemAlert';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';

interface Props {
  form: string;
  /** The base DN typed so far: dc=corp,dc=example,dc=com suggests the domain corp.example.com. */
  baseDn: string;
  onUse(host: string, port: number): void;
  onClose(): void;
}

function domainOf(baseDn: string): string {
  const parts = [...baseDn.matchAll(/(?:^|,)\s*dc=([^,]+)/gi)].map((m) => m[1]!.trim());
  return parts.join('.');
}

/** From an Active Directory domain name, the domain controllers DNS announces (SRV records), to use one. */
export function DomainControllerFinder({ form, baseDn, onUse, onClose }: Props) {
  const [domain, setDomain] = useState(() => domainOf(baseDn));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<DomainControllers | null>(null);

  const find = async () => {
    const parsed = requiredDomainSchema.safeParse(domain);
    if (!parsed.success) {
      setError(t(parsed.error.issues[0]!.message as MessageKey));
      return;
    }
    setError(undefined);
    setBusy(true);
    const result = await api.ldap.findDomainControllers({ domain: parsed.data });
    setBusy(false);
    if (result.ok) setFound(result.value);
    else notifyError(result.error);
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('ldap.find.title')}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('ldap.find.title')}
        </Text>
        <Group align="flex-start" wrap="nowrap">
          <TextInput
            id={`${form}-domain`}
            label={t('ldap.find.domain')}
            description={t('ldap.find.domainHint')}
            value={domain}
            onChange={(e) => setDomain(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void find();
              }
            }}
            error={error}
            spellCheck={false}
            style={{ flex: 1 }}
          />
          <Button mt={46} leftSection={<IconSearch size={14} />} loading={busy} onClick={() => void find()}>
            {t('ldap.find.run')}
          </Button>
          <Button mt={46} variant="subtle" onClick={onClose}>
            {t('ldap.find.close')}
          </Button>
        </Group>
        {found?.problem && <ProblemAlert problem={found.problem} />}
        {found && found.servers.length > 0 && (
          <>
            <Text size="sm">{t('ldap.find.found', { count: found.servers.length, domain: found.domain, record: found.record })}</Text>
            <Table verticalSpacing={4} fz="sm" withRowBorders={false}>
              <Table.Tbody>
                {found.servers.map((server) => (
                  <Table.Tr key={`${server.host}:${server.port}`}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {t('ldap.find.server', { host: server.host, port: server.port })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {t('ldap.find.preference', { priority: server.priority, weight: server.weight })}
                      </Text>
                    </Table.Td>
                    <Table.Td w={90}>
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={t('ldap.find.useLabel', { host: server.host, port: server.port })}
                        onClick={() => onUse(server.host, server.port)}
                      >
                        {t('ldap.find.use')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
