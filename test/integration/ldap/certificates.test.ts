import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LdapProblem, LdapTestReport } from '@shared/channels/ldap';
import type { LdapTlsMode } from '@shared/rules/ldap-rules';
import { connectPhotoDirectory, PhotoDirectoryFailure } from '../../../electron/services/ldap/photo-directory';
import { opensslDate, slapdAvailable, startSlapd } from '../../support/slapd';
import type { ServerCertificate, Slapd } from '../../support/slapd';
import { TEST_TIMEOUT_MS, photoSettings, runPhotosTest, statuses, stepOf, trustingCa } from './ldap-fixtures';

const available = await slapdAvailable();

/** A directory with each kind of certificate customers' directories have. */
const CERTIFICATES = {
  ipOnly: { altNames: 'IP:127.0.0.1' },
  otherName: { altNames: 'DNS:ldap.other.example' },
  expired: { altNames: 'IP:127.0.0.1', startDate: opensslDate(-60), endDate: opensslDate(-30) },
  notYetValid: { altNames: 'IP:127.0.0.1', startDate: opensslDate(30), endDate: opensslDate(60) },
  selfSigned: { altNames: 'IP:127.0.0.1', selfSigned: true },
} satisfies Record<string, ServerCertificate>;
type Kind = keyof typeof CERTIFICATES;

describe.skipIf(!available)('certificates judged by what they are, over LDAPS and StartTLS, the same in test and sync', () => {
  const servers = {} as Record<Kind, Slapd>;
  beforeAll(async () => {
    await Promise.all(
      (Object.keys(CERTIFICATES) as Kind[]).map(async (kind) => {
        servers[kind] = await startSlapd({ certificate: CERTIFICATES[kind] });
      }),
    );
  });
  afterAll(async () => {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  });

  const portOf = (slapd: Slapd, tls: LdapTlsMode) => (tls === 'ldaps' ? slapd.ldapsPort : slapd.port);

  async function test_(kind: Kind, tls: LdapTlsMode, host: string): Promise<LdapTestReport> {
    const slapd = servers[kind];
    return runPhotosTest(photoSettings(slapd, { host, tls, port: portOf(slapd, tls), trust: trustingCa(slapd) }), slapd.adminPassword);
  }

  /** The photo sync's connection with the same settings: null when it connects, binds and reads, else its problem. */
  async function sync(kind: Kind, tls: LdapTlsMode, host: string): Promise<LdapProblem | null> {
    const slapd = servers[kind];
    const connection = {
      host,
      port: portOf(slapd, tls),
      tls,
      trust: trustingCa(slapd),
      bindUser: slapd.adminDn,
      password: slapd.adminPassword,
      timeoutMs: TEST_TIMEOUT_MS,
    };
    try {
      const directory = await connectPhotoDirectory(connection, new AbortController().signal);
      try {
        for await (const page of directory.pages({
          baseDn: slapd.peopleDn,
          filter: '(objectClass=person)',
          scope: 'sub',
          attributes: ['uid'],
          binary: [],
        })) {
          expect(page.length).toBeGreaterThan(0);
        }
      } finally {
        await directory.close();
      }
      return null;
    } catch (error) {
      if (error instanceof PhotoDirectoryFailure) return error.problem;
      throw error;
    }
  }

  describe.each(['ldaps', 'startTls'] as const)('over %s', (tls) => {
    test('a certificate for the IP address, from a trusted CA, is trusted when the server is typed as that address', async () => {
      const report = await test_('ipOnly', tls, '127.0.0.1');
      expect(statuses(report)).toBe('resolve:ok connect:ok tls:ok bind:ok search:ok photos:ok');
      expect(report.certificate).toMatchObject({ trustedBy: 'ca', names: ['127.0.0.1'], host: '127.0.0.1', nameMatches: true, chainProblem: null });
      expect(await sync('ipOnly', tls, '127.0.0.1')).toBeNull();
    });

    test('the same certificate is for another name when the server is typed as "localhost": both names are shown', async () => {
      const report = await test_('ipOnly', tls, 'localhost');
      const step = stepOf(report, 'tls');
      expect(step.problem).toMatchObject({ code: 'certWrongName', explanation: { params: { host: 'localhost', names: '127.0.0.1' } } });
      expect(step.notes).toContainEqual({ key: 'connectionTest.note.certNameDiffers', params: { host: 'localhost', names: '127.0.0.1' } });
      expect(report.canTrustCertificate).toBe(true);
      expect((await sync('ipOnly', tls, 'localhost'))?.code).toBe('certWrongName');
    });

    test('a certificate for another name is called that, typed by IP address or by name', async () => {
      for (const host of ['127.0.0.1', 'localhost']) {
        const problem = stepOf(await test_('otherName', tls, host), 'tls').problem;
        expect(problem).toMatchObject({ code: 'certWrongName', explanation: { params: { host, names: 'ldap.other.example' } } });
        expect((await sync('otherName', tls, host))?.code).toBe('certWrongName');
      }
    });

    test('expired, not yet valid, self-signed and unknown issuer each said as such', async () => {
      const expired = await test_('expired', tls, '127.0.0.1');
      expect(stepOf(expired, 'tls').problem?.code).toBe('certExpired');
      expect(expired.canTrustCertificate).toBe(false);
      expect((await sync('expired', tls, '127.0.0.1'))?.code).toBe('certExpired');

      const early = await test_('notYetValid', tls, '127.0.0.1');
      expect(stepOf(early, 'tls').problem?.code).toBe('certNotYetValid');
      expect((await sync('notYetValid', tls, '127.0.0.1'))?.code).toBe('certNotYetValid');

      const self = await test_('selfSigned', tls, '127.0.0.1');
      expect(stepOf(self, 'tls').problem?.code).toBe('certSelfSigned');
      expect(self.certificate?.chainProblem).toBe('selfSigned');
      expect((await sync('selfSigned', tls, '127.0.0.1'))?.code).toBe('certSelfSigned');

      // The CA not pasted: its name is given, so the administrator knows which CA to ask for.
      const slapd = servers.ipOnly;
      const unknown = await runPhotosTest(photoSettings(slapd, { tls, port: portOf(slapd, tls) }), slapd.adminPassword);
      expect(stepOf(unknown, 'tls').problem).toMatchObject({ code: 'certUnknownIssuer' });
      expect(String(stepOf(unknown, 'tls').problem?.explanation.params?.issuer)).toContain('Roster Test CA');
    });
  });

  test('LDAPS to the plain LDAP port: "does not speak TLS", OpenSSL only as a detail; StartTLS to the LDAPS port likewise', async () => {
    const slapd = servers.ipOnly;
    const ldapsOnPlain = await runPhotosTest(photoSettings(slapd, { tls: 'ldaps', port: slapd.port, trust: trustingCa(slapd) }), slapd.adminPassword);
    const problem = stepOf(ldapsOnPlain, 'tls').problem!;
    expect(['tls.notTls', 'tls.handshakeClosed', 'tlsSilent']).toContain(problem.code);
    expect(JSON.stringify(problem)).not.toMatch(/SSL routines|error:0A/);

    const startTlsOnLdaps = await runPhotosTest(
      photoSettings(slapd, { tls: 'startTls', port: slapd.ldapsPort, trust: trustingCa(slapd) }),
      slapd.adminPassword,
    );
    expect(['tls.handshakeClosed', 'startTlsSilent']).toContain(stepOf(startTlsOnLdaps, 'tls').problem?.code);
  });
});
