import { Alert, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { NonCompliance } from '@shared/channels/security';
import type { SecuritySettings } from '@shared/rules/security-rules';
import { PASSWORD_RULE_MESSAGES, PIN_RULE_MESSAGES, POLICY_PARAMS } from '@shared/rules/secret-policy';
import type { PasswordRule, PinRule } from '@shared/rules/secret-policy';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n';

function reason(entry: NonCompliance): string {
  if (entry.rule === null) return t('policy.unknown');
  const key = entry.secret === 'password' ? PASSWORD_RULE_MESSAGES[entry.rule as PasswordRule] : PIN_RULE_MESSAGES[entry.rule as PinRule];
  return key ? t(key, { ...POLICY_PARAMS }) : t('policy.unknown');
}

/** Who no longer complies with the rules in force, as saved (not as being edited). */
export function NonComplianceList({ saved, entries }: { saved: SecuritySettings; entries: NonCompliance[] }) {
  const rulesOn = saved.securePasswords || saved.securePins;
  return (
    <FormSection title={t('security.compliance')}>
      {!rulesOn ? (
        <Text size="sm" c="dimmed">
          {t('security.compliance.off')}
        </Text>
      ) : entries.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
          {t('security.compliance.none')}
        </Alert>
      ) : (
        <Stack gap="xs">
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title={t('security.compliance.count', { count: entries.length })}
          >
            {t('security.compliance.note')}
          </Alert>
          <Table striped withTableBorder aria-label={t('security.compliance.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('security.compliance.username')}</Table.Th>
                <Table.Th>{t('security.compliance.secret')}</Table.Th>
                <Table.Th>{t('security.compliance.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={`${entry.userId}-${entry.secret}`}>
                  <Table.Td>{entry.username}</Table.Td>
                  <Table.Td>{t(entry.secret === 'password' ? 'security.secret.password' : 'security.secret.pin')}</Table.Td>
                  <Table.Td>{reason(entry)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </FormSection>
  );
}
