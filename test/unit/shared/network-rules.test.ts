import { describe, expect, it } from 'vitest';
import { domainSchema, guidSchema, hostSchema, httpsUrlSchema, portSchema } from '@shared/rules/network-rules';

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('network rules', () => {
  it('accepts host names and IP addresses, and refuses URLs, ports and spaces', () => {
    for (const host of ['ldap.example.com', 'ldap01', '10.0.0.5', '::1', 'fe80::1', 'cucm-pub.corp.local'])
      expect(ok(hostSchema, host), host).toBe(true);
    for (const host of ['ldap://x.com', 'x.com:389', 'a b', '300.1.1.1', '-bad.com', 'x..com', '1.2.3'])
      expect(ok(hostSchema, host), host).toBe(false);
  });

  it('takes ports 1 to 65535 only', () => {
    expect([1, 389, 65535].map((p) => ok(portSchema, p))).toEqual([true, true, true]);
    expect([0, 65536, 3.5, -1, '389'].map((p) => ok(portSchema, p))).toEqual([false, false, false, false, false]);
  });

  it('checks domains, GUIDs and https URLs', () => {
    expect(ok(domainSchema, 'example.com')).toBe(true);
    expect(ok(domainSchema, 'example')).toBe(false);
    expect(ok(guidSchema, '0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(ok(guidSchema, '0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    expect(ok(httpsUrlSchema, 'https://callisto.example.com/notify')).toBe(true);
    expect(ok(httpsUrlSchema, 'http://callisto.example.com/notify')).toBe(false);
    expect(ok(httpsUrlSchema, 'https://')).toBe(false);
  });
});
