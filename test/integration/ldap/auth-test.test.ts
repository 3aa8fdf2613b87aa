import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { adminSettings, runAuthTest, statuses, stepOf, trustingCa } from './ldap-fixtures';

const available = await slapdAvailable();

describe.skipIf(!available)('Test LDAP authentication against a real slapd', () => {
  let slapd: Slapd;
  beforeAll(async () => {
    slapd = await startSlapd();
  });
  afterAll(async () => {
    await slapd?.stop();
  });

  test('finds the account by sAMAccountName, userPrincipalName, uid or mail, and signs in as it', async () => {
    const hans = slapd.people.find((p) => p.dn.endsWith(slapd.branchDn))!;
    for (const name of [hans.sAMAccountName, hans.userPrincipalName, hans.uid, hans.mail]) {
      const report = await runAuthTest(adminSettings(slapd), name, hans.password);
      expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped account:ok userBind:ok');
      expect(report.account?.dn).toBe(hans.dn);
    }
  });

  test('over StartTLS and LDAPS with the CA trusted', async () => {
    const anna = slapd.people[0]!;
    const startTls = await runAuthTest(adminSettings(slapd, { tls: 'startTls', trust: trustingCa(slapd) }), anna.uid, anna.password);
    expect(startTls.ok).toBe(true);
    const ldaps = await runAuthTest(adminSettings(slapd, { tls: 'ldaps', port: slapd.ldapsPort, trust: trustingCa(slapd) }), anna.uid, anna.password);
    expect(ldaps.ok).toBe(true);
  });

  test('a wrong password is explained as invalid credentials', async () => {
    const anna = slapd.people[0]!;
    const report = await runAuthTest(adminSettings(slapd), anna.uid, 'wrong');
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped account:ok userBind:failed');
    expect(stepOf(report, 'userBind').problem?.code).toBe('invalidCredentials');
  });

  test('an unknown user: no account under the base DN', async () => {
    const report = await runAuthTest(adminSettings(slapd), 'nobody.here', 'whatever');
    expect(stepOf(report, 'account').problem?.code).toBe('accountNotFound');
    expect(stepOf(report, 'account').problem?.explanation.params).toMatchObject({ username: 'nobody.here', baseDn: slapd.baseDn });
    expect(stepOf(report, 'userBind').status).toBe('skipped');
  });

  test('filter characters in the username are values, not filter syntax: "*)(uid=*" finds nobody', async () => {
    for (const name of ['*)(uid=*', '*', 'anna*', '*)(|(objectClass=*']) {
      const report = await runAuthTest(adminSettings(slapd), name, 'x');
      expect(stepOf(report, 'account').problem?.code).toBe('accountNotFound');
    }
  });

  test('an account outside the base DN is not found', async () => {
    const hans = slapd.people.find((p) => p.dn.endsWith(slapd.branchDn))!;
    const report = await runAuthTest(adminSettings(slapd, { baseDn: slapd.adminGroupDn }), hans.uid, hans.password);
    expect(stepOf(report, 'account').problem?.code).toBe('accountNotFound');
  });
});
