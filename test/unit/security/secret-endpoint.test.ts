import { describe, expect, it } from 'vitest';
import { CUCM_DEFAULTS } from '@shared/rules/cucm-rules';
import { cucmSecretEndpoint, sameEndpoint } from '@shared/rules/secret-endpoint';
import type { SecretEndpoint } from '@shared/rules/secret-endpoint';

const pin = (byte: string) => ({ fingerprint: Array(32).fill(byte).join(':'), subject: 'CN=x', issuer: 'CN=x', validFrom: '', validTo: '' });
const CA = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----';
const saved: SecretEndpoint = {
  host: 'dc1.example.com',
  port: 636,
  tls: 'ldaps',
  trust: { caPem: CA, pinned: [pin('AA'), pin('BB')] },
  account: 'CN=svc,DC=example,DC=com',
};

describe('sameEndpoint: where a stored secret may go', () => {
  it('is the same endpoint whatever the host name’s case, the PEM’s line breaks or the order of the pins', () => {
    expect(sameEndpoint(saved, { ...saved })).toBe(true);
    expect(sameEndpoint(saved, { ...saved, host: 'DC1.Example.COM' })).toBe(true);
    expect(sameEndpoint(saved, { ...saved, trust: { caPem: `\r\n${CA.replace(/\n/g, '\r\n')}\r\n`, pinned: [pin('BB'), pin('AA')] } })).toBe(true);
    expect(sameEndpoint(saved, { ...saved, trust: { ...saved.trust, pinned: [{ ...pin('AA'), subject: 'CN=renamed' }, pin('BB')] } })).toBe(true);
  });

  it('is another endpoint for any other host, port, TLS mode, trust or account', () => {
    const others: SecretEndpoint[] = [
      { ...saved, host: 'dc1.example.com.attacker.test' },
      { ...saved, host: '127.0.0.1' },
      { ...saved, port: 6636 },
      { ...saved, tls: 'none' },
      { ...saved, tls: 'startTls' },
      { ...saved, trust: { ...saved.trust, caPem: '' } },
      { ...saved, trust: { ...saved.trust, pinned: [pin('AA'), pin('BB'), pin('CC')] } },
      { ...saved, trust: { ...saved.trust, pinned: [pin('AA')] } },
      { ...saved, account: 'CN=attacker,DC=example,DC=com' },
      { ...saved, account: '' },
    ];
    for (const other of others) expect(sameEndpoint(saved, other), JSON.stringify(other)).toBe(false);
  });

  it('binds the AXL password to the publisher over HTTPS and the AXL user', () => {
    const settings = { ...CUCM_DEFAULTS, host: 'cucm-pub.example.com', axlUser: 'axl' };
    expect(cucmSecretEndpoint(settings)).toEqual({
      host: 'cucm-pub.example.com',
      port: 8443,
      tls: 'https',
      trust: { caPem: '', pinned: [] },
      account: 'axl',
    });
    expect(sameEndpoint(cucmSecretEndpoint(settings), cucmSecretEndpoint({ ...settings, axlVersion: '12.5', timeoutSeconds: 5 }))).toBe(true);
    expect(sameEndpoint(cucmSecretEndpoint(settings), cucmSecretEndpoint({ ...settings, axlUser: 'admin' }))).toBe(false);
  });
});
