import { Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import type { NamingContexts } from '@shared/channels/ldap';
import { ldapServerProbeSchema } from '@shared/rules/ldap-rules';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { notifyError } from '../../app/notify';
import { ProblemAlert } from '../../components/connection-test/ProblemAlert';
import { t } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { ServerValues } from './ServerFields';

interface Props {
  values: ServerValues;
  onUse(dn: string): void;
  onClose(): void;
}

/** The naming contexts the server's root entry lists, offered as base DNs ("Fetch base DNs"). */
export function NamingContextPicker({ values, onUse, onClose }: Props) {
  const { host, port, tls, timeoutSeconds, trust } = values;
  // Read once per opening, with the values of that moment; a server the rules refuse is said at once.
  const [settings] = useState(() => ({ host, port, tls, timeoutSeconds, trust }));
  const [invalid] = useState(() => {
    const parsed = ldapServerProbeSchema.safeParse(settings);
    if (parsed.success) return null;
    const issue = parsed.error.issues[0]!;
    return t(issue.message as MessageKey, (issue as { params?: Record<string, string | number> }).params);
  });
  const [found, setFound] = useState<NamingContexts | null>(null);

  useEffect(() => {
    if (invalid) return;
    let current = true;
    void api.ldap.readNamingContexts({ settings }).then((result) => {
      if (!current) return;
      if (result.ok) setFound(result.value);
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [invalid, settings]);

  return (
    <Paper withBorder p="sm" component="section" aria-label={t('ldap.contexts.title')}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {t('ldap.contexts.title')}
          </Text>
          <Button size="compact-sm" variant="subtle" onClick={onClose}>
            {t('ldap.contexts.close')}
          </Button>
        </Group>
        {invalid && (
          <Text size="sm" c="red">
            {invalid}
          </Text>
        )}
        {!invalid && !found && <Loader size="sm" />}
        {found?.problem && <ProblemAlert problem={found.problem} title={t('ldap.contexts.failed', { host })} />}
        {found && !found.problem && (
          <>
            <Text size="sm">{t('ldap.contexts.found', { count: found.namingContexts.length })}</Text>
            {found.namingContexts.map((dn) => (
              <Group key={dn} gap="xs" wrap="nowrap">
                <Button size="compact-sm" variant="light" aria-label={t('ldap.contexts.useLabel', { dn })} onClick={() => onUse(dn)}>
                  {t('ldap.contexts.use')}
                </Button>
                <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {dn}
                </Text>
                {dn === found.defaultNamingContext && (
                  <Badge variant="light" size="sm">
                    {t('ldap.contexts.default')}
                  </Badge>
                )}
              </Group>
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}
