import { describe, expect, it } from 'vitest';
import { NO_TRUST } from '@shared/rules/tls-trust';
import type { SecretServer } from '@shared/rules/secret-endpoint';
import { forgetSiteCredentials, recallCredentials, rememberCredentials } from '../../../electron/services/secrets/credential-memory';
import { MemoryKeyStore } from '../../../electron/services/secrets/memory-key-store';

const SITE_A = '0b6d3c1e-0000-4000-8000-00000000000a';
const SITE_B = '0b6d3c1e-0000-4000-8000-00000000000b';
const server: SecretServer = { host: 'dc1.customer-a.example', port: 389, tls: 'startTls', trust: NO_TRUST };
const at = (siteId: string, purpose = 'ldap.adminAuth', on: SecretServer = server) => ({ siteId, purpose, server: on });

describe('credential memory', () => {
  it('remembers per site and purpose, replaces, and forgets all of one site', () => {
    const keyStore = new MemoryKeyStore();
    expect(recallCredentials(keyStore, at(SITE_A))).toBeNull();
    rememberCredentials(keyStore, at(SITE_A), { username: 'a', password: 'x' });
    rememberCredentials(keyStore, at(SITE_A), { username: 'b', password: 'y' });
    rememberCredentials(keyStore, at(SITE_A, 'contactPhotos'), { username: 'c', password: 'z' });
    rememberCredentials(keyStore, at(SITE_B), { username: 'd', password: 'w' });
    expect(recallCredentials(keyStore, at(SITE_A))).toEqual({ username: 'b', password: 'y' });

    expect(forgetSiteCredentials(keyStore, SITE_A)).toBe(2);
    expect(recallCredentials(keyStore, at(SITE_A))).toBeNull();
    expect(recallCredentials(keyStore, at(SITE_A, 'contactPhotos'))).toBeNull();
    expect(keyStore.get(`credentials-index:${SITE_A}`)).toBeNull();
    // Another site's are its own to forget.
    expect(recallCredentials(keyStore, at(SITE_B))).toEqual({ username: 'd', password: 'w' });
  });

  it('never offers what was typed on another site, or for another server', () => {
    const keyStore = new MemoryKeyStore();
    rememberCredentials(keyStore, at(SITE_A), { username: 'tech', password: 'customer-a-secret' });
    expect(recallCredentials(keyStore, at(SITE_B))).toBeNull();
    for (const other of [
      { ...server, host: 'dc1.customer-b.example' },
      { ...server, port: 3389 },
      { ...server, tls: 'none' as const },
      {
        ...server,
        trust: { caPem: '', pinned: [{ fingerprint: Array(32).fill('AB').join(':'), subject: '', issuer: '', validFrom: '', validTo: '' }] },
      },
    ]) {
      expect(recallCredentials(keyStore, at(SITE_A, 'ldap.adminAuth', other))).toBeNull();
    }
    // The same server, its name written in another case.
    expect(recallCredentials(keyStore, at(SITE_A, 'ldap.adminAuth', { ...server, host: 'DC1.Customer-A.example' }))).toEqual({
      username: 'tech',
      password: 'customer-a-secret',
    });
  });

  it('never offers credentials kept before they belonged to a site, and forgets them with any site', () => {
    const keyStore = new MemoryKeyStore();
    keyStore.set('credentials:index', JSON.stringify(['ldap.adminAuth']));
    keyStore.set('credentials:ldap.adminAuth', JSON.stringify({ username: 'tech', password: 'old-secret' }));
    expect(recallCredentials(keyStore, at(SITE_A))).toBeNull();
    forgetSiteCredentials(keyStore, SITE_A);
    expect(keyStore.get('credentials:ldap.adminAuth')).toBeNull();
    expect(keyStore.get('credentials:index')).toBeNull();
  });
});
