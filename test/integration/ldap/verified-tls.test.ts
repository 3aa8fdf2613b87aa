import { Client } from 'ldapts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifiedTlsConnect } from '../../../electron/services/ldap/certificate-trust';
import { slapdAvailable, startSlapd } from '../../support/slapd';
import type { Slapd } from '../../support/slapd';
import { photoSettings, runPhotosTest } from './ldap-fixtures';

const available = await slapdAvailable();

/** The trust of the tests, applied to an ordinary ldapts client (as the photo sync uses it). */
describe.skipIf(!available)('verifiedTlsConnect for other LDAP clients', () => {
  let slapd: Slapd;
  beforeAll(async () => {
    slapd = await startSlapd();
  });
  afterAll(async () => {
    await slapd?.stop();
  });

  async function bindOver(tls: 'ldaps' | 'startTls', trust: Parameters<typeof verifiedTlsConnect>[1]) {
    const client = new Client({
      url: tls === 'ldaps' ? slapd.ldapsUrl : slapd.url,
      timeout: 2000,
      connectTimeout: 2000,
      createSecureConnection: verifiedTlsConnect(slapd.host, trust),
    });
    try {
      if (tls === 'startTls') await client.startTLS();
      await client.bind(slapd.adminDn, slapd.adminPassword);
      return 'bound';
    } catch (error) {
      return (error as Error).name;
    } finally {
      await client.unbind().catch(() => undefined);
    }
  }

  test('refuses an untrusted certificate, accepts the CA or the pinned fingerprint', async () => {
    const probe = await runPhotosTest(photoSettings(slapd, { tls: 'ldaps', port: slapd.ldapsPort }), slapd.adminPassword);
    const cert = probe.certificate!;
    const pinned = [{ fingerprint: cert.fingerprint, subject: cert.subject, issuer: cert.issuer, validFrom: cert.validFrom, validTo: cert.validTo }];
    for (const tls of ['ldaps', 'startTls'] as const) {
      expect(await bindOver(tls, { caPem: '', pinned: [] })).toBe('CertificateRejected');
      expect(await bindOver(tls, { caPem: slapd.caPem, pinned: [] })).toBe('bound');
      expect(await bindOver(tls, { caPem: '', pinned })).toBe('bound');
    }
  });
});
