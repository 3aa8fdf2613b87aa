import type { LdapTestReport } from '@shared/channels/ldap';
import { api } from '../../api/client';
import { useConnectionTest as useTest } from '../../components/connection-test/useConnectionTest';

/** One LDAP connection test of a section (the shared hook, on LDAP's progress events and cancel). */
export function useConnectionTest() {
  return useTest<LdapTestReport>('ldap.testProgress', (testId) => void api.ldap.cancel({ testId }));
}
