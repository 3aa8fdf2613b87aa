import { ActionIcon, Button, FileButton, Group, NumberInput, Select, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconFileCertificate, IconListSearch, IconTrash, IconWorldSearch } from '@tabler/icons-react';
import { LDAP_TIMEOUT_SECONDS_RANGE, LDAP_TLS_MODES, defaultPortOf, isPemCertificates } from '@shared/rules/ldap-rules';
import type { LdapTlsMode, LdapTrust } from '@shared/rules/ldap-rules';
import { useState } from 'react';
import { fieldId } from '../../api/issues';
import { t } from '../../i18n';
import { DomainControllerFinder } from './DomainControllerFinder';
import { NamingContextPicker } from './NamingContextPicker';

/** The fields both sections share: where the server is, how it is encrypted, where to search, how long to wait. */
export interface ServerValues {
  host: string;
  port: number;
  tls: LdapTlsMode;
  baseDn: string;
  timeoutSeconds: number;
  trust: LdapTrust;
}

interface Props {
  form: string;
  values: ServerValues;
  onChange(patch: Partial<ServerValues>): void;
  error(field: string): string | undefined;
}

/** Switching TLS moves the port along when it was the other mode's default (389 <-> 636); a custom port stays. */
function portAfterTlsChange(port: number, from: LdapTlsMode, to: LdapTlsMode): number {
  return port === defaultPortOf(from) ? defaultPortOf(to) : port;
}

export function ServerFields({ form, values, onChange, error }: Props) {
  const [finding, setFinding] = useState(false);
  const [fetching, setFetching] = useState(false);
  return (
    <>
      <Group grow align="flex-start">
        <Stack gap={4}>
          <TextInput
            id={fieldId(form, ['host'])}
            label={t('ldap.field.host')}
            description={t('ldap.field.hostHint')}
            value={values.host}
            onChange={(e) => onChange({ host: e.currentTarget.value })}
            error={error('host')}
            spellCheck={false}
          />
          <Group>
            <Button size="compact-sm" variant="subtle" leftSection={<IconWorldSearch size={14} />} onClick={() => setFinding((v) => !v)}>
              {t('ldap.find.open')}
            </Button>
          </Group>
        </Stack>
        <Select<LdapTlsMode>
          id={fieldId(form, ['tls'])}
          label={t('ldap.field.tls')}
          description={t('ldap.field.portHint')}
          data={LDAP_TLS_MODES.map((value) => ({ value, label: t(`ldap.tls.${value}`) }))}
          value={values.tls}
          allowDeselect={false}
          onChange={(tls) => tls && onChange({ tls, port: portAfterTlsChange(values.port, values.tls, tls) })}
        />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          id={fieldId(form, ['port'])}
          label={t('ldap.field.port')}
          value={values.port}
          onChange={(v) => onChange({ port: typeof v === 'number' ? v : Number.NaN })}
          error={error('port')}
          allowDecimal={false}
          allowNegative={false}
          hideControls
        />
        <NumberInput
          id={fieldId(form, ['timeoutSeconds'])}
          label={t('ldap.field.timeout')}
          description={t('ldap.field.timeoutHint')}
          value={values.timeoutSeconds}
          onChange={(v) => onChange({ timeoutSeconds: typeof v === 'number' ? v : Number.NaN })}
          error={error('timeoutSeconds')}
          allowDecimal={false}
          allowNegative={false}
          min={LDAP_TIMEOUT_SECONDS_RANGE.min}
          max={LDAP_TIMEOUT_SECONDS_RANGE.max}
        />
      </Group>
      {finding && (
        <DomainControllerFinder
          form={form}
          baseDn={values.baseDn}
          onUse={(host, port) => {
            // An SRV record names the plain LDAP port; StartTLS upgrades it, LDAPS would need 636.
            onChange({ host, port, ...(values.tls === 'ldaps' ? { tls: 'startTls' as const } : {}) });
            setFinding(false);
          }}
          onClose={() => setFinding(false)}
        />
      )}
      <Stack gap={4}>
        <TextInput
          id={fieldId(form, ['baseDn'])}
          label={t('ldap.field.baseDn')}
          description={t('ldap.field.baseDnHint')}
          value={values.baseDn}
          onChange={(e) => onChange({ baseDn: e.currentTarget.value })}
          error={error('baseDn')}
          spellCheck={false}
        />
        <Group>
          <Button size="compact-sm" variant="subtle" leftSection={<IconListSearch size={14} />} onClick={() => setFetching((v) => !v)}>
            {t('ldap.contexts.fetch')}
          </Button>
        </Group>
      </Stack>
      {fetching && (
        <NamingContextPicker
          values={values}
          onUse={(baseDn) => {
            onChange({ baseDn });
            setFetching(false);
          }}
          onClose={() => setFetching(false)}
        />
      )}
    </>
  );
}

/** What TLS trusts for this server besides the system CAs: a pasted CA, and pinned server certificates. */
export function TrustFields({ form, values, onChange, error }: Props) {
  const [fileError, setFileError] = useState<string | undefined>();
  const trust = values.trust;
  const addFile = async (file: File | null) => {
    if (!file) return;
    const text = (await file.text()).trim();
    if (!isPemCertificates(text)) {
      setFileError(t('ldap.trust.caFileUnreadable'));
      return;
    }
    setFileError(undefined);
    onChange({ trust: { ...trust, caPem: [trust.caPem.trim(), text].filter(Boolean).join('\n') } });
  };
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('ldap.trust.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('ldap.trust.note')}
      </Text>
      <Textarea
        id={fieldId(form, ['trust', 'caPem'])}
        label={t('ldap.trust.caPem')}
        description={t('ldap.trust.caPemHint')}
        value={trust.caPem}
        onChange={(e) => onChange({ trust: { ...trust, caPem: e.currentTarget.value } })}
        error={error('trust.caPem') ?? fileError}
        autosize
        minRows={2}
        maxRows={8}
        spellCheck={false}
        styles={{ input: { fontFamily: 'monospace', fontSize: 11 } }}
      />
      <Group>
        <FileButton onChange={(file) => void addFile(file)} accept=".pem,.crt,.cer,text/plain">
          {(props) => (
            <Button {...props} size="compact-sm" variant="default" leftSection={<IconFileCertificate size={14} />}>
              {t('ldap.trust.caFile')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Text size="sm" fw={500}>
        {t('ldap.trust.pinned')}
      </Text>
      {trust.pinned.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('ldap.trust.nonePinned')}
        </Text>
      ) : (
        trust.pinned.map((pin) => (
          <Group key={pin.fingerprint} gap="xs" wrap="nowrap" align="flex-start">
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Text size="xs" fw={500}>
                {pin.subject}
              </Text>
              <Text size="xs" c="dimmed">
                {t('connectionTest.cert.issuer')}: {pin.issuer} ·{' '}
                {t('connectionTest.cert.validityValue', { from: pin.validFrom.slice(0, 10), to: pin.validTo.slice(0, 10) })}
              </Text>
              <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {pin.fingerprint}
              </Text>
            </Stack>
            <Tooltip label={t('ldap.trust.remove', { fingerprint: pin.fingerprint.slice(0, 11) })}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('ldap.trust.remove', { fingerprint: pin.fingerprint.slice(0, 11) })}
                onClick={() => onChange({ trust: { ...trust, pinned: trust.pinned.filter((p) => p.fingerprint !== pin.fingerprint) } })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))
      )}
    </Stack>
  );
}
