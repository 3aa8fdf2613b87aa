import { AuditScreen } from '../screens/audit/AuditScreen';
import { DefaultsScreen } from '../screens/defaults/DefaultsScreen';
import { EndUserScreen } from '../screens/end-user/EndUserScreen';
import { LdapScreen } from '../screens/ldap/LdapScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { ImportsScreen } from '../screens/imports/ImportsScreen';
import { CucmScreen } from '../screens/cucm/CucmScreen';
import { CucmImportScreen } from '../screens/cucm-import/CucmImportScreen';
import { SecurityScreen } from '../screens/security/SecurityScreen';
import { DeletedUsersScreen } from '../screens/deleted/DeletedUsersScreen';
import { UserEditor } from '../screens/editor/UserEditor';
import { GroupsScreen } from '../screens/groups/GroupsScreen';
import { PoolScreen } from '../screens/pool/PoolScreen';
import { UsersScreen } from '../screens/users/UsersScreen';
import { WelcomeScreen } from '../screens/welcome/WelcomeScreen';
import { useSession } from './session';

export function Routes() {
  const { site, route } = useSession();
  if (!site) return <WelcomeScreen />;
  switch (route.screen) {
    case 'users':
      return <UsersScreen />;
    case 'deleted':
      return <DeletedUsersScreen />;
    case 'groups':
      return <GroupsScreen />;
    case 'defaults':
      return <DefaultsScreen />;
    case 'pool':
      return <PoolScreen />;
    case 'security':
      return <SecurityScreen />;
    case 'endUser':
      return <EndUserScreen />;
    case 'ldap':
      return <LdapScreen />;
    case 'cucm':
      return <CucmScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'import':
      return <ImportScreen />;
    case 'imports':
      return <ImportsScreen />;
    case 'cucmImport':
      return <CucmImportScreen />;
    case 'editor':
      return <UserEditor key={`${route.userId ?? 'new'}-${route.nonce}`} userId={route.userId} />;
  }
}
