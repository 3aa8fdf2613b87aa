import { Button, Divider, Group, Switch } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import type { CertificateInfo } from '@shared/channels/ldap';
import type { ReactNode } from 'react';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';
import { ServerFields, TrustFields } from './ServerFields';
import type { ServerValues } from './ServerFields';
import { TestReportView } from './TestReportView';
import type { useConnectionTest } from './useConnectionTest';

interface SectionValues extends ServerValues {
  enabled: boolean;
}

interface Props {
  section: 'contactPhotos' | 'adminLdap';
  /** Prefix of the fields' ids. */
  form: string;
  values: SectionValues;
  onChange(patch: Partial<SectionValues>): void;
  error(field: string): string | undefined;
  test: ReturnType<typeof useConnectionTest>;
  onTest(): void;
  onTrust(cert: CertificateInfo): void;
  /** The section's own fields, between the server and what TLS trusts. */
  children?: ReactNode;
}

/** One LDAP connection's settings (on/off, server, trust) with its connection test and the test's report. */
export function LdapServerSection({ section, form, values, onChange, error, test, onTest, onTrust, children }: Props) {
  const testLabel = t(`ldap.test.${section}`);
  return (
    <>
      <FormSection title={t(`settings.section.${section}`)}>
        <Switch
          label={t(`ldap.enabled.${section}`)}
          aria-label={t(`ldap.enabled.${section}`)}
          checked={values.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        <ServerFields form={form} values={values} onChange={onChange} error={error} />
        {children}
        <Divider />
        <TrustFields form={form} values={values} onChange={onChange} error={error} />
        <Group>
          <Button variant="light" leftSection={<IconPlugConnected size={16} />} onClick={onTest} loading={test.running}>
            {testLabel}
          </Button>
        </Group>
      </FormSection>
      <TestReportView title={testLabel} report={test.report} running={test.running} onCancel={test.cancel} onClose={test.close} onTrust={onTrust} />
    </>
  );
}
