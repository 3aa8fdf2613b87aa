import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { photoSettings, runPhotosTest, statuses, stepOf, trustingCa } from './ldap-fixtures';
import type { LdapTestReport } from '@shared/channels/ldap';

const available = await slapdAvailable();
if (!available) console.warn('[ldap] slapd, ldap-utils or openssl missing: the LDAP integration tests are skipped');

describe.skipIf(!available)('Test contact photos against a real slapd', () => {
  let slapd: Slapd;
  beforeAll(async () => {
    slapd = await startSlapd();
  });
  afterAll(async () => {
    await slapd?.stop();
  });

  test('plain LDAP: binds, counts the people of the subtree and looks at their photos', async () => {
    const progress: LdapTestReport[] = [];
    const report = await runPhotosTest(photoSettings(slapd), slapd.adminPassword, progress);
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped bind:ok search:ok photos:ok');
    expect(report.ok).toBe(true);
    expect(report.search?.count).toBe(slapd.people.length);
    expect(report.search?.firstDns[0]).toMatch(/ou=people,dc=example,dc=com$/);
    const withPhoto = slapd.people.filter((p) => p.hasPhoto);
    expect(report.photos?.withPhoto).toBe(withPhoto.length);
    expect(report.photos?.tooLarge).toBe(1);
    expect(report.photos?.notImage).toBe(1);
    expect(report.photos?.largest).toBeGreaterThan(100 * 1024);
    // The first small images come back as thumbnails the window can show.
    const thumbnails = report.photos!.samples.filter((s) => s.dataUrl);
    expect(thumbnails.length).toBe(3);
    expect(thumbnails[0]!.dataUrl).toMatch(/^data:image\/(png|jpeg);base64,/);
    // Every step has a duration, and the screen saw the steps run one after the other.
    expect(report.steps.filter((s) => s.status === 'ok').every((s) => typeof s.durationMs === 'number')).toBe(true);
    expect(progress.some((r) => r.steps.some((s) => s.status === 'running'))).toBe(true);
    expect(stepOf(report, 'tls').notes.map((n) => n.key)).toEqual(['ldap.note.noTls']);
  });

  test('LDAPS with the CA trusted: the certificate is shown and verified', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { tls: 'ldaps', port: slapd.ldapsPort, trust: trustingCa(slapd) }), slapd.adminPassword);
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:ok bind:ok search:ok photos:ok');
    expect(report.certificate).toMatchObject({ trustedBy: 'ca' });
    expect(report.certificate?.subject).toContain('CN=127.0.0.1');
    expect(report.certificate?.issuer).toContain('Roster Test CA');
    expect(report.certificate?.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  test('StartTLS with the CA trusted', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { tls: 'startTls', trust: trustingCa(slapd) }), slapd.adminPassword);
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:ok bind:ok search:ok photos:ok');
    expect(stepOf(report, 'tls').notes[0]?.key).toBe('ldap.note.startTls');
    expect(report.certificate?.trustedBy).toBe('ca');
  });

  test('an untrusted certificate stops before the bind; trusted by its fingerprint it passes', async () => {
    for (const tls of ['ldaps', 'startTls'] as const) {
      const port = tls === 'ldaps' ? slapd.ldapsPort : slapd.port;
      const refused = await runPhotosTest(photoSettings(slapd, { tls, port }), slapd.adminPassword);
      expect(statuses(refused)).toBe('resolve:ok connect:ok tls:failed bind:skipped search:skipped photos:skipped');
      expect(stepOf(refused, 'tls').problem?.code).toBe('certUnknownIssuer');
      expect(refused.canTrustCertificate).toBe(true);
      const cert = refused.certificate!;
      expect(cert.trustedBy).toBeNull();

      const pinned = { fingerprint: cert.fingerprint, subject: cert.subject, issuer: cert.issuer, validFrom: cert.validFrom, validTo: cert.validTo };
      const trusted = await runPhotosTest(photoSettings(slapd, { tls, port, trust: { caPem: '', pinned: [pinned] } }), slapd.adminPassword);
      expect(trusted.ok).toBe(true);
      expect(trusted.certificate?.trustedBy).toBe('pinned');
    }
  });

  test('a pin of another certificate does not make the server trusted', async () => {
    const other = { fingerprint: Array.from({ length: 32 }, () => 'AB').join(':'), subject: 'CN=x', issuer: 'CN=x', validFrom: '', validTo: '' };
    const report = await runPhotosTest(
      photoSettings(slapd, { tls: 'ldaps', port: slapd.ldapsPort, trust: { caPem: '', pinned: [other] } }),
      slapd.adminPassword,
    );
    expect(stepOf(report, 'tls').problem?.code).toBe('certUnknownIssuer');
  });

  test('wrong password: invalid credentials explained, nothing searched', async () => {
    const report = await runPhotosTest(photoSettings(slapd), 'not-the-password');
    expect(statuses(report)).toBe('resolve:ok connect:ok tls:skipped bind:failed search:skipped photos:skipped');
    const problem = stepOf(report, 'bind').problem!;
    expect(problem.code).toBe('invalidCredentials');
    expect(problem.explanation.key).toBe('ldap.problem.invalidCredentials');
    expect(problem.advice.key).toBe('ldap.advice.invalidCredentials');
  });

  test('an empty password is refused before it reaches the server (it would bind anonymously)', async () => {
    const report = await runPhotosTest(photoSettings(slapd), '');
    expect(stepOf(report, 'bind').problem?.code).toBe('emptyPassword');
  });

  test('subtree and one-level searches count differently', async () => {
    const subtree = await runPhotosTest(photoSettings(slapd, { scope: 'subtree' }), slapd.adminPassword);
    const oneLevel = await runPhotosTest(photoSettings(slapd, { scope: 'oneLevel' }), slapd.adminPassword);
    const inBranch = slapd.people.filter((p) => p.dn.endsWith(slapd.branchDn)).length;
    expect(inBranch).toBeGreaterThan(0);
    expect(subtree.search?.count).toBe(slapd.people.length);
    expect(oneLevel.search?.count).toBe(slapd.people.length - inBranch);
  });

  test('a base DN that does not exist is named as such', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { baseDn: 'ou=nowhere,dc=example,dc=com' }), slapd.adminPassword);
    expect(stepOf(report, 'search').problem?.code).toBe('baseDnNotFound');
  });

  test('a photo attribute nobody has fails the photos step with advice', async () => {
    const report = await runPhotosTest(photoSettings(slapd, { photoAttribute: 'jpegPhoto', filter: '(uid=anna.berg)' }), slapd.adminPassword);
    expect(stepOf(report, 'photos').problem?.code).toBe('noPhotos');
  });
});
